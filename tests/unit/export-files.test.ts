import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { CoverageReport } from "../../lib/coverage/types.ts";
import { type ImportFormatData, importFormatWorkbook } from "../../lib/export/import-format-workbook.ts";
import { keyDateCsv } from "../../lib/export/key-date-csv.ts";
import { keyDateReportPdf, WARNINGS_PER_RULE } from "../../lib/export/key-date-pdf.ts";
import { keyDateWorkbook } from "../../lib/export/key-date-xlsx.ts";
import { publicCoverageCsv } from "../../lib/export/public-csv.ts";
import { coverageSentence, exportTranslator } from "../../lib/export/texts.ts";
import type { KeyDateExport } from "../../lib/export/types.ts";
import { SHEETS } from "../../lib/import/format.ts";
import { toPublicCoverage } from "../../lib/statistics/public-aggregates.ts";
import { extractPdfText, flatPdfText } from "../support/pdf-text.ts";

// The file formats on a small hand-made report (no database): typed cells, headers, scopes,
// the sentence, suppression in the public CSV, and the import-format workbook.

const report: CoverageReport = {
  date: "2017-11-15",
  total: { staff: 4, fteMilli: 2833, schoolsCovered: 2, schoolsTotal: 3 },
  bySchoolType: [{ type: "GRUNDSCHULE", staff: 4, fteMilli: 2833, schoolsCovered: 2, schoolsTotal: 3 }],
  byDistrict: [
    { districtId: "d1", district: "Wanne", staff: 3, fteMilli: 2500, schoolsCovered: 1, schoolsTotal: 1 },
    { districtId: "d2", district: "Eickel", staff: 1, fteMilli: 333, schoolsCovered: 1, schoolsTotal: 2 },
  ],
  byProvider: [
    { providerId: "p1", provider: "GBH", staff: 3, fteMilli: 2500, schoolsCovered: 1 },
    { providerId: "p2", provider: "=Böser Träger", staff: 1, fteMilli: 333, schoolsCovered: 1 },
  ],
  schools: [
    {
      schoolId: "s1",
      schoolNumber: "120301",
      name: "Schillerschule",
      type: "GRUNDSCHULE",
      districtId: "d1",
      pupilCount: 300,
      staff: 3,
      fteMilli: 2500,
      pupilsPerFte: 120,
    },
    {
      schoolId: "s2",
      schoolNumber: "120302",
      name: "Schule; mit Semikolon",
      type: "GRUNDSCHULE",
      districtId: "d2",
      pupilCount: 100,
      staff: 1,
      fteMilli: 333,
      pupilsPerFte: (100 * 1000) / 333,
    },
    {
      schoolId: "s3",
      schoolNumber: "120303",
      name: "Josefschule",
      type: "GRUNDSCHULE",
      districtId: "d2",
      pupilCount: 200,
      staff: 0,
      fteMilli: 0,
      pupilsPerFte: null,
    },
  ],
  uncoveredSchools: [{ schoolId: "s3", schoolNumber: "120303", name: "Josefschule" }],
};

const data: KeyDateExport = {
  date: "2017-11-15",
  createdOn: "2026-11-25",
  municipality: "Herne",
  scope: { kind: "all" },
  report,
  warnings: [
    {
      rule: "partTimeManySchools",
      staff: { provider: "GBH", personnelNumber: "G-1", employmentFteMilli: 500 },
      schools: 2,
    },
    { rule: "fundingEnding", funding: "Landesprogramm", until: "2018-01-31" },
  ],
};

async function readWorkbook(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe("key-date workbook", () => {
  it("has a sheet per breakdown, frozen headers, number and date cells", async () => {
    const workbook = await readWorkbook(await keyDateWorkbook(data));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Übersicht",
      "Nach Träger",
      "Nach Schulform",
      "Nach Stadtbezirk",
      "Schulen",
      "Nicht versorgte Schulen",
      "Hinweise",
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
      sheet.columns.forEach((column) => {
        expect(column.width).toBeGreaterThanOrEqual(8);
      });
    }
    const summary = workbook.getWorksheet("Übersicht") as ExcelJS.Worksheet;
    expect(rowValues(summary, 1)).toEqual([
      "Stichtag",
      "Bereich",
      "Fachkräfte",
      "Stellenanteile",
      "Versorgte Schulen",
      "Schulen gesamt",
    ]);
    const [date, scope, staff, fte, covered, total] = rowValues(summary, 2);
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe("2017-11-15T00:00:00.000Z");
    expect(summary.getCell("A2").numFmt).toBe("dd.mm.yyyy");
    expect([scope, staff, fte, covered, total]).toEqual(["alle Träger und Schulen", 4, 2.833, 2, 3]);
    expect(summary.getCell("D2").numFmt).toBe("0.0##");

    const providers = workbook.getWorksheet("Nach Träger") as ExcelJS.Worksheet;
    // Text stays text: a name that looks like a formula is not one.
    expect(providers.getCell("A3").value).toBe("=Böser Träger");
    expect(providers.getCell("A3").formula).toBeUndefined();

    const schools = workbook.getWorksheet("Schulen") as ExcelJS.Worksheet;
    expect(rowValues(schools, 1)).toContain("Schülerinnen und Schüler je Stelle");
    expect(schools.getCell("A2").value).toBe("120301");
    expect(schools.getCell("H2").value).toBe(120);
    expect(schools.getCell("H2").numFmt).toBe("0.0");
    expect(schools.getCell("H4").value).toBeNull();

    const uncovered = workbook.getWorksheet("Nicht versorgte Schulen") as ExcelJS.Worksheet;
    expect(uncovered.rowCount).toBe(2);
    expect(uncovered.getCell("B2").value).toBe("Josefschule");

    const warnings = workbook.getWorksheet("Hinweise") as ExcelJS.Worksheet;
    expect(warnings.getCell("A2").value).toBe("Teilzeitkraft an mehr als einer Schule");
    expect(warnings.getCell("B3").value).toBe("Die Finanzierung „Landesprogramm“ endet am 31.01.2018.");
  });

  it("gives a provider the schools where their staff work, without pupil figures or uncovered schools", async () => {
    const provider: KeyDateExport = { ...data, scope: { kind: "provider", providerId: "p1", provider: "GBH" } };
    const workbook = await readWorkbook(await keyDateWorkbook(provider));
    expect(workbook.getWorksheet("Nicht versorgte Schulen")).toBeUndefined();
    const schools = workbook.getWorksheet("Schulen") as ExcelJS.Worksheet;
    expect(rowValues(schools, 1)).toEqual([
      "Schulnummer",
      "Schule",
      "Schulform",
      "Stadtbezirk",
      "Fachkräfte",
      "Stellenanteile",
    ]);
    expect(schools.rowCount).toBe(3);
    expect(workbook.getWorksheet("Übersicht")?.getCell("B2").value).toBe("die Fachkräfte des Trägers GBH");
  });
});

describe("key-date CSV", () => {
  it("reads back with csv-parse: BOM, `;`, decimal comma, dd.mm.yyyy", () => {
    const text = keyDateCsv(data);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text, { delimiter: ";", bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]).toEqual({
      Stichtag: "15.11.2017",
      Aufschlüsselung: "Gesamt",
      Gruppe: "",
      Fachkräfte: "4",
      Stellenanteile: "2,833",
      "Versorgte Schulen": "2",
      "Schulen gesamt": "3",
    });
    expect(rows.map((row) => `${row.Aufschlüsselung}/${row.Gruppe}`)).toEqual([
      "Gesamt/",
      "Träger/GBH",
      "Träger/'=Böser Träger",
      "Schulform/Grundschule",
      "Stadtbezirk/Wanne",
      "Stadtbezirk/Eickel",
    ]);
    expect(rows[2]?.["Schulen gesamt"]).toBe("");
    expect(rows[5]?.Stellenanteile).toBe("0,333");
  });
});

describe("public CSV", () => {
  it("writes withheld groups as empty cells marked in their own column", () => {
    const small: CoverageReport = {
      ...report,
      total: { staff: 5, fteMilli: 3000, schoolsCovered: 3, schoolsTotal: 3 },
      byDistrict: [
        { districtId: "d1", district: "Wanne", staff: 3, fteMilli: 2500, schoolsCovered: 1, schoolsTotal: 1 },
        { districtId: "d2", district: "Eickel", staff: 2, fteMilli: 500, schoolsCovered: 2, schoolsTotal: 2 },
      ],
    };
    const rows = parse(publicCoverageCsv(toPublicCoverage(small)), {
      delimiter: ";",
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toContain("Nicht ausgewiesen");
    const eickel = rows.find((row) => row.Gruppe === "Eickel");
    const wanne = rows.find((row) => row.Gruppe === "Wanne");
    // Eickel has 2 staff (hidden); Wanne is hidden too, or it would give Eickel away.
    for (const row of [eickel, wanne]) {
      expect(row).toMatchObject({
        Fachkräfte: "",
        Stellenanteile: "",
        "Versorgte Schulen": "",
        "Nicht ausgewiesen": "ja",
      });
    }
    expect(eickel?.["Schulen gesamt"]).toBe("2");
    expect(rows[0]).toMatchObject({ Gruppe: "", Fachkräfte: "5", Stellenanteile: "3", "Nicht ausgewiesen": "" });
    expect(publicCoverageCsv(toPublicCoverage(small))).not.toMatch(/GBH|Schillerschule|Böser/);
  });
});

describe("the headline sentence", () => {
  const t = exportTranslator();
  it("reads like the programme's reports, in the right tense", () => {
    expect(coverageSentence(t, data)).toBe(
      "Am 15.11.2017 waren 4 Fachkräfte für Schulsozialarbeit mit einem Gesamtstellenanteil von 2,833 in unterschiedlicher Trägerschaft an 2 von 3 Schulen in Herne tätig.",
    );
    expect(coverageSentence(t, { ...data, createdOn: "2017-11-15" })).toMatch(/^Heute, am 15\.11\.2017, sind 4/);
    expect(coverageSentence(t, { ...data, createdOn: "2017-01-01" })).toMatch(/^Am 15\.11\.2017 sind 4/);
  });

  it("names the provider or the school of a scoped report", () => {
    const one = { ...report, total: { staff: 1, fteMilli: 500, schoolsCovered: 1, schoolsTotal: 3 } };
    expect(
      coverageSentence(t, { ...data, report: one, scope: { kind: "provider", providerId: "p", provider: "GFS" } }),
    ).toBe(
      "Am 15.11.2017 war eine Fachkraft des Trägers GFS mit einem Gesamtstellenanteil von 0,5 an 1 von 3 Schulen in Herne tätig.",
    );
    expect(
      coverageSentence(t, {
        ...data,
        report: { ...one, total: { ...one.total, staff: 0, fteMilli: 0 } },
        scope: { kind: "school", schoolId: "s", schoolNumber: "120301", school: "Schillerschule" },
      }),
    ).toBe(
      "Schillerschule: Am 15.11.2017 war keine Fachkraft für Schulsozialarbeit mit einem Gesamtstellenanteil von 0 an der Schule tätig.",
    );
  });
});

describe("key-date PDF", () => {
  it("is a PDF with the sentence, the tables and 'Seite x von y' on every page", async () => {
    const pdf = await keyDateReportPdf(data, "de", { compress: false });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { pages, pageCount } = extractPdfText(pdf);
    expect(pageCount).toBeGreaterThan(0);
    pages.forEach((page, index) => {
      expect(page).toContain(`Seite ${index + 1} von ${pageCount}`);
    });
    const text = flatPdfText(pdf);
    expect(text).toContain(coverageSentence(exportTranslator(), data));
    for (const heading of [
      "Nach Träger",
      "Nach Schulform",
      "Nach Stadtbezirk",
      "Nicht versorgte Schulen",
      "Hinweise",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("Josefschule");
    expect(text).toContain("Fachkraft GBH G-1 (Stellenumfang 0,5) ist an 2 Schulen zugleich eingesetzt.");
  });

  it("groups the warnings by rule and cuts long groups (the workbook has them all)", async () => {
    const crowded = Array.from({ length: WARNINGS_PER_RULE + 5 }, (_, index) => ({
      rule: "pupilsPerFte" as const,
      school: { schoolNumber: String(130000 + index), school: `Schule ${index}` },
      pupilsPerFte: 200 + index,
      threshold: 150,
    }));
    const text = flatPdfText(await keyDateReportPdf({ ...data, warnings: crowded }, "de", { compress: false }));
    expect(text).toContain(`Mehr als 150 Schülerinnen und Schüler je Stelle (${WARNINGS_PER_RULE + 5})`);
    expect(text).toContain(`Schule ${WARNINGS_PER_RULE - 1} (`);
    expect(text).not.toContain(`Schule ${WARNINGS_PER_RULE} (`);
    expect(text).toContain("… und 5 weitere Hinweise dieser Art; alle stehen in der Tabellenmappe.");
  });

  it("is compressed by default and still readable", async () => {
    const pdf = await keyDateReportPdf(data);
    expect(pdf.toString("latin1")).toContain("/FlateDecode");
    expect(flatPdfText(pdf)).toContain("Stichtagsbericht zum 15.11.2017");
  });
});

describe("import-format workbook", () => {
  const data: Required<ImportFormatData> = {
    providers: [
      {
        name: "GBH (Gemeinnützige Beschäftigungsgesellschaft Herne)",
        shortName: "GBH",
        kind: "NON_PROFIT",
        contact: "Hauptstraße 1, 44649 Herne",
      },
    ],
    schools: [
      {
        schoolNumber: "120301",
        name: "Schillerschule",
        type: "GRUNDSCHULE",
        district: "Herne-Mitte",
        pupilCount: 312,
        pupilSchoolYear: 2017,
        openedOn: null,
        closedOn: "2018-07-31",
        address: "Schillerstraße 7, 44623 Herne",
        socialIndex: 6,
      },
    ],
    funding: [
      {
        name: "Landesprogramm",
        kind: "LANDESPROGRAMM",
        validFrom: "2015-01-01",
        validUntil: null,
        reference: "Förderrichtlinie",
      },
    ],
    staff: [
      {
        provider: "GBH",
        personnelNumber: "GBH-031",
        lastName: "Muster",
        firstName: "Maria",
        employmentFte: 500,
        employedFrom: "2015-08-01",
        employedUntil: null,
        email: null,
        phone: "02323 16-1234",
        qualification: "Soziale Arbeit (B. A.)",
      },
    ],
    assignments: [
      {
        provider: "GBH",
        personnelNumber: "GBH-031",
        schoolNumber: "120301",
        fte: 250,
        validFrom: "2016-08-01",
        validUntil: "2017-07-31",
        funding: "Landesprogramm",
        note: "Vertretung",
      },
    ],
  };

  it("has the sheets and every column of the import format's definition, with typed cells", async () => {
    const workbook = await readWorkbook(await importFormatWorkbook(data));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS.map((sheet) => sheet.name));
    for (const sheet of SHEETS) {
      expect(rowValues(workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet, 1)).toEqual(
        sheet.columns.map((column) => column.header),
      );
    }
    expect(rowValues(workbook.getWorksheet("Träger") as ExcelJS.Worksheet, 2)).toEqual([
      "GBH (Gemeinnützige Beschäftigungsgesellschaft Herne)",
      "GBH",
      "Freier Träger",
      "Hauptstraße 1, 44649 Herne",
    ]);
    const assignment = workbook.getWorksheet("Einsätze") as ExcelJS.Worksheet;
    expect(rowValues(assignment, 2)).toEqual([
      "GBH",
      "GBH-031",
      "120301",
      0.25,
      new Date("2016-08-01T00:00:00Z"),
      new Date("2017-07-31T00:00:00Z"),
      "Landesprogramm",
      "Vertretung",
    ]);
    expect(assignment.getCell("E2").numFmt).toBe("dd.mm.yyyy");
    const schools = workbook.getWorksheet("Schulen") as ExcelJS.Worksheet;
    expect(schools.getCell("C2").value).toBe("Grundschule");
    // The school year of the Schülerzahl as the importer reads it back: "2017/18", as text.
    expect([schools.getCell("E2").value, schools.getCell("F2").value]).toEqual([312, "2017/18"]);
    expect(schools.getCell("G2").value).toBeNull();
    expect(schools.getCell("H2").value).toEqual(new Date("2018-07-31T00:00:00Z"));
    expect(schools.getCell("I2").value).toBe("Schillerstraße 7, 44623 Herne");
    expect(schools.getCell("J2").value).toBe(6);
    const staff = workbook.getWorksheet("Fachkräfte") as ExcelJS.Worksheet;
    expect(staff.getCell("E2").value).toBe(0.5);
    expect(staff.getCell("H2").value).toBeNull();
    expect([staff.getCell("I2").value, staff.getCell("J2").value]).toEqual(["02323 16-1234", "Soziale Arbeit (B. A.)"]);
    expect(workbook.getWorksheet("Finanzierungen")?.getCell("B2").value).toBe("Landesprogramm");
  });

  it("leaves out the sheets it is given no records for", async () => {
    const workbook = await readWorkbook(await importFormatWorkbook({ staff: [] }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Fachkräfte"]);
  });

  it("refuses a record without a value for one of the columns (it would clear the stored value)", async () => {
    const [member] = data.staff;
    const { phone: _, ...withoutPhone } = member as NonNullable<typeof member>;
    await expect(importFormatWorkbook({ staff: [withoutPhone as never] })).rejects.toThrow(/Fachkräfte\/Telefon/);
  });
});
