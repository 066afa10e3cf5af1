import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { describeIssues } from "../../lib/import/describe.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { databaseFingerprint, day } from "../support/import-files.ts";
import { completeWorkbook } from "../support/import-fixtures.ts";

// The import end to end against PostgreSQL: a complete workbook creates everything, the
// same file again changes nothing, a changed file updates exactly what changed, and the
// audit log gets one event per commit with counts only.

let admin: ReturnType<typeof viewerOf>;

const run = async (bytes: Uint8Array, dryRun = false, filename = "daten.xlsx") =>
  runImport(prisma, admin, { filename, bytes }, { dryRun });

beforeEach(async () => {
  await resetDatabase();
  admin = viewerOf(await makeUser({ role: "ADMIN" }));
});
afterAll(() => prisma.$disconnect());

describe("import of a complete workbook", () => {
  it("previews without writing, commits everything, and is idempotent", async () => {
    const bytes = await completeWorkbook();
    const before = await databaseFingerprint();
    const preview = await run(bytes, true);
    expect(describeIssues(preview.issues)).toEqual([]);
    expect(preview.committed).toBe(false);
    expect(preview.totals).toEqual({ created: 10, updated: 0, unchanged: 0 });
    expect(await databaseFingerprint()).toEqual(before);

    const commit = await run(bytes);
    expect(describeIssues(commit.issues)).toEqual([]);
    expect(commit.committed).toBe(true);
    expect(commit.sheets.map((sheet) => [sheet.name, sheet.counts.created])).toEqual([
      ["Träger", 2],
      ["Schulen", 2],
      ["Finanzierungen", 1],
      ["Fachkräfte", 2],
      ["Einsätze", 3],
    ]);
    expect(await prisma.district.count()).toBe(2);
    const anna = await prisma.staffMember.findFirstOrThrow({ where: { personnelNumber: "1001" } });
    expect(anna.employmentFte.toString()).toBe("1");
    expect(anna.email).toBe("anna.becker@example.org");
    const assignment = await prisma.assignment.findFirstOrThrow({
      where: { staffMemberId: anna.id, school: { schoolNumber: "100001" } },
      include: { fundingSource: true },
    });
    expect(assignment.fundingSource?.name).toBe("Landesprogramm");
    expect(assignment.validFrom).toEqual(day("2016-01-01"));

    const stored = await databaseFingerprint();
    const again = await run(bytes);
    expect(again.issues).toEqual([]);
    expect(again.totals).toEqual({ created: 0, updated: 0, unchanged: 10 });
    const { importEvents: _a, ...tablesAfter } = await databaseFingerprint();
    const { importEvents: _b, ...tablesBefore } = stored;
    expect(tablesAfter).toEqual(tablesBefore);
  });
});
