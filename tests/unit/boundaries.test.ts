import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The layer boundaries are declared in biome.json (noRestrictedImports per folder) and hold
// because `biome check .` is part of the suite. This test shows that the declaration says
// what it should: the project's own configuration, run by the real linter over small probe
// files laid out like the project, flags each crossing and lets the allowed imports pass.

const root = process.cwd();
let probe = "";

const PROBES: Record<string, string> = {
  "app/page-calls-client.ts": 'import { prisma } from "@/lib/db";\nexport const p = prisma;\n',
  "lib/export/calls-client.ts": 'import { prisma } from "../db.ts";\nexport const p = prisma;\n',
  "lib/auth/builds-client.ts":
    'import { createPrismaClient } from "../db-client.ts";\nexport const p = createPrismaClient;\n',
  "lib/cli/uses-app-client.ts": 'import { prisma } from "../db.ts";\nexport const p = prisma;\n',
  "components/x/calls-dal.tsx": 'import { listStaff } from "@/lib/dal/staff";\nexport const p = listStaff;\n',
  "components/x/calls-dal-relative.tsx":
    'import { listStaff } from "../../lib/dal/staff.ts";\nexport const p = listStaff;\n',
  // Allowed: types cross, the data layer and the client factory's users talk to the database.
  "components/x/dal-types.tsx": 'import type { StaffListRow } from "@/lib/dal/staff";\nexport type P = StaffListRow;\n',
  "lib/dal/uses-client.ts": 'import { prisma } from "../db.ts";\nexport const p = prisma;\n',
  "lib/cli/builds-client.ts":
    'import { createPrismaClient } from "../db-client.ts";\nexport const p = createPrismaClient;\n',
};

beforeAll(() => {
  probe = fs.mkdtempSync(path.join(os.tmpdir(), "stellwerk-boundaries-"));
  const config = JSON.parse(fs.readFileSync(path.join(root, "biome.json"), "utf8"));
  delete config.$schema;
  config.vcs = { enabled: false };
  config.files = { includes: ["**"] };
  fs.writeFileSync(path.join(probe, "biome.json"), JSON.stringify(config));
  for (const [file, source] of Object.entries(PROBES)) {
    fs.mkdirSync(path.dirname(path.join(probe, file)), { recursive: true });
    fs.writeFileSync(path.join(probe, file), source);
  }
});
afterAll(() => fs.rmSync(probe, { recursive: true, force: true }));

function flagged(): string[] {
  let output = "";
  try {
    output = execFileSync(path.join(root, "node_modules/.bin/biome"), ["lint", "--reporter=json", "."], {
      cwd: probe,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      // The test runner's NODE_OPTIONS name files relative to the project; the probe is elsewhere.
      env: { ...process.env, NODE_OPTIONS: "" },
    });
  } catch (error) {
    // Biome exits non-zero when it reports an error; the report is on stdout all the same.
    output = (error as { stdout?: string }).stdout ?? "";
  }
  const report = JSON.parse(output) as { diagnostics: { category: string; location: { path: string } }[] };
  return report.diagnostics
    .filter((diagnostic) => diagnostic.category === "lint/style/noRestrictedImports")
    .map((diagnostic) => diagnostic.location.path)
    .sort();
}

describe("layer boundaries in biome.json", () => {
  it("flag every crossing and nothing else", () => {
    expect(flagged()).toEqual([
      "app/page-calls-client.ts",
      "components/x/calls-dal-relative.tsx",
      "components/x/calls-dal.tsx",
      "lib/auth/builds-client.ts",
      "lib/cli/uses-app-client.ts",
      "lib/export/calls-client.ts",
    ]);
  });
});
