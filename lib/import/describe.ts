import { formatDay, formatFte, formatMegabytes } from "../format.ts";
import type { Locale } from "../i18n/config.ts";
import { translator } from "../i18n/translator.ts";
import type { ImportIssue, IssueParam } from "./issues.ts";
import { MAX_REPORTED_ISSUES } from "./limits.ts";

// Import issues as people read them: the message of the "importing" catalog in the reader's
// language (German unless asked otherwise), with dates, FTE and sizes formatted for it.

export type ImportErrorText = { sheet: string | null; line: number | null; column: string | null; message: string };

function formatParam(value: IssueParam, locale: Locale, openEnded: string): string | number {
  if (typeof value !== "object") return value;
  if ("date" in value) return value.date ? formatDay(value.date, locale) : openEnded;
  if ("fte" in value) return formatFte(value.fte, locale);
  return formatMegabytes(value.bytes, locale);
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The catalog's translator, untyped: the keys come typed from lib/import (ImportErrorKey), and
 * translator()'s types refuse any parameters (its messages are a union of both locales).
 */
const textsFor = (locale: Locale) => translator("importing", locale) as unknown as Translate;

export function describeIssue(issue: ImportIssue, locale: Locale = "de"): ImportErrorText {
  const t = textsFor(locale);
  const openEnded = t("values.openEnded");
  const params = Object.fromEntries(
    Object.entries(issue.params ?? {}).map(([name, value]) => [name, formatParam(value, locale, openEnded)]),
  );
  return {
    sheet: issue.sheet,
    line: issue.line,
    column: issue.column || null,
    message: t(`errors.${issue.key}`, params),
  };
}

/** Every issue up to the report limit, then one line that counts the rest. */
export function describeIssues(issues: ImportIssue[], locale: Locale = "de"): ImportErrorText[] {
  const shown = issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => describeIssue(issue, locale));
  const rest = issues.length - shown.length;
  if (rest > 0) {
    shown.push({
      sheet: null,
      line: null,
      column: null,
      message: textsFor(locale)("errors.moreErrors", { count: rest }),
    });
  }
  return shown;
}
