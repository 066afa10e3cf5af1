import fs from "node:fs";
import path from "node:path";
import { parseSync } from "vite";
import { describe, expect, it } from "vitest";

// No user-facing text outside the message catalogs (issue 4, item 6): every .tsx/.ts file under
// app/ and components/ is parsed (oxc, through Vite, which Vitest brings along; TypeScript 7 has
// no JS compiler API) and these fail:
// - JSX text with a letter: <h1>Übersicht</h1>
// - a string with a letter as a JSX child: {"Speichern"}, {pending ? "Wird gespeichert …" : label}
// - a string with a letter in an accessibility or tooltip attribute: aria-label="Hauptnavigation",
//   title, placeholder, alt (also inside {…}, ternaries and template literals)
// - a string in a text prop of our own components (label, caption, hint, …) or in an object
//   property of that name (column headers, metadata titles, server action answers), unless it
//   looks like a catalog key ("required", "users.errors.emailTaken").
// Files added later (other features' pages) are covered automatically.

/** Words that are the same in every language. Keep this list tiny, each entry with its reason. */
const ALLOWED_WORDS = new Map<string, string>([["Stellwerk", "the product's name (a brand, not translated)"]]);

/** Attributes whose value a person reads or hears: never a literal. */
const TEXT_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "aria-placeholder",
  "title",
  "placeholder",
  "alt",
]);

/** Props of our own components, and object properties, that carry text: a literal must be a key. */
const TEXT_PROPS = new Set([
  "label",
  "caption",
  "hint",
  "heading",
  "legend",
  "description",
  "explanation",
  "message",
  "notice",
  "groupHeader",
  "header",
  "emptyText",
  "title",
]);

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
/** A catalog key: lower camelCase segments joined by dots. */
const KEY_LIKE = /^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;

type Node = { type: string; start: number; end: number; [key: string]: unknown };
type Finding = { line: number; kind: string; text: string };

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";

/** The string literals an expression shows as they are (not those passed to a call such as t("key")). */
function shownStrings(expression: unknown): string[] {
  if (!isNode(expression)) return [];
  switch (expression.type) {
    case "Literal":
      return typeof expression.value === "string" ? [expression.value] : [];
    case "TemplateLiteral":
      return (expression.quasis as { value: { cooked: string | null; raw: string } }[]).map(
        (quasi) => quasi.value.cooked ?? quasi.value.raw,
      );
    case "ConditionalExpression":
      return [...shownStrings(expression.consequent), ...shownStrings(expression.alternate)];
    case "LogicalExpression":
      return [...shownStrings(expression.left), ...shownStrings(expression.right)];
    case "ParenthesizedExpression":
    case "TSAsExpression":
    case "TSSatisfiesExpression":
      return shownStrings(expression.expression);
    case "JSXExpressionContainer":
      return shownStrings(expression.expression);
    default:
      return [];
  }
}

function attributeName(node: Node): string | null {
  const name = node.name;
  if (!isNode(name)) return null;
  if (name.type === "JSXIdentifier") return String(name.name);
  if (name.type === "JSXNamespacedName" && isNode(name.name)) return String(name.name.name);
  return null;
}

function propertyName(node: Node): string | null {
  const key = node.key;
  if (!isNode(key) || node.computed) return null;
  if (key.type === "Identifier") return String(key.name);
  if (key.type === "Literal" && typeof key.value === "string") return key.value;
  return null;
}

/** Whether a text has a word to translate (symbols, digits and allowed words alone do not count). */
const hasLetter = (text: string) => (text.match(WORD) ?? []).some((word) => !ALLOWED_WORDS.has(word));
const isText = (text: string) => hasLetter(text) && !KEY_LIKE.test(text.trim());

/** Every user-facing literal of one source file. */
function findLiterals(fileName: string, source: string): Finding[] {
  const parsed = parseSync(fileName, source, { lang: fileName.endsWith(".tsx") ? "tsx" : "ts" });
  if (parsed.errors.length > 0) throw new Error(`${fileName}: ${parsed.errors[0]?.message}`);
  const lineStarts = [0];
  for (let index = 0; index < source.length; index++) if (source[index] === "\n") lineStarts.push(index + 1);
  const lineOf = (offset: number) => lineStarts.filter((start) => start <= offset).length;
  const findings: Finding[] = [];
  const report = (node: Node, kind: string, text: string) =>
    findings.push({ line: lineOf(node.start), kind, text: text.trim().replace(/\s+/g, " ") });

  const visit = (node: Node, parent: Node | null) => {
    if (node.type === "JSXText") {
      if (hasLetter(String(node.value))) report(node, "JSX text", String(node.value));
    } else if (
      node.type === "JSXExpressionContainer" &&
      (parent?.type === "JSXElement" || parent?.type === "JSXFragment")
    ) {
      for (const text of shownStrings(node.expression)) if (hasLetter(text)) report(node, "JSX child", text);
    } else if (node.type === "JSXAttribute") {
      const name = attributeName(node);
      const texts = shownStrings(node.value);
      if (name && TEXT_ATTRIBUTES.has(name)) {
        for (const text of texts) if (hasLetter(text)) report(node, `${name}=`, text);
      } else if (name && TEXT_PROPS.has(name)) {
        for (const text of texts) if (isText(text)) report(node, `${name}=`, text);
      }
    } else if (node.type === "Property") {
      const name = propertyName(node);
      if (name && TEXT_PROPS.has(name)) {
        for (const text of shownStrings(node.value)) if (isText(text)) report(node, `${name}:`, text);
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) visit(item, node);
      } else if (isNode(value)) {
        visit(value, node);
      }
    }
  };
  visit(parsed.program as unknown as Node, null);
  return findings;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full.split(path.sep).join("/")] : [];
  });
}

describe("user-facing text lives in the message catalogs", () => {
  it("no literal text in app/ and components/", () => {
    const files = ["app", "components"].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((file) =>
      findLiterals(file, fs.readFileSync(file, "utf8")).map(
        (finding) => `${file}:${finding.line} ${finding.kind} "${finding.text}"`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it("the scan finds each kind of literal and lets keys, symbols and the brand pass", () => {
    const source = `
      export const metadata = { title: "Anmelden" };
      export function Page({ pending }: { pending: boolean }) {
        const columns = [{ header: "Schule" }, { header: () => t("school") }];
        return (
          <main aria-label="Hauptinhalt">
            <h1>Übersicht</h1>
            <p>{pending ? "Wird gespeichert …" : t("save")}</p>
            <img alt={\`Logo von \${name}\`} src="/x.png" />
            <Field label="E-Mail-Adresse" hint={t("hint")} />
            <Alert message="conflict" title={t("title")} />
            <p>Stellwerk · {count} – {"…"}</p>
            <a className="kern-link" href="/start" title={label}>{t("start")}</a>
          </main>
        );
      }
      export async function action() { return { message: "Bitte prüfen Sie Ihre Eingaben." }; }`;
    const found = findLiterals("sample.tsx", source).map((finding) => `${finding.kind} ${finding.text}`);
    expect(found).toEqual([
      "title: Anmelden",
      "header: Schule",
      "aria-label= Hauptinhalt",
      "JSX text Übersicht",
      "JSX child Wird gespeichert …",
      "alt= Logo von",
      "label= E-Mail-Adresse",
      "message: Bitte prüfen Sie Ihre Eingaben.",
    ]);
  });
});
