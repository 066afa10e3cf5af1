import type { getTranslations } from "next-intl/server";
import { formatCount, formatDay, formatFte, formatPupilsPerFte, fteMessageValues } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { Warning } from "@/lib/warnings/types";

type T = Awaited<ReturnType<typeof getTranslations<"dashboard.warnings">>>;

/** The one-line facts of a warning, next to the link to its record. */
export function warningDetail(t: T, locale: Locale, warning: Warning): string {
  const date = (value: string | null) => (value ? formatDay(value, locale) : t("openEnded"));
  switch (warning.kind) {
    case "fullTimeTooManySchools":
    case "partTimeTooManySchools":
      return t("detail.staffLoad", {
        provider: warning.providerName,
        schools: warning.schools,
        employmentFte: formatFte(warning.employmentFteMilli, locale),
        ...fteMessageValues(warning.fteMilli, locale),
      });
    case "schoolUncovered":
      return t("detail.schoolUncovered", { number: warning.schoolNumber });
    case "pupilsPerFteAboveThreshold":
      return t("detail.pupilsPerFte", {
        ratio: formatPupilsPerFte(warning.pupilsPerFte, locale),
        pupils: formatCount(warning.pupilCount, locale),
        ...fteMessageValues(warning.fteMilli, locale),
      });
    case "fundingEnding":
      return t("detail.fundingEnding", {
        until: date(warning.validUntil),
        ...fteMessageValues(warning.fteMilli, locale),
        assignments: warning.assignments,
      });
    case "assignmentUnfunded":
      return t("detail.assignmentUnfunded", {
        school: warning.schoolName,
        ...fteMessageValues(warning.fteMilli, locale),
        from: date(warning.validFrom),
        until: date(warning.validUntil),
      });
    case "assignmentOutsideEmployment":
      return t("detail.assignmentOutsideEmployment", {
        school: warning.schoolName,
        from: date(warning.validFrom),
        until: date(warning.validUntil),
        employedFrom: date(warning.employedFrom),
        employedUntil: date(warning.employedUntil),
      });
  }
}
