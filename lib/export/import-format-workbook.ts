import { fteToNumber } from "../coverage/fte.ts";
import type { IsoDate, SchoolType } from "../coverage/types.ts";
import { enumLabel } from "../import/format.ts";
import { SCHOOL_TYPE_LABELS } from "../school-types.ts";
import { excelDate, type SheetCell, type SheetColumn, type TableSheet, writeWorkbook } from "./xlsx.ts";

// The complete data as a workbook in the import format of DESIGN.md ("Import format"):
// sheets Träger, Schulen, Fachkräfte, Einsätze with the German headers listed there. The
// headers are part of the file format (the import reads them), so they are fixed German
// and not translated. This column list follows DESIGN.md; once lib/import/format.ts exists
// it should be the single source and replace IMPORT_FORMAT_SHEETS below.

export type ProviderKind = "MUNICIPAL" | "STATE" | "NON_PROFIT" | "OTHER";

/** How the `Art` column names a provider kind. */
export const PROVIDER_KIND_LABELS: Record<ProviderKind, string> = {
  MUNICIPAL: "Kommune",
  STATE: "Land",
  NON_PROFIT: "Freier Träger",
  OTHER: "Sonstiger",
};

export const IMPORT_FORMAT_SHEETS = {
  providers: {
    name: "Träger",
    columns: [
      { header: "Name", kind: "text" },
      { header: "Kurzname", kind: "text" },
      { header: "Art", kind: "text" },
    ],
  },
  schools: {
    name: "Schulen",
    columns: [
      { header: "Schulnummer", kind: "text" },
      { header: "Name", kind: "text" },
      { header: "Schulform", kind: "text" },
      { header: "Stadtbezirk", kind: "text" },
      { header: "Schülerzahl", kind: "integer" },
      { header: "Eröffnet am", kind: "date" },
      { header: "Geschlossen am", kind: "date" },
    ],
  },
  // An addition to DESIGN.md's four sheets (lib/import/format.ts reads it): assignments name
  // their funding source, which an empty database must learn first.
  funding: {
    name: "Finanzierungen",
    columns: [
      { header: "Name", kind: "text" },
      { header: "Art", kind: "text" },
      { header: "Gültig ab", kind: "date" },
      { header: "Gültig bis", kind: "date" },
      { header: "Referenz", kind: "text" },
    ],
  },
  staff: {
    name: "Fachkräfte",
    columns: [
      { header: "Träger", kind: "text" },
      { header: "Personalnummer", kind: "text" },
      { header: "Nachname", kind: "text" },
      { header: "Vorname", kind: "text" },
      { header: "Stellenumfang", kind: "fte" },
      { header: "Beschäftigt ab", kind: "date" },
      { header: "Beschäftigt bis", kind: "date" },
      { header: "E-Mail", kind: "text" },
    ],
  },
  assignments: {
    name: "Einsätze",
    columns: [
      { header: "Träger", kind: "text" },
      { header: "Personalnummer", kind: "text" },
      { header: "Schulnummer", kind: "text" },
      { header: "Stellenanteil", kind: "fte" },
      { header: "Von", kind: "date" },
      { header: "Bis", kind: "date" },
      { header: "Finanzierung", kind: "text" },
    ],
  },
} as const satisfies Record<string, { name: string; columns: readonly SheetColumn[] }>;

/** The rows of the four sheets; `schools: null` leaves the Schulen sheet out. */
export type ImportFormatData = {
  providers: { name: string; shortName: string; kind: ProviderKind }[];
  schools:
    | {
        schoolNumber: string;
        name: string;
        type: SchoolType;
        district: string;
        pupilCount: number;
        openedOn: IsoDate | null;
        closedOn: IsoDate | null;
      }[]
    | null;
  /** `null` leaves the Finanzierungen sheet out (a provider reads no funding names). */
  funding:
    | { name: string; kind: string; validFrom: IsoDate; validUntil: IsoDate | null; reference: string | null }[]
    | null;
  /** Staff keyed by provider short name (Kurzname) and personnel number. */
  staff: {
    provider: string;
    personnelNumber: string;
    lastName: string;
    firstName: string;
    employmentFteMilli: number;
    employedFrom: IsoDate;
    employedUntil: IsoDate | null;
    email: string | null;
  }[];
  assignments: {
    provider: string;
    personnelNumber: string;
    schoolNumber: string;
    fteMilli: number;
    validFrom: IsoDate;
    validUntil: IsoDate | null;
    fundingSource: string | null;
  }[];
};

const date = (value: IsoDate | null): SheetCell => (value ? excelDate(value) : null);

export async function importFormatWorkbook(data: ImportFormatData): Promise<Buffer> {
  const sheets: TableSheet[] = [];
  const sheet = (definition: { name: string; columns: readonly SheetColumn[] }, rows: SheetCell[][]) => {
    sheets.push({ name: definition.name, columns: definition.columns, rows });
  };

  sheet(
    IMPORT_FORMAT_SHEETS.providers,
    data.providers.map((provider) => [provider.name, provider.shortName, PROVIDER_KIND_LABELS[provider.kind]]),
  );
  if (data.schools) {
    sheet(
      IMPORT_FORMAT_SHEETS.schools,
      data.schools.map((school) => [
        school.schoolNumber,
        school.name,
        SCHOOL_TYPE_LABELS[school.type],
        school.district,
        school.pupilCount,
        date(school.openedOn),
        date(school.closedOn),
      ]),
    );
  }
  if (data.funding) {
    sheet(
      IMPORT_FORMAT_SHEETS.funding,
      data.funding.map((source) => [
        source.name,
        enumLabel("fundingKind", source.kind),
        date(source.validFrom),
        date(source.validUntil),
        source.reference,
      ]),
    );
  }
  sheet(
    IMPORT_FORMAT_SHEETS.staff,
    data.staff.map((member) => [
      member.provider,
      member.personnelNumber,
      member.lastName,
      member.firstName,
      fteToNumber(member.employmentFteMilli),
      date(member.employedFrom),
      date(member.employedUntil),
      member.email,
    ]),
  );
  sheet(
    IMPORT_FORMAT_SHEETS.assignments,
    data.assignments.map((assignment) => [
      assignment.provider,
      assignment.personnelNumber,
      assignment.schoolNumber,
      fteToNumber(assignment.fteMilli),
      date(assignment.validFrom),
      date(assignment.validUntil),
      assignment.fundingSource,
    ]),
  );
  return writeWorkbook(sheets);
}
