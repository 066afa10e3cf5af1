import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS, PAGES, ROUTES } from "../support/authorization-matrix/index.ts";

// The matrix must list every entry point of the app: a new page, route handler or server
// action that nobody thought about fails here until it has its row.

function files(dir: string, match: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full, match);
    return match(entry.name) ? [full.split(path.sep).join("/")] : [];
  });
}

const unique = (values: string[]) => [...new Set(values)].sort();

describe("authorization matrix", () => {
  it("lists every page", () => {
    expect(unique(PAGES.map((page) => page.file))).toEqual(unique(files("app", (name) => name === "page.tsx")));
  });

  it("lists every route handler with each exported method", () => {
    const exported = files("app", (name) => name === "route.ts").flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)];
      const reexported = /export \{([^}]*)\}/.exec(source)?.[1] ?? "";
      const more = [...reexported.matchAll(/\b(GET|POST|PUT|PATCH|DELETE)\b/g)];
      return [...methods, ...more].map((match) => `${match[1]} ${file}`);
    });
    expect(unique(ROUTES.map((route) => `${route.method} ${route.file}`))).toEqual(unique(exported));
  });

  it("lists every server action", () => {
    const actions = ["app", "components", "lib"]
      .flatMap((root) => files(root, (name) => /\.(ts|tsx)$/.test(name)))
      .flatMap((file) => {
        const source = fs.readFileSync(file, "utf8");
        if (!/^\s*["']use server["']/m.test(source)) return [];
        return [...source.matchAll(/export async function (\w+)/g)].map((match) => `${file}#${match[1]}`);
      });
    expect(unique(ACTIONS.map((action) => `${action.file}#${action.name}`))).toEqual(unique(actions));
  });
});
