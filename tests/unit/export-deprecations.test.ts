import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadNextConfig } from "../support/next-config.ts";

// The XLSX export streams through exceljs → archiver → archiver-utils 2, which calls the
// deprecated `new Buffer(string)` (DEP0005). Node warns about that only for code outside
// node_modules, which exceljs was once Next had bundled it into .next/server: the server
// printed the warning on the first export. Kept external, it runs from node_modules and stays
// quiet. (archiver 7 / archiver-utils 3+ fix the call but break exceljs 4's streams.)

const root = path.resolve(import.meta.dirname, "../..");

/** Deprecation codes raised while writing one workbook and one PDF as the exports do. */
function deprecationsOfExports(nodeFlags: string[]): string[] {
  const run = spawnSync(process.execPath, [...nodeFlags, "--import", "tsx", "tests/support/export-deprecations.ts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "null") as string[];
}

describe("exports and the Buffer() deprecation", () => {
  it("keeps exceljs out of the server bundle", async () => {
    expect((await loadNextConfig()).serverExternalPackages).toContain("exceljs");
  });

  it("raise none loaded from node_modules, as the production server loads exceljs", () => {
    expect(deprecationsOfExports([])).not.toContain("DEP0005");
  }, 60_000);

  it("would raise it from bundled code (what --pending-deprecation shows for node_modules too)", () => {
    // If this starts failing, exceljs no longer calls Buffer(): the external above can go.
    expect(deprecationsOfExports(["--pending-deprecation"])).toContain("DEP0005");
  }, 60_000);
});
