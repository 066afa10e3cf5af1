import { describe, expect, it } from "vitest";
import { keyDateReportPdf } from "../../lib/export/key-date-pdf.ts";
import type { KeyDateExport } from "../../lib/export/types.ts";
import { type ExportFacts, sortWarnings, toExportWarning } from "../../lib/export/warnings.ts";
import type { Warning } from "../../lib/warnings/types.ts";
import { flatPdfText } from "../support/pdf-text.ts";

// The shared warnings of lib/warnings turned into the export's rows (no database): every
// kind, the export's order, and the council report listing them by personnel number.

const facts: ExportFacts = {
  staff: new Map([
    ["m1", { provider: "GBH", personnelNumber: "G-2", employmentFteMilli: 1000 }],
    ["m2", { provider: "GBH", personnelNumber: "G-1", employmentFteMilli: 500 }],
  ]),
  schoolNumbers: new Map([["s1", "120301"]]),
};

const assignment = {
  record: { type: "assignment" as const, id: "a1", name: "Erika Muster" },
  href: "/fachkraefte/m2#einsatz-a1",
  staffId: "m2",
  schoolId: "s1",
  schoolName: "Schillerschule",
  fteMilli: 500,
  validFrom: "2017-01-01",
  validUntil: null,
};

const warnings: Warning[] = [
  {
    kind: "fullTimeTooManySchools",
    record: { type: "staff", id: "m1", name: "Max Muster" },
    href: "/fachkraefte/m1",
    providerName: "GBH (Gemeinnützige Beschäftigungsgesellschaft Herne)",
    employmentFteMilli: 1000,
    schools: 3,
    fteMilli: 1000,
  },
  {
    kind: "schoolUncovered",
    record: { type: "school", id: "s2", name: "Josefschule" },
    href: "/schulen/s2",
    schoolNumber: "120303",
    pupilCount: 410,
  },
  {
    kind: "pupilsPerFteAboveThreshold",
    record: { type: "school", id: "s1", name: "Schillerschule" },
    href: "/schulen/s1",
    schoolNumber: "120301",
    pupilCount: 400,
    fteMilli: 2000,
    pupilsPerFte: 200,
    threshold: 150,
  },
  {
    kind: "fundingEnding",
    record: { type: "fundingSource", id: "f1", name: "Landesprogramm" },
    href: "/finanzierungen/f1",
    validUntil: "2018-01-31",
    fteMilli: 2500,
    assignments: 3,
  },
  { kind: "assignmentUnfunded", ...assignment },
  {
    kind: "assignmentOutsideEmployment",
    ...assignment,
    employedFrom: "2017-02-01",
    employedUntil: "2018-07-31",
  },
];

const rows = sortWarnings(warnings.flatMap((warning) => toExportWarning(warning, facts) ?? []));

describe("export warnings from the shared rules", () => {
  it("turns every kind into the export's row, leaving the uncovered schools to their own list", () => {
    expect(rows).toEqual([
      { rule: "fullTimeManySchools", staff: facts.staff.get("m1"), schools: 3 },
      {
        rule: "outsideEmployment",
        staff: facts.staff.get("m2"),
        school: { schoolNumber: "120301", school: "Schillerschule" },
        from: "2017-01-01",
        until: null,
        employedFrom: "2017-02-01",
        employedUntil: "2018-07-31",
      },
      {
        rule: "pupilsPerFte",
        school: { schoolNumber: "120301", school: "Schillerschule" },
        pupilsPerFte: 200,
        threshold: 150,
      },
      {
        rule: "unfunded",
        staff: facts.staff.get("m2"),
        school: { schoolNumber: "120301", school: "Schillerschule" },
        from: "2017-01-01",
      },
      { rule: "fundingEnding", funding: "Landesprogramm", until: "2018-01-31" },
    ]);
  });

  it("fails loudly when the facts lack a warning's staff member", () => {
    expect(() => toExportWarning(warnings[0] as Warning, { ...facts, staff: new Map() })).toThrow(/staff member m1/);
  });

  it("orders within a rule by provider and personnel number", () => {
    const sorted = sortWarnings([
      {
        rule: "partTimeManySchools",
        staff: { provider: "GBH", personnelNumber: "G-2", employmentFteMilli: 500 },
        schools: 2,
      },
      {
        rule: "partTimeManySchools",
        staff: { provider: "GBH", personnelNumber: "G-1", employmentFteMilli: 500 },
        schools: 2,
      },
      {
        rule: "fullTimeManySchools",
        staff: { provider: "GFS", personnelNumber: "F-9", employmentFteMilli: 1000 },
        schools: 3,
      },
    ]);
    expect(sorted.map((row) => ("staff" in row ? row.staff.personnelNumber : ""))).toEqual(["F-9", "G-1", "G-2"]);
  });

  it("are listed in the council report by personnel number, never by name", async () => {
    const data: KeyDateExport = {
      date: "2017-11-15",
      createdOn: "2026-11-25",
      municipality: "Herne",
      scope: { kind: "all" },
      report: {
        date: "2017-11-15",
        total: { staff: 0, fteMilli: 0, schoolsCovered: 0, schoolsTotal: 0 },
        bySchoolType: [],
        byDistrict: [],
        byProvider: [],
        schools: [],
        uncoveredSchools: [],
      },
      warnings: rows,
    };
    const text = flatPdfText(await keyDateReportPdf(data, "de", { compress: false }));
    expect(text).toContain("Vollzeitkraft an mehr als zwei Schulen (1)");
    expect(text).toContain("Fachkraft GBH G-2 (Stellenumfang 1) ist an 3 Schulen zugleich eingesetzt.");
    expect(text).toContain("Schillerschule (120301): 200 Schülerinnen und Schüler je Stelle, mehr als 150.");
    expect(text).toContain("Schillerschule (120301): Der Einsatz von GBH G-1 seit 01.01.2017 hat keine Finanzierung.");
    expect(text).toContain("Die Finanzierung „Landesprogramm“ endet am 31.01.2018.");
    expect(text).not.toContain("Muster");
    expect(text).not.toContain("Josefschule");
  });
});
