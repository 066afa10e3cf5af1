import { describe, expect, it } from "vitest";
import { CATALOGS, NAMESPACES } from "../../lib/i18n/catalog.ts";

// Both catalogs must offer the same keys, each a non-empty string, with the same ICU
// placeholders: a key only one language has, or a placeholder lost in translation, fails.

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of leaves(value, path)) out.set(inner, text);
  }
  return out;
}

/** The argument names of an ICU message: {count}, {count, plural, …}, {date, date}, also
 * inside plural or select branches, but not the branches themselves ("other {staff}"). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  // "text": message text, where "{" starts an argument; "argument": inside {name, plural, …},
  // where "{" starts a branch (text again).
  const stack: ("text" | "argument")[] = ["text"];
  for (let index = 0; index < message.length; index++) {
    const char = message[index];
    const context = stack[stack.length - 1];
    if (char === "{" && context === "text") {
      const name = /^\s*(\w+)/.exec(message.slice(index + 1))?.[1];
      if (name) names.add(name);
      stack.push("argument");
    } else if (char === "{") {
      stack.push("text");
    } else if (char === "}" && stack.length > 1) {
      stack.pop();
    }
  }
  return [...names].sort();
}

describe("message catalogs", () => {
  for (const namespace of NAMESPACES) {
    const de = leaves(CATALOGS.de[namespace] as Tree);
    const en = leaves(CATALOGS.en[namespace] as Tree);

    it(`${namespace}: German and English have the same keys`, () => {
      expect([...en.keys()].sort()).toEqual([...de.keys()].sort());
    });

    it(`${namespace}: no empty message, same placeholders`, () => {
      const problems: string[] = [];
      for (const [key, german] of de) {
        const english = en.get(key);
        if (!german.trim()) problems.push(`de ${key} is empty`);
        if (english === undefined) continue;
        if (!english.trim()) problems.push(`en ${key} is empty`);
        if (placeholders(german).join() !== placeholders(english).join())
          problems.push(`${key}: {${placeholders(german)}} vs {${placeholders(english)}}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it("the placeholder check can fail", () => {
    expect(placeholders("{count, plural, one {# Fachkraft} other {# Fachkräfte}} am {date}")).toEqual([
      "count",
      "date",
    ]);
    expect(placeholders("{n, plural, one {one staff} other {staff}}")).toEqual(["n"]);
    expect(placeholders("{kind, select, a {A} other {B}} {name}")).toEqual(["kind", "name"]);
    expect(placeholders("am {date}")).not.toEqual(placeholders("on {day}"));
  });
});
