import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { describeIssues } from "../../lib/import/describe.ts";
import { todayIso } from "../../lib/key-date.ts";
import { schoolYearOf } from "../../lib/school-year.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { type CsvOptions, csv } from "../support/import-files.ts";
import { completeWorkbook } from "../support/import-fixtures.ts";

// CSV as Excel and other tools write it: `;` or `,` (or tab), UTF-8 with or without BOM,
// Windows-1252, UTF-16; German or English headers; dd.mm.yyyy or ISO dates; decimal comma or
// dot. One CSV holds one sheet, recognised by its file name or else by its headers.

let admin: ReturnType<typeof viewerOf>;

const GERMAN = [
  ["Träger", "Personalnummer", "Nachname", "Vorname", "Stellenumfang", "Beschäftigt ab", "Beschäftigt bis", "E-Mail"],
  ["VSA", "5001", "Müller", "Jürgen", "0,75", "01.09.2021", "", "j.mueller@example.org"],
  ["Verein für Schulsozialarbeit e.V.", "5002", "Weiß", "Göksu", "1", "15.08.2019", "31.07.2023", ""],
];
const ENGLISH = [
  ["Provider", "Personnel number", "Last name", "First name", "Employment FTE", "Employed from", "Employed until"],
  ["VSA", "5001", "Müller", "Jürgen", "0.75", "2021-09-01", ""],
  ["VSA", "5002", "Weiß", "Göksu", "1.0", "2019-08-15", "2023-07-31"],
];

const run = (bytes: Uint8Array, filename: string) => runImport(prisma, admin, { filename, bytes }, { dryRun: false });

async function expectStaffImported(bytes: Uint8Array, filename = "fachkraefte.csv") {
  const outcome = await run(bytes, filename);
  expect(describeIssues(outcome.issues)).toEqual([]);
  expect(outcome.sheets).toEqual([
    { key: "staff", name: "Fachkräfte", counts: { created: 2, updated: 0, unchanged: 0 } },
  ]);
  const rows = await prisma.staffMember.findMany({
    where: { personnelNumber: { in: ["5001", "5002"] } },
    orderBy: { personnelNumber: "asc" },
  });
  expect(rows.map((row) => [row.lastName, row.firstName, row.employmentFte.toString()])).toEqual([
    ["Müller", "Jürgen", "0.75"],
    ["Weiß", "Göksu", "1"],
  ]);
  expect(rows[1]?.employedUntil).toEqual(new Date("2023-07-31T00:00:00Z"));
  // The same file again changes nothing.
  expect((await run(bytes, filename)).totals).toEqual({ created: 0, updated: 0, unchanged: 2 });
}

beforeEach(async () => {
  await resetDatabase();
  admin = viewerOf(await makeUser({ role: "ADMIN" }));
  await runImport(prisma, admin, { filename: "welt.xlsx", bytes: await completeWorkbook() }, { dryRun: false });
});
afterAll(() => prisma.$disconnect());

describe("CSV variants", () => {
  const variants: [string, string[][], CsvOptions][] = [
    ["semicolon, UTF-8 without BOM", GERMAN, { delimiter: ";", encoding: "utf8" }],
    ["semicolon, UTF-8 with BOM (Excel „CSV UTF-8“)", GERMAN, { delimiter: ";", encoding: "utf8bom" }],
    ["semicolon, Windows-1252 (older Excel „CSV“)", GERMAN, { delimiter: ";", encoding: "win1252" }],
    ["comma, English headers, ISO dates, decimal dot", ENGLISH, { delimiter: ",", encoding: "utf8" }],
    ["tab, UTF-16 with BOM (Excel „Unicode-Text“)", GERMAN, { delimiter: "\t", encoding: "utf16le" }],
  ];
  for (const [name, rows, options] of variants) {
    it(`reads ${name}`, async () => {
      await expectStaffImported(csv(rows, options));
    });
  }

  it("keeps quoted delimiters, quotes and line breaks inside a cell", async () => {
    const rows = GERMAN.map((row) => [...row]);
    const qualification = 'Sozialarbeit; B.A. "Soziale Arbeit"\nZusatz: Kinderschutz';
    rows[0]?.push("Qualifikation");
    rows[1]?.push(qualification);
    rows[2]?.push("");
    await expectStaffImported(csv(rows, { delimiter: ";" }));
    const stored = await prisma.staffMember.findFirstOrThrow({ where: { personnelNumber: "5001" } });
    expect(stored.qualification).toBe('Sozialarbeit; B.A. "Soziale Arbeit" Zusatz: Kinderschutz');
  });

  it("recognises the sheet by its headers when the file name says nothing", async () => {
    await expectStaffImported(csv(GERMAN), "export_2024-11-25.csv");
  });

  it("recognises the sheet by its file name", async () => {
    const schools = csv(
      [
        ["Schulnummer", "Name", "Schulform", "Stadtbezirk", "Schülerzahl"],
        ["100003", "Schule am Park", "Förderschule", "Süd", "1.150"],
      ],
      { encoding: "win1252" },
    );
    const outcome = await run(schools, "Schulen.csv");
    expect(describeIssues(outcome.issues)).toEqual([]);
    const school = await prisma.school.findUniqueOrThrow({
      where: { schoolNumber: "100003" },
      include: { district: true, pupilCounts: true },
    });
    expect(school).toMatchObject({ name: "Schule am Park", type: "FOERDERSCHULE" });
    // A file without the Schuljahr column gives this school year's count.
    expect(school.pupilCounts).toMatchObject([{ schoolYear: schoolYearOf(todayIso()), pupilCount: 1150 }]);
    expect(school.district.name).toBe("Süd");
  });

  it("trims blanks and invisible characters around values and keys", async () => {
    const rows = GERMAN.map((row) => [...row]);
    const first = rows[1];
    if (first) {
      first[0] = "  VSA\u200B";
      first[1] = "\uFEFF5001 ";
      first[2] = " Müller\u00A0 ";
    }
    await expectStaffImported(csv(rows));
  });

  it("reports the line of a CSV error as Excel shows it (header = line 1)", async () => {
    const rows = GERMAN.map((row) => [...row]);
    rows.splice(2, 0, ["", "", "", "", "", "", "", ""]);
    const third = rows[3];
    if (third) third[5] = "31.02.2018";
    const outcome = await run(csv(rows), "fachkraefte.csv");
    expect(describeIssues(outcome.issues)).toEqual([
      { sheet: "Fachkräfte", line: 4, column: "Beschäftigt ab", message: "Den 31.02.2018 gibt es nicht." },
    ]);
  });
});
