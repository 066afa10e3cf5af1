import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/dal/ is the only door to the database (docs/domain.md): nothing else under app/,
// components/ or lib/ may import the Prisma client or lib/db.ts as a value. Type-only
// imports are fine. Exceptions, each with its reason:
const ALLOWED = new Set([
  "lib/db.ts", // constructs the app's client
  "lib/db-client.ts", // the one factory every client comes from (app and operator CLIs)
]);
const ALLOWED_FOLDERS = [
  "lib/dal/",
  "lib/generated/", // Prisma's generated code
  "lib/migrate/", // drives the schema engine through adapter-pg; reads and writes no records
];
/** Operator commands build a client with lib/db-client.ts and pass it to DAL functions. */
const CLI_FOLDER = "lib/cli/";
const CLI_MAY_IMPORT = /\/db-client(\.ts)?$/;

const ROOTS = ["app", "components", "lib"];
const DB_IMPORT =
  /^\s*import\s+(?!type\b)[^;]*?from\s+["']([^"']*(?:\/db(?:\.ts)?|@\/lib\/db|\/db-client(?:\.ts)?|generated\/prisma\/client(?:\.ts)?|@prisma\/client|@prisma\/adapter-pg))["']/gm;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe("data access boundary", () => {
  it("only lib/dal imports the database client", () => {
    const offenders: string[] = [];
    for (const root of ROOTS) {
      for (const file of sourceFiles(root)) {
        const relative = file.split(path.sep).join("/");
        if (ALLOWED.has(relative) || ALLOWED_FOLDERS.some((folder) => relative.startsWith(folder))) continue;
        const source = fs.readFileSync(file, "utf8");
        for (const match of source.matchAll(DB_IMPORT)) {
          const target = match[1] ?? "";
          if (relative.startsWith(CLI_FOLDER) && CLI_MAY_IMPORT.test(target)) continue;
          offenders.push(`${relative} → ${target}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("catches a value import and lets a type import pass (the check itself works)", () => {
    const sample = `import type { PrismaClient } from "../generated/prisma/client.ts";\nimport { prisma } from "../db.ts";\n`;
    expect([...sample.matchAll(DB_IMPORT)].map((match) => match[1])).toEqual(["../db.ts"]);
  });
});
