import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/dal/ is the only door to the database (docs/domain.md). biome.json declares the
// boundaries (lib/db.ts, lib/db-client.ts and the pg adapter outside lib/dal; the data layer's
// functions in components; tests/unit/boundaries.test.ts shows the rules work). One part the
// linter cannot say: the generated PrismaClient may be imported as a TYPE anywhere but as a
// value only here (biome's import rules do not tell `import type` apart). Exceptions:
const ALLOWED = new Set([
  "lib/db.ts", // constructs the app's client
  "lib/db-client.ts", // the one factory every client comes from (app and operator CLIs)
]);
const ALLOWED_FOLDERS = [
  "lib/dal/",
  "lib/generated/", // Prisma's generated code
  "lib/migrate/", // drives the schema engine through adapter-pg; reads and writes no records
];

const ROOTS = ["app", "components", "lib"];
const DB_IMPORT =
  /^\s*import\s+(?!type\b)[^;]*?from\s+["']([^"']*(?:generated\/prisma\/client(?:\.ts)?|@prisma\/client))["']/gm;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe("data access boundary", () => {
  it("only lib/dal imports the generated Prisma client as a value", () => {
    const offenders: string[] = [];
    for (const root of ROOTS) {
      for (const file of sourceFiles(root)) {
        const relative = file.split(path.sep).join("/");
        if (ALLOWED.has(relative) || ALLOWED_FOLDERS.some((folder) => relative.startsWith(folder))) continue;
        const source = fs.readFileSync(file, "utf8");
        for (const match of source.matchAll(DB_IMPORT)) {
          const target = match[1] ?? "";
          offenders.push(`${relative} → ${target}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("catches a value import and lets a type import pass (the check itself works)", () => {
    const sample = `import type { PrismaClient } from "../generated/prisma/client.ts";\nimport { PrismaClient as Client } from "../generated/prisma/client.ts";\n`;
    expect([...sample.matchAll(DB_IMPORT)].map((match) => match[1])).toEqual(["../generated/prisma/client.ts"]);
  });
});
