import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/env.ts is the only reader of process.env (validated with zod there).

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [full.split(path.sep).join("/")] : [];
  });
}

describe("configuration boundary", () => {
  it("reads process.env only in lib/env.ts", () => {
    const readers = [...["app", "components", "lib"].flatMap(sourceFiles), "proxy.ts"].filter(
      (file) => file !== "lib/env.ts" && /process\.env\b/.test(fs.readFileSync(file, "utf8")),
    );
    expect(readers).toEqual([]);
  });
});
