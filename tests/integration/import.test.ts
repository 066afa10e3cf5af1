import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { describeIssues } from "../../lib/import/describe.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { databaseFingerprint, day, xlsx } from "../support/import-files.ts";
import { completeWorkbook, world } from "../support/import-fixtures.ts";

// The import end to end against PostgreSQL: a complete workbook creates everything, the
// same file again changes nothing, a changed file updates exactly what changed, columns a
// file leaves out keep what is stored, and every commit leaves one audit event with counts.

let admin: ReturnType<typeof viewerOf>;

const run = async (bytes: Uint8Array, dryRun = false, filename = "daten.xlsx") =>
  runImport(prisma, admin, { filename, bytes }, { dryRun });

const tablesOnly = ({ importEvents: _ignored, ...tables }: Record<string, string>) => tables;

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
    const anna = await prisma.staffMember.findFirstOrThrow({
      where: { personnelNumber: "1001" },
      include: { provider: true },
    });
    expect(anna.provider.shortName).toBe("VSA");
    expect(anna.employmentFte.toString()).toBe("1");
    expect(anna.email).toBe("anna.becker@example.org");
    const assignment = await prisma.assignment.findFirstOrThrow({
      where: { staffMemberId: anna.id, school: { schoolNumber: "100001" } },
      include: { fundingSource: true },
    });
    expect(assignment.fundingSource?.name).toBe("Landesprogramm");
    expect(assignment.validFrom).toEqual(day("2016-01-01"));
    expect(assignment.fte.toString()).toBe("0.5");

    const stored = await databaseFingerprint();
    const again = await run(bytes);
    expect(again.issues).toEqual([]);
    expect(again.totals).toEqual({ created: 0, updated: 0, unchanged: 10 });
    expect(tablesOnly(await databaseFingerprint())).toEqual(tablesOnly(stored));
    // The preview of the same file says so too.
    expect((await run(bytes, true)).totals).toEqual({ created: 0, updated: 0, unchanged: 10 });
  });

  it("updates exactly what changed, bumps versions, and never deletes", async () => {
    await run(await completeWorkbook());
    const before = await prisma.staffMember.findFirstOrThrow({ where: { personnelNumber: "2002" } });
    const sheets = world();
    const deniz = sheets.Fachkräfte[2];
    if (deniz) deniz[2] = "Yılmaz-Schmidt";
    const ended = sheets.Einsätze[1];
    if (ended) ended[5] = day("2019-07-31");
    // A new assignment; one stored assignment left out of the file.
    sheets.Einsätze.splice(3, 1);
    sheets.Einsätze.push(["Stadt", "2002", "100001", 0.25, day("2018-08-01"), null, null]);
    const outcome = await run(await xlsx({ Fachkräfte: sheets.Fachkräfte, Einsätze: sheets.Einsätze }));
    expect(describeIssues(outcome.issues)).toEqual([]);
    expect(outcome.sheets).toEqual([
      { key: "staff", name: "Fachkräfte", counts: { created: 0, updated: 1, unchanged: 1 } },
      { key: "assignments", name: "Einsätze", counts: { created: 1, updated: 1, unchanged: 1 } },
    ]);
    const after = await prisma.staffMember.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.lastName).toBe("Yılmaz-Schmidt");
    expect(after.version).toBe(before.version + 1);
    expect(await prisma.assignment.count()).toBe(4);
  });

  it("keeps stored values of optional columns the file leaves out, and clears them when present but empty", async () => {
    await run(await completeWorkbook());
    const withoutEmail = world().Fachkräfte.map((row) => row.slice(0, 7));
    const kept = await run(await xlsx({ Fachkräfte: withoutEmail }));
    expect(kept.totals).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect((await prisma.staffMember.findFirstOrThrow({ where: { personnelNumber: "1001" } })).email).toBe(
      "anna.becker@example.org",
    );
    const emptied = world().Fachkräfte;
    const anna = emptied[1];
    if (anna) anna[7] = null;
    const cleared = await run(await xlsx({ Fachkräfte: emptied }));
    expect(cleared.totals).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect((await prisma.staffMember.findFirstOrThrow({ where: { personnelNumber: "1001" } })).email).toBeNull();
  });

  it("resolves references to stored records: provider by name or short name (any case), school, staff", async () => {
    await run(await completeWorkbook());
    const outcome = await run(
      await xlsx({
        Fachkräfte: [
          world().Fachkräfte[0] ?? [],
          ["verein für schulsozialarbeit e.v.", "1002", "Neu", "Nele", "0,5", "01.02.2020", null, null],
        ],
        Einsätze: [world().Einsätze[0] ?? [], ["vsa", "1002", "100002", "0,5", "01.02.2020", null, "landesprogramm"]],
      }),
    );
    expect(describeIssues(outcome.issues)).toEqual([]);
    expect(outcome.totals).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const nele = await prisma.staffMember.findFirstOrThrow({
      where: { personnelNumber: "1002" },
      include: { provider: true, assignments: { include: { fundingSource: true } } },
    });
    expect(nele.provider.shortName).toBe("VSA");
    expect(nele.assignments[0]?.fundingSource?.name).toBe("Landesprogramm");
  });

  it("records one audit event per commit, with counts and the file name but no personal data", async () => {
    const bytes = await completeWorkbook();
    await run(bytes, true);
    await run(bytes, false, "Träger 2024.xlsx");
    await run(bytes, false, "Träger 2024.xlsx");
    const events = await prisma.auditEvent.findMany({
      where: { action: "import.commit", actorId: admin.userId },
      orderBy: { id: "asc" },
    });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ actorId: admin.userId, actorRole: "ADMIN", entity: "Import" });
    expect(events[0]?.after).toMatchObject({
      filename: "Träger 2024.xlsx",
      totals: { created: 10, updated: 0, unchanged: 0 },
      sheets: { Fachkräfte: { rows: 2, created: 2, updated: 0, unchanged: 0 } },
    });
    expect(events[1]?.after).toMatchObject({ totals: { created: 0, updated: 0, unchanged: 10 } });
    expect(JSON.stringify(events.map((event) => event.after))).not.toMatch(/Becker|Yilmaz|anna\.becker/);
  });

  it("does not bring back personal data of an anonymised staff member", async () => {
    await run(await completeWorkbook());
    await prisma.staffMember.updateMany({
      where: { personnelNumber: "2002" },
      data: { firstName: "–", lastName: "anonymisiert", anonymisedAt: new Date() },
    });
    const before = await databaseFingerprint();
    const outcome = await run(await xlsx({ Fachkräfte: world().Fachkräfte }));
    expect(describeIssues(outcome.issues)).toContainEqual(
      expect.objectContaining({
        sheet: "Fachkräfte",
        line: 3,
        column: "Nachname",
        message: expect.stringMatching(/anonymisiert/),
      }),
    );
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("reads English headers and sheet names in a workbook", async () => {
    const outcome = await run(
      await xlsx({
        Providers: [
          ["Name", "Short name", "Kind"],
          ["Example Trust", "ET", "non-profit"],
        ],
        Schools: [
          ["School number", "Name", "School type", "District", "Pupils"],
          ["123456", "Example School", "Gymnasium", "Centre", "850"],
        ],
        Staff: [
          ["Provider", "Personnel number", "Last name", "First name", "Employment FTE", "Employed from"],
          ["ET", "E1", "Smith", "Sam", "0.75", "2021-09-01"],
        ],
        Assignments: [
          ["Provider", "Personnel number", "School number", "FTE", "From", "Until"],
          ["ET", "E1", "123456", "0.75", "2021-09-01", ""],
        ],
      }),
    );
    expect(describeIssues(outcome.issues)).toEqual([]);
    expect(outcome.totals.created).toBe(4);
  });
});
