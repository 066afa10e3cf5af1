import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "../../lib/dal/audit-actions.ts";
import de from "../../lib/i18n/messages/de/audit.json";
import en from "../../lib/i18n/messages/en/audit.json";
import { PERMISSIONS } from "../../lib/permissions.ts";

// The audit log (/verwaltung/protokoll) names each action from the catalog (audit.json
// `actions.<code>`, nested at the dots) and shows the raw code when a label is missing.
// recordAudit() accepts only the codes of lib/dal/audit-actions.ts; this test checks that
// each of them has a label, and that no code is written in lib/ past that list.

const labelOf = (catalog: unknown, code: string): unknown =>
  code.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name).split(path.sep).join("/");
    if (entry.isDirectory()) return full === "lib/generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("audit action labels", () => {
  it.each(AUDIT_ACTIONS)("%s has a label in both languages", (code) => {
    expect(typeof labelOf(de.actions, code), `de: actions.${code}`).toBe("string");
    expect(typeof labelOf(en.actions, code), `en: actions.${code}`).toBe("string");
  });

  it("lists every action code written in lib/", () => {
    // Quoted "entity.verb" literals with a prefix of a listed code, minus the capability names
    // (permissions.ts: "staff.read" …), which look the same.
    const prefixes = [...new Set(AUDIT_ACTIONS.map((code) => code.split(".")[0]))].join("|");
    const literal = new RegExp(`["'](?:${prefixes})\\.[a-z_]+["']`, "g");
    const known = new Set<string>([...AUDIT_ACTIONS, ...Object.keys(PERMISSIONS)]);
    const unlisted: string[] = [];
    for (const file of sourceFiles("lib")) {
      for (const match of fs.readFileSync(file, "utf8").matchAll(literal)) {
        const code = match[0].slice(1, -1);
        if (!known.has(code)) unlisted.push(`${file}: ${code}`);
      }
    }
    expect(unlisted).toEqual([]);
  });
});
