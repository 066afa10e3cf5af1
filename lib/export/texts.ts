import { formatFte } from "../coverage/fte.ts";
import type { IsoDate } from "../coverage/types.ts";
import { formatDay, formatLongDay, formatNumber } from "../format.ts";
import type { Locale } from "../i18n/config.ts";
import { translator } from "../i18n/translator.ts";
import type { ExportScope, KeyDateExport } from "./types.ts";
import type { ExportWarning } from "./warnings.ts";

// The sentences the exports print, from the "exporting" catalog. Files are German by
// default (the language of record); the locale parameter is there for an English copy.

export type ExportTranslator = ReturnType<typeof translator<"exporting">>;

export function exportTranslator(locale: Locale = "de"): ExportTranslator {
  return translator("exporting", locale);
}

export function scopeText(t: ExportTranslator, scope: ExportScope): string {
  if (scope.kind === "provider") return t("scope.provider", { provider: scope.provider });
  if (scope.kind === "school") return t("scope.school", { school: scope.school, schoolNumber: scope.schoolNumber });
  return t("scope.all");
}

/** Pupils per FTE as printed: one decimal. */
export function formatPupilsPerFte(value: number, locale: Locale = "de"): string {
  return formatNumber(value, locale, 1);
}

const shortDate = (date: IsoDate | null, t: ExportTranslator) => (date ? formatDay(date) : t("openEnd"));

export function warningText(t: ExportTranslator, warning: ExportWarning, locale: Locale = "de"): string {
  switch (warning.rule) {
    case "fullTimeManySchools":
    case "partTimeManySchools":
      return t(`warnings.${warning.rule}`, {
        provider: warning.staff.provider,
        personnelNumber: warning.staff.personnelNumber,
        employmentFte: formatFte(warning.staff.employmentFteMilli, locale),
        schools: warning.schools,
      });
    case "pupilsPerFte":
      return t("warnings.pupilsPerFte", {
        school: warning.school.school,
        schoolNumber: warning.school.schoolNumber,
        pupilsPerFte: formatPupilsPerFte(warning.pupilsPerFte, locale),
        threshold: warning.threshold,
      });
    case "fundingEnding":
      return t("warnings.fundingEnding", { funding: warning.funding, until: formatDay(warning.until) });
    case "unfunded":
      return t("warnings.unfunded", {
        provider: warning.staff.provider,
        personnelNumber: warning.staff.personnelNumber,
        school: warning.school.school,
        schoolNumber: warning.school.schoolNumber,
        from: formatDay(warning.from),
      });
    case "outsideEmployment":
      return t("warnings.outsideEmployment", {
        provider: warning.staff.provider,
        personnelNumber: warning.staff.personnelNumber,
        school: warning.school.school,
        schoolNumber: warning.school.schoolNumber,
        from: formatDay(warning.from),
        until: shortDate(warning.until, t),
        employedFrom: formatDay(warning.employedFrom),
        employedUntil: shortDate(warning.employedUntil, t),
      });
  }
}

/**
 * The headline sentence of the programme's reports (as on the public page, see
 * components/public/coverage-sentence.tsx), for the viewer's scope and unsuppressed:
 * "Am 15. November 2017 waren 44 Fachkräfte … an 41 von 43 Schulen in Herne tätig."
 */
export function coverageSentence(t: ExportTranslator, data: KeyDateExport, locale: Locale = "de"): string {
  const { date, createdOn, report, scope, municipality } = data;
  const longDate = formatLongDay(date, locale);
  const when =
    date === createdOn
      ? t("sentence.whenToday", { date: longDate })
      : date < createdOn
        ? t("sentence.whenPast", { date: longDate })
        : t("sentence.whenFuture", { date: longDate });
  const common = {
    when,
    tense: date < createdOn ? "past" : "present",
    staff: report.total.staff,
    fte: formatFte(report.total.fteMilli, locale),
  };
  const covered = formatNumber(report.total.schoolsCovered, locale);
  const total = formatNumber(report.total.schoolsTotal, locale);
  if (scope.kind === "provider") {
    return t("sentence.provider", { ...common, provider: scope.provider, covered, total, municipality });
  }
  if (scope.kind === "school") return t("sentence.school", { ...common, school: scope.school });
  const providers = report.byProvider.filter((provider) => provider.staff > 0).length;
  return t("sentence.all", { ...common, mixed: providers > 1 ? "yes" : "no", covered, total, municipality });
}
