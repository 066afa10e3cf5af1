import { formatDay } from "../format.ts";
import type { Locale } from "../i18n/config.ts";
import { SCHOOL_TYPE_LABELS } from "../school-types.ts";
import type { PublicCoverage, PublicFigures } from "../statistics/public-aggregates.ts";
import { type CsvValue, raw, toCsv } from "./csv.ts";
import { csvFte, csvInteger } from "./key-date-csv.ts";
import { exportTranslator } from "./texts.ts";

// The public page's aggregates as CSV, in the same long format as the key-date CSV, with a
// column that says where figures were withheld. Takes only PublicCoverage, the output of
// lib/statistics/public-aggregates.ts, so that suppression has already happened.

export function publicCoverageCsv(coverage: PublicCoverage, locale: Locale = "de"): string {
  const t = exportTranslator(locale);
  // German values (as in key-date-csv.ts), whatever the headers' language.
  const date = raw(formatDay(coverage.date, "de"));
  const count = (value: number | null) => (value === null ? null : csvInteger(value));
  const line = (breakdown: string, group: string, figures: PublicFigures): CsvValue[] => [
    date,
    breakdown,
    group,
    count(figures.staff),
    figures.fte === null ? null : csvFte(Math.round(figures.fte * 1000)),
    count(figures.schoolsCovered),
    csvInteger(figures.schoolsTotal),
    figures.suppressed ? t("yes") : null,
  ];
  return toCsv([
    [
      t("columns.keyDate"),
      t("columns.breakdown"),
      t("columns.group"),
      t("columns.staff"),
      t("columns.fte"),
      t("columns.schoolsCovered"),
      t("columns.schoolsTotal"),
      t("columns.withheld"),
    ],
    line(t("breakdowns.total"), "", coverage),
    ...coverage.bySchoolType.map((row) => line(t("breakdowns.schoolType"), SCHOOL_TYPE_LABELS[row.type], row)),
    ...coverage.byDistrict.map((row) => line(t("breakdowns.district"), row.district, row)),
  ]);
}
