import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../lib/coverage/dates.ts";
import { computeCoverage } from "../../lib/coverage/index.ts";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { completeDataWorkbook } from "../../lib/export/complete-data.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { deployMigrations } from "../../lib/migrate/index.ts";
import { seedHerne } from "../../prisma/seed/index.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { createTestDatabase, dropTestDatabase } from "../support/test-database.ts";
import { testViewer } from "../support/viewers.ts";

// Issue 5's round trip: the complete data exported as a workbook in the import format and
// imported into an empty database give identical figures at every key date — and importing
// the same file again changes nothing.

let target: { name: string; url: string };
let empty: PrismaClient;
const admin = testViewer("ADMIN");

// Every first of a month over the seed's years, the seed's key dates, and every start and
// end of an assignment, employment or school with the day after it.
async function keyDates(): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ d: string }[]>`
    SELECT DISTINCT to_char(d, 'YYYY-MM-DD') AS d FROM (
      SELECT generate_series('2010-01-01'::date, '2027-01-01'::date, interval '1 month')::date AS d
      UNION SELECT unnest(ARRAY['2016-03-07', '2017-11-15', '2019-03-01']::date[])
      UNION SELECT valid_from FROM assignment UNION SELECT valid_until FROM assignment WHERE valid_until IS NOT NULL
      UNION SELECT employed_from FROM staff_member
      UNION SELECT employed_until FROM staff_member WHERE employed_until IS NOT NULL
      UNION SELECT opened_on FROM school WHERE opened_on IS NOT NULL
      UNION SELECT closed_on FROM school WHERE closed_on IS NOT NULL
    ) dates ORDER BY 1`;
  return rows.flatMap(({ d }) => [d, addDays(d, 1)]);
}

// Ids are new in the other database; everything else must be equal.
const comparable = (report: unknown) =>
  JSON.stringify(report, (key, value) => (key === "id" || key.endsWith("Id") ? undefined : value));

beforeAll(async () => {
  await resetDatabase();
  await seedHerne(prisma);
  target = await createTestDatabase("stellwerk_roundtrip");
  await deployMigrations(target.url);
  empty = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
});
afterAll(async () => {
  await empty?.$disconnect();
  if (target) await dropTestDatabase(target.name);
  await prisma.$disconnect();
});

describe("export → import into an empty database", () => {
  it("gives identical figures at every key date, and a second import changes nothing", async () => {
    const { workbook } = await completeDataWorkbook(admin);
    const file = { filename: "stellwerk-daten.xlsx", bytes: new Uint8Array(workbook) };

    const first = await runImport(empty, admin, file, { dryRun: false });
    expect(first.issues.slice(0, 5)).toEqual([]);
    expect(first.committed).toBe(true);
    expect(first.totals.created).toBeGreaterThan(100);

    const dates = await keyDates();
    expect(dates.length).toBeGreaterThan(200);
    const differences: string[] = [];
    for (const date of dates) {
      const [before, after] = await Promise.all([
        computeCoverage(prisma, date, { kind: "all" }),
        computeCoverage(empty, date, { kind: "all" }),
      ]);
      if (comparable(after) !== comparable(before))
        differences.push(`${date}: ${comparable(before)} ≠ ${comparable(after)}`);
    }
    expect(differences.slice(0, 3)).toEqual([]);

    const again = await runImport(empty, admin, file, { dryRun: false });
    expect(again.issues).toEqual([]);
    expect({ created: again.totals.created, updated: again.totals.updated }).toEqual({ created: 0, updated: 0 });
  });
});
