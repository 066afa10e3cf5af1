import { formatDay, formatFte } from "../format.ts";
import type { Locale } from "../i18n/config.ts";
import { type CsvValue, raw, toCsv } from "./csv.ts";
import { type BreakdownRow, districtRows, providerRows, schoolTypeRows } from "./key-date-tables.ts";
import { exportTranslator } from "./texts.ts";
import type { KeyDateExport } from "./types.ts";

// The key-date figures as one CSV table for German Excel ("long" format: one line per group,
// the breakdown it belongs to in its own column, so the file filters and pivots well):
//   Stichtag;Aufschlüsselung;Gruppe;Fachkräfte;Stellenanteile;Versorgte Schulen;Schulen gesamt
//   15.11.2017;Gesamt;;44;39,5;41;43

/** A count as German Excel reads it: plain digits, no thousands separator. */
export const csvInteger = (value: number): CsvValue => raw(String(value));
/** FTE with a decimal comma ("39,5"). */
export const csvFte = (milli: number): CsvValue => raw(formatFte(milli, "de"));

export function keyDateCsv(data: KeyDateExport, locale: Locale = "de"): string {
  const t = exportTranslator(locale);
  // Values stay German whatever the headers' language: German Excel and the import read them.
  const date = raw(formatDay(data.date, "de"));
  const line = (breakdown: string, group: string, row: Omit<BreakdownRow, "label">): CsvValue[] => [
    date,
    breakdown,
    group,
    csvInteger(row.staff),
    csvFte(row.fteMilli),
    csvInteger(row.schoolsCovered),
    row.schoolsTotal === null ? null : csvInteger(row.schoolsTotal),
  ];
  const group = (breakdown: string, rows: BreakdownRow[]) => rows.map((row) => line(breakdown, row.label, row));

  return toCsv([
    [
      t("columns.keyDate"),
      t("columns.breakdown"),
      t("columns.group"),
      t("columns.staff"),
      t("columns.fte"),
      t("columns.schoolsCovered"),
      t("columns.schoolsTotal"),
    ],
    line(t("breakdowns.total"), "", data.report.total),
    ...group(t("breakdowns.provider"), providerRows(data.report)),
    ...group(t("breakdowns.schoolType"), schoolTypeRows(data.report)),
    ...group(t("breakdowns.district"), districtRows(data.report)),
  ]);
}
