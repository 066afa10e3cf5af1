import type { IsoDate } from "../coverage/types.ts";
import { formatCount, formatDay, formatFte, formatPupilsPerFte } from "../format.ts";
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

const dayOrOpen = (date: IsoDate | null, t: ExportTranslator, locale: Locale) =>
  date ? formatDay(date, locale) : t("openEnd");

/** A rule's name, as the dashboard names it (the catalogs keep the two equal, see tests/unit/i18n-grammar.test.ts). */
export function ruleTitle(t: ExportTranslator, warning: ExportWarning): string {
  return warning.rule === "pupilsPerFte"
    ? t("rules.pupilsPerFte", { threshold: warning.threshold })
    : t(`rules.${warning.rule}`);
}

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
      return t("warnings.fundingEnding", { funding: warning.funding, until: formatDay(warning.until, locale) });
    case "unfunded":
      return t("warnings.unfunded", {
        provider: warning.staff.provider,
        personnelNumber: warning.staff.personnelNumber,
        school: warning.school.school,
        schoolNumber: warning.school.schoolNumber,
        from: formatDay(warning.from, locale),
      });
    case "outsideEmployment":
      return t("warnings.outsideEmployment", {
        provider: warning.staff.provider,
        personnelNumber: warning.staff.personnelNumber,
        school: warning.school.school,
        schoolNumber: warning.school.schoolNumber,
        from: formatDay(warning.from, locale),
        until: dayOrOpen(warning.until, t, locale),
        employedFrom: formatDay(warning.employedFrom, locale),
        employedUntil: dayOrOpen(warning.employedUntil, t, locale),
      });
  }
}

/**
 * The headline sentence of the programme's reports (as on the public page, see
 * components/public/coverage-sentence.tsx), for the viewer's scope and unsuppressed:
 * "Am 15.11.2017 waren 44 Fachkräfte … an 41 von 43 Schulen in Herne tätig."
 */
export function coverageSentence(t: ExportTranslator, data: KeyDateExport, locale: Locale = "de"): string {
  const { date, createdOn, report, scope, municipality } = data;
  const day = formatDay(date, locale);
  const when =
    date === createdOn
      ? t("sentence.whenToday", { date: day })
      : date < createdOn
        ? t("sentence.whenPast", { date: day })
        : t("sentence.whenFuture", { date: day });
  const common = {
    when,
    tense: date < createdOn ? "past" : "present",
    staff: report.total.staff,
    fte: formatFte(report.total.fteMilli, locale),
    schoolsTotal: report.total.schoolsTotal,
  };
  const covered = formatCount(report.total.schoolsCovered, locale);
  const total = formatCount(report.total.schoolsTotal, locale);
  if (scope.kind === "provider") {
    return t("sentence.provider", { ...common, provider: scope.provider, covered, total, municipality });
  }
  if (scope.kind === "school") return t("sentence.school", { ...common, school: scope.school });
  const providers = report.byProvider.filter((provider) => provider.staff > 0).length;
  return t("sentence.all", { ...common, mixed: providers > 1 ? "yes" : "no", covered, total, municipality });
}
