// The import format (docs/domain.md "Import format"): one XLSX workbook with up to five sheets,
// or one CSV per sheet. This module is the single definition of sheets and columns: the
// importer reads with it, and the export of the complete data writes with it, so that an
// export can be imported again unchanged (round trip).
//
// Rules of the format, for readers and writers alike:
// - Row 1 of every sheet is the header row; data starts in row 2. The German header is
//   canonical (exports write it); the English aliases are accepted on import. Headers are
//   compared after `normalizeName` (case, umlauts/ae, spaces and punctuation do not matter).
// - A workbook holds only the sheets below (no other, no hidden ones, no merged cells, no
//   formulas); sheet names are matched like headers.
// - Columns marked `required` must be present. An optional column that is absent leaves
//   the stored value alone; present with an empty cell, it clears the value.
// - Cell values: dates as real date cells or text `dd.mm.yyyy` / `yyyy-mm-dd`; FTE as a
//   number with up to three decimals (comma or dot); enum columns take the German label
//   (written by exports), the code, or an alias listed in the value tables below.
// - Natural keys (`keys`) identify records, so re-importing a file changes nothing:
//   Träger by Name or Kurzname; Schule by Schulnummer; Fachkraft by (Träger, Personalnummer);
//   Einsatz by (Fachkraft, Schulnummer, Von); Finanzierung by Name. Rows never delete.
// - References (the Träger of a Fachkraft, the Schulnummer or Finanzierung of an Einsatz) must
//   name a stored record or one defined in the same file; an unknown Stadtbezirk is created.
// - "Finanzierungen" is the fifth sheet (the original design had four), so that the complete data can
//   be exported and imported into an empty database (assignments name their funding source).

import type { FundingKind, ProviderKind, SchoolType } from "../generated/prisma/enums.ts";

export type SheetKey = "providers" | "schools" | "funding" | "staff" | "assignments";

export type ColumnType =
  | "text"
  | "email"
  | "integer"
  | "fte"
  | "date"
  | "schoolNumber"
  | "schoolYear"
  | "providerKind"
  | "schoolType"
  | "fundingKind";

export type ColumnDef = {
  /** Field name in code (and in the parsed row). */
  field: string;
  /** The German header, as exports write it. */
  header: string;
  /** Further accepted headers (English first). */
  aliases: readonly string[];
  type: ColumnType;
  /** The column must be present in the header row. */
  required: boolean;
  /** A cell may be empty (the value is then null). */
  nullable: boolean;
  /** Longest accepted text. */
  maxLength?: number;
  /** Smallest and largest accepted integer. */
  range?: readonly [number, number];
  /** Suggested column width for writers (characters). */
  width: number;
};

export type SheetDef = {
  key: SheetKey;
  /** The German sheet name, as exports write it. */
  name: string;
  aliases: readonly string[];
  columns: readonly ColumnDef[];
  /**
   * The natural keys: each list of fields identifies a record, and no two rows of a file may
   * share one. (Träger has two: its Name and its Kurzname each name it.)
   */
  keys: readonly (readonly string[])[];
};

// The helpers keep each column's `field`, `type` and `nullable` as literal types, so that
// `SheetRow` below can derive the typed row of a sheet from its definition alone.
type Col = Omit<ColumnDef, "required" | "nullable" | "width"> & Partial<Pick<ColumnDef, "width">>;
const required = <const C extends Col>(column: C): C & { width: number; required: true; nullable: false } => ({
  width: 16,
  ...column,
  required: true,
  nullable: false,
});
const optional = <const C extends Col>(column: C): C & { width: number; required: false; nullable: true } => ({
  width: 16,
  ...column,
  required: false,
  nullable: true,
});

/** The Träger column of the staff and assignment sheets: a provider's Name or Kurzname. */
const providerRef = () =>
  required({ field: "provider", header: "Träger", aliases: ["Provider"], type: "text", maxLength: 200, width: 24 });

export const PROVIDERS_SHEET = {
  key: "providers",
  name: "Träger",
  aliases: ["Providers", "Provider", "Traeger"],
  keys: [["name"], ["shortName"]],
  columns: [
    required({ field: "name", header: "Name", aliases: ["Name"], type: "text", maxLength: 200, width: 48 }),
    required({
      field: "shortName",
      header: "Kurzname",
      aliases: ["Short name", "Shortname", "Abbreviation"],
      type: "text",
      maxLength: 60,
      width: 16,
    }),
    required({ field: "kind", header: "Art", aliases: ["Kind", "Type"], type: "providerKind", width: 16 }),
    // Lengths as the forms allow them (lib/schemas/), so that anything stored can be exported and imported.
    optional({ field: "contact", header: "Kontakt", aliases: ["Contact"], type: "text", maxLength: 1000, width: 48 }),
  ],
} as const satisfies SheetDef;

export const SCHOOLS_SHEET = {
  key: "schools",
  name: "Schulen",
  aliases: ["Schools", "School"],
  keys: [["schoolNumber"]],
  columns: [
    required({
      field: "schoolNumber",
      header: "Schulnummer",
      aliases: ["School number", "School no"],
      type: "schoolNumber",
      width: 14,
    }),
    required({ field: "name", header: "Name", aliases: ["Name"], type: "text", maxLength: 200, width: 40 }),
    required({ field: "type", header: "Schulform", aliases: ["School type", "Type"], type: "schoolType", width: 18 }),
    required({ field: "district", header: "Stadtbezirk", aliases: ["District"], type: "text", maxLength: 100 }),
    required({
      field: "pupilCount",
      header: "Schülerzahl",
      aliases: ["Pupils", "Pupil count", "Students"],
      type: "integer",
      range: [0, 100_000],
      width: 12,
    }),
    // The school year the Schülerzahl is for, "2017/18" (or 2017). A file without this column
    // (written before school years existed) gives this school year's count.
    optional({
      field: "pupilSchoolYear",
      header: "Schuljahr",
      aliases: ["School year", "Schuljahr der Schülerzahl"],
      type: "schoolYear",
      width: 10,
    }),
    optional({ field: "openedOn", header: "Eröffnet am", aliases: ["Opened on", "Opened"], type: "date", width: 12 }),
    optional({
      field: "closedOn",
      header: "Geschlossen am",
      aliases: ["Closed on", "Closed"],
      type: "date",
      width: 14,
    }),
    optional({ field: "address", header: "Adresse", aliases: ["Address"], type: "text", maxLength: 300, width: 36 }),
    optional({
      field: "socialIndex",
      header: "Sozialindex",
      aliases: ["Social index"],
      type: "integer",
      range: [1, 9],
      width: 11,
    }),
  ],
} as const satisfies SheetDef;

export const FUNDING_SHEET = {
  key: "funding",
  name: "Finanzierungen",
  aliases: ["Funding", "Funding sources", "Finanzierung"],
  keys: [["name"]],
  columns: [
    required({ field: "name", header: "Name", aliases: ["Name"], type: "text", maxLength: 200, width: 40 }),
    required({ field: "kind", header: "Art", aliases: ["Kind", "Type"], type: "fundingKind", width: 16 }),
    required({ field: "validFrom", header: "Gültig ab", aliases: ["Valid from"], type: "date", width: 12 }),
    optional({ field: "validUntil", header: "Gültig bis", aliases: ["Valid until"], type: "date", width: 12 }),
    optional({
      field: "reference",
      header: "Referenz",
      aliases: ["Reference"],
      type: "text",
      maxLength: 500,
      width: 40,
    }),
  ],
} as const satisfies SheetDef;

export const STAFF_SHEET = {
  key: "staff",
  name: "Fachkräfte",
  aliases: ["Staff", "Staff members", "Fachkraefte"],
  keys: [["provider", "personnelNumber"]],
  columns: [
    providerRef(),
    required({
      field: "personnelNumber",
      header: "Personalnummer",
      aliases: ["Personnel number", "Staff number", "Employee number"],
      type: "text",
      maxLength: 50,
      width: 16,
    }),
    required({
      field: "lastName",
      header: "Nachname",
      aliases: ["Last name", "Surname", "Family name"],
      type: "text",
      maxLength: 100,
      width: 20,
    }),
    required({
      field: "firstName",
      header: "Vorname",
      aliases: ["First name", "Given name"],
      type: "text",
      maxLength: 100,
      width: 20,
    }),
    required({
      field: "employmentFte",
      header: "Stellenumfang",
      aliases: ["Employment FTE", "Contract FTE", "FTE"],
      type: "fte",
      width: 14,
    }),
    required({ field: "employedFrom", header: "Beschäftigt ab", aliases: ["Employed from"], type: "date", width: 14 }),
    optional({
      field: "employedUntil",
      header: "Beschäftigt bis",
      aliases: ["Employed until"],
      type: "date",
      width: 14,
    }),
    optional({ field: "email", header: "E-Mail", aliases: ["Email"], type: "email", maxLength: 254, width: 28 }),
    optional({ field: "phone", header: "Telefon", aliases: ["Phone"], type: "text", maxLength: 50, width: 18 }),
    optional({
      field: "qualification",
      header: "Qualifikation",
      aliases: ["Qualification"],
      type: "text",
      maxLength: 200,
      width: 24,
    }),
  ],
} as const satisfies SheetDef;

export const ASSIGNMENTS_SHEET = {
  key: "assignments",
  name: "Einsätze",
  aliases: ["Assignments", "Einsaetze"],
  keys: [["provider", "personnelNumber", "schoolNumber", "validFrom"]],
  columns: [
    providerRef(),
    required({
      field: "personnelNumber",
      header: "Personalnummer",
      aliases: ["Personnel number", "Staff number", "Employee number"],
      type: "text",
      maxLength: 50,
      width: 16,
    }),
    required({
      field: "schoolNumber",
      header: "Schulnummer",
      aliases: ["School number", "School no"],
      type: "schoolNumber",
      width: 14,
    }),
    required({ field: "fte", header: "Stellenanteil", aliases: ["FTE", "FTE share"], type: "fte", width: 14 }),
    required({ field: "validFrom", header: "Von", aliases: ["From", "Valid from"], type: "date", width: 12 }),
    optional({ field: "validUntil", header: "Bis", aliases: ["Until", "To", "Valid until"], type: "date", width: 12 }),
    optional({
      field: "funding",
      header: "Finanzierung",
      aliases: ["Funding", "Funding source"],
      type: "text",
      maxLength: 200,
      width: 32,
    }),
    optional({
      field: "note",
      header: "Bemerkung",
      aliases: ["Note", "Comment"],
      type: "text",
      maxLength: 500,
      width: 32,
    }),
  ],
} as const satisfies SheetDef;

/** Every sheet, in the order a workbook lists them and an import applies them. */
export const SHEETS = [
  PROVIDERS_SHEET,
  SCHOOLS_SHEET,
  FUNDING_SHEET,
  STAFF_SHEET,
  ASSIGNMENTS_SHEET,
] as const satisfies readonly SheetDef[];

/** The definition of one sheet, with its columns' literal types. */
export type SheetOf<K extends SheetKey> = Extract<(typeof SHEETS)[number], { key: K }>;

/** What a cell of a column type holds once read (and what a writer gives): see lib/import/cells.ts. */
type CellOf<T extends ColumnType> = T extends "integer" | "fte" | "schoolYear"
  ? number // FTE in thousandths, a school year by the year it begins in
  : T extends "providerKind"
    ? ProviderKind
    : T extends "schoolType"
      ? SchoolType
      : T extends "fundingKind"
        ? FundingKind
        : string; // text, e-mail, Schulnummer, ISO date

/**
 * One record of a sheet, keyed by the fields of its columns: the shape an export hands to the
 * writer. Derived from the definition, so a column added above must be filled by every writer.
 */
export type SheetRow<K extends SheetKey> = {
  [C in SheetOf<K>["columns"][number] as C["field"]]: CellOf<C["type"]> | (C["nullable"] extends true ? null : never);
};

export const SHEET_BY_KEY: Record<SheetKey, SheetDef> = Object.fromEntries(
  SHEETS.map((sheet: SheetDef) => [sheet.key, sheet]),
) as Record<SheetKey, SheetDef>;

// --- Enum values -------------------------------------------------------------------------

/** A code with its German label (written by exports) and further accepted spellings. */
export type EnumValue<Code extends string> = { code: Code; label: string; aliases: readonly string[] };

export const PROVIDER_KINDS: readonly EnumValue<ProviderKind>[] = [
  { code: "MUNICIPAL", label: "Kommune", aliases: ["kommunal", "Stadt", "municipal", "city"] },
  { code: "STATE", label: "Land", aliases: ["state"] },
  { code: "NON_PROFIT", label: "Freier Träger", aliases: ["gemeinnützig", "frei", "non-profit", "nonprofit"] },
  { code: "OTHER", label: "Sonstige", aliases: ["sonstiger", "other"] },
];

export const SCHOOL_TYPES: readonly EnumValue<SchoolType>[] = [
  { code: "GRUNDSCHULE", label: "Grundschule", aliases: ["GS", "primary school", "primary"] },
  { code: "HAUPTSCHULE", label: "Hauptschule", aliases: ["HS"] },
  { code: "REALSCHULE", label: "Realschule", aliases: ["RS"] },
  { code: "SEKUNDARSCHULE", label: "Sekundarschule", aliases: ["SK"] },
  { code: "GESAMTSCHULE", label: "Gesamtschule", aliases: ["GE", "comprehensive school"] },
  { code: "GYMNASIUM", label: "Gymnasium", aliases: ["GY", "grammar school"] },
  { code: "FOERDERSCHULE", label: "Förderschule", aliases: ["FÖ", "special school"] },
  { code: "BERUFSKOLLEG", label: "Berufskolleg", aliases: ["BK", "vocational college"] },
];

export const FUNDING_KINDS: readonly EnumValue<FundingKind>[] = [
  { code: "LANDESPROGRAMM", label: "Landesprogramm", aliases: ["state programme", "state program"] },
  { code: "LANDESSTELLE", label: "Landesstelle", aliases: ["Landesstellen", "state post"] },
  { code: "BUT", label: "BuT", aliases: ["Bildung und Teilhabe"] },
  { code: "KOMMUNAL", label: "kommunal", aliases: ["Kommune", "municipal"] },
  { code: "MPT", label: "MPT", aliases: ["Multiprofessionelle Teams"] },
  { code: "OTHER", label: "Sonstige", aliases: ["other"] },
];

export const ENUM_VALUES = {
  providerKind: PROVIDER_KINDS,
  schoolType: SCHOOL_TYPES,
  fundingKind: FUNDING_KINDS,
} as const;

/** The German label of an enum code, for writers. */
export function enumLabel(type: keyof typeof ENUM_VALUES, code: string): string {
  return ENUM_VALUES[type].find((value) => value.code === code)?.label ?? code;
}

// --- Names -------------------------------------------------------------------------------

/**
 * Compares headers, sheet names and enum values loosely: "Schülerzahl", "schuelerzahl" and
 * " SCHÜLER-ZAHL " are the same; invisible characters and punctuation are ignored.
 */
export function normalizeName(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]/g, "");
}

const namesOf = (item: { header?: string; name?: string; aliases: readonly string[] }) =>
  [item.header ?? item.name ?? "", ...item.aliases].map(normalizeName);

/** The sheet a workbook sheet name (or CSV file name) stands for, or null. */
export function sheetByName(name: string): SheetDef | null {
  const wanted = normalizeName(name);
  return SHEETS.find((sheet) => namesOf(sheet).includes(wanted)) ?? null;
}

/** The column a header cell stands for within a sheet, or null. */
export function columnByHeader(sheet: SheetDef, header: string): ColumnDef | null {
  const wanted = normalizeName(header);
  return sheet.columns.find((column) => namesOf(column).includes(wanted)) ?? null;
}

/** The code of an enum value written as label, code or alias; null when unknown. */
export function enumCode(type: keyof typeof ENUM_VALUES, value: string): string | null {
  const wanted = normalizeName(value);
  const found = ENUM_VALUES[type].find(
    (entry) =>
      normalizeName(entry.code) === wanted || namesOf({ header: entry.label, aliases: entry.aliases }).includes(wanted),
  );
  return found?.code ?? null;
}
