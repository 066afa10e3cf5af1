import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeCoverage } from "../../lib/coverage/index.ts";
import { getKeyDateExport } from "../../lib/dal/export.ts";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { getSchoolPage } from "../../lib/dal/school-page.ts";
import { getSchoolForEdit, updateSchool } from "../../lib/dal/schools.ts";
import { schoolRows } from "../../lib/export/key-date-tables.ts";
import { describeIssues } from "../../lib/import/describe.ts";
import { todayIso } from "../../lib/key-date.ts";
import { updateSchoolSchema } from "../../lib/schemas/school.ts";
import { schoolYearOf } from "../../lib/school-year.ts";
import { listWarnings } from "../../lib/warnings/sql.ts";
import { seedHerne } from "../../prisma/seed/index.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { csv } from "../support/import-files.ts";

// Issue 17, item 5: pupil counts belong to a school year (1 August to 31 July). Changing the
// Schillerschule's count today (312 → 330) used to rewrite the figures of 15 November 2017
// (624 → 660 pupils per FTE at 0.5 FTE). Now the 2017 figures, warnings and export keep 312;
// only the current school year's change. Against the Herne seed, whose counts are this school
// year's and so apply to the earlier ones too.

const OLD = "2017-11-15";
const TODAY = todayIso();
const THIS_YEAR = schoolYearOf(TODAY);
let admin: ReturnType<typeof viewerOf>;
let schillerId: string;

/** The Schillerschule at `date` in the figures: pupils and pupils per FTE. */
async function schillerAt(date: string) {
  const report = await computeCoverage(prisma, date);
  const row = report.schools.find((school) => school.schoolId === schillerId);
  return { pupils: row?.pupilCount, perFte: row?.pupilsPerFte };
}

/** Saves the school form with `pupilCount` for `pupilSchoolYear`, as the edit page would. */
async function saveCount(pupilCount: number, pupilSchoolYear: number) {
  const edit = await getSchoolForEdit(admin, schillerId);
  const input = updateSchoolSchema.parse({
    ...edit.values,
    id: edit.id,
    version: String(edit.version),
    pupilCount: String(pupilCount),
    pupilSchoolYear: String(pupilSchoolYear),
  });
  const result = await updateSchool(admin, input);
  expect(result.ok).toBe(true);
}

beforeAll(async () => {
  await resetDatabase();
  await seedHerne(prisma);
  admin = viewerOf(await makeUser({ role: "ADMIN" }));
  schillerId = (await prisma.school.findUniqueOrThrow({ where: { schoolNumber: "120301" } })).id;
});
afterAll(() => prisma.$disconnect());

describe("pupil counts per school year", () => {
  it("a change of this year's count leaves the 2017 figures, warnings and export alone", async () => {
    expect(await schillerAt(OLD)).toEqual({ pupils: 312, perFte: 624 });
    const exportBefore = await getKeyDateExport(admin, OLD);

    await saveCount(330, THIS_YEAR);

    expect(await schillerAt(OLD)).toEqual({ pupils: 312, perFte: 624 });
    const exportAfter = await getKeyDateExport(admin, OLD);
    expect(schoolRows(exportAfter)).toEqual(schoolRows(exportBefore));
    expect(schoolRows(exportAfter).find((row) => row.schoolNumber === "120301")).toMatchObject({
      pupils: 312,
      pupilsPerFte: 624,
    });
    const warning = (await listWarnings(prisma, OLD)).warnings.find(
      (found) => found.kind === "pupilsPerFteAboveThreshold" && found.record.id === schillerId,
    );
    expect(warning).toMatchObject({ pupilCount: 312, pupilsPerFte: 624 });

    // This school year's figures have the new count; the form shows it for this year.
    expect((await schillerAt(TODAY)).pupils).toBe(330);
    // The years before keep 312: it is now last school year's entry (it was the earliest known).
    expect(
      await prisma.schoolPupilCount.findMany({
        where: { schoolId: schillerId },
        orderBy: { schoolYear: "asc" },
        select: { schoolYear: true, pupilCount: true },
      }),
    ).toEqual([
      { schoolYear: THIS_YEAR - 1, pupilCount: 312 },
      { schoolYear: THIS_YEAR, pupilCount: 330 },
    ]);
    expect((await getSchoolForEdit(admin, schillerId)).values).toMatchObject({
      pupilCount: "330",
      pupilSchoolYear: String(THIS_YEAR),
    });
  });

  it("a count entered for 2017/18 applies from then on and, as the earliest, to the years before", async () => {
    await saveCount(300, 2017);

    expect(await schillerAt(OLD)).toEqual({ pupils: 300, perFte: 600 });
    expect((await schillerAt("2016-11-15")).pupils).toBe(300);
    // 31 July 2018 is still 2017/18; 1 August 2018 begins 2018/19, which carries 2017/18's count on.
    expect((await schillerAt("2018-07-31")).pupils).toBe(300);
    expect((await schillerAt("2018-08-01")).pupils).toBe(300);
    expect((await schillerAt(`${THIS_YEAR}-01-15`)).pupils).toBe(312);
    expect((await schillerAt(TODAY)).pupils).toBe(330);

    const page = await getSchoolPage(admin, schillerId, OLD);
    expect(page.pupils).toEqual({
      atDate: { schoolYear: 2017, pupilCount: 300 },
      schoolYear: 2017,
      // Last year keeps the seed's 312, which applied to it before this year's count changed.
      history: [
        { schoolYear: THIS_YEAR, pupilCount: 330 },
        { schoolYear: THIS_YEAR - 1, pupilCount: 312 },
        { schoolYear: 2017, pupilCount: 300 },
      ],
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: schillerId, action: "school.updated" },
      orderBy: { id: "desc" },
    });
    expect(audit.before).toMatchObject({ pupilCounts: { [`${THIS_YEAR}/${(THIS_YEAR + 1) % 100}`]: "330" } });
    expect(audit.after).toMatchObject({ pupilCounts: { "2017/18": "300" } });
  });

  it("saving the form unchanged adds no school year", async () => {
    const before = await prisma.schoolPupilCount.count({ where: { schoolId: schillerId } });
    await saveCount(330, THIS_YEAR);
    expect(await prisma.schoolPupilCount.count({ where: { schoolId: schillerId } })).toBe(before);
  });

  it("the import writes the Schuljahr of each row; without the column, this school year's", async () => {
    const withYear = csv([
      ["Schulnummer", "Name", "Schulform", "Stadtbezirk", "Schülerzahl", "Schuljahr"],
      ["120301", "Schillerschule", "Grundschule", "Herne-Mitte", "290", "2015/16"],
    ]);
    const first = await runImport(prisma, admin, { filename: "schulen.csv", bytes: withYear }, { dryRun: false });
    expect(describeIssues(first.issues)).toEqual([]);
    expect(first.sheets[0]?.counts).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect((await schillerAt("2015-11-15")).pupils).toBe(290);
    expect((await schillerAt(OLD)).pupils).toBe(300);
    expect((await schillerAt(TODAY)).pupils).toBe(330);
    // The same file again changes nothing.
    const again = await runImport(prisma, admin, { filename: "schulen.csv", bytes: withYear }, { dryRun: false });
    expect(again.sheets[0]?.counts).toEqual({ created: 0, updated: 0, unchanged: 1 });

    const withoutYear = csv([
      ["Schulnummer", "Name", "Schulform", "Stadtbezirk", "Schülerzahl"],
      ["120301", "Schillerschule", "Grundschule", "Herne-Mitte", "335"],
    ]);
    const old = await runImport(prisma, admin, { filename: "schulen.csv", bytes: withoutYear }, { dryRun: false });
    expect(describeIssues(old.issues)).toEqual([]);
    expect((await schillerAt(TODAY)).pupils).toBe(335);
    expect((await schillerAt(OLD)).pupils).toBe(300);

    const bad = csv([
      ["Schulnummer", "Name", "Schulform", "Stadtbezirk", "Schülerzahl", "Schuljahr"],
      ["120301", "Schillerschule", "Grundschule", "Herne-Mitte", "290", "2015/17"],
    ]);
    const refused = await runImport(prisma, admin, { filename: "schulen.csv", bytes: bad }, { dryRun: false });
    expect(refused.committed).toBe(false);
    expect(describeIssues(refused.issues).map((issue) => issue.message)).toEqual([
      "„2015/17“ ist kein Schuljahr (z. B. 2017/18 oder 2017).",
    ]);
  });
});
