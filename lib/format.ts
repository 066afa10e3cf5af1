// German-first formatting for everything a person reads: numbers (39,5 · 1.234), and dates
// and times in the municipality's time zone.
import { FORMAT_TAGS } from "./i18n/config.ts";
export type Locale = "de" | "en";

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale = "de", maximumFractionDigits = 3): string {
  const key = `${locale}:${maximumFractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", { maximumFractionDigits });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

// Dates and times (audit, users, tokens, the CLI) in the municipality's time zone, in the reader's
// language (de-DE by default). `empty` is the text for a missing value (translated by the caller).
const TIME_ZONE = "Europe/Berlin";

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormatter(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`;
  let found = dateTimeFormatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(FORMAT_TAGS[locale], {
      timeZone: TIME_ZONE,
      dateStyle: "medium",
      ...(withTime ? { timeStyle: "medium" as const } : {}),
    });
    dateTimeFormatters.set(key, found);
  }
  return found;
}

export const formatDateTime = (value: Date | null, locale: Locale = "de", empty = "–") =>
  value ? dateTimeFormatter(locale, true).format(value) : empty;
export const formatDate = (value: Date | null, locale: Locale = "de", empty = "–") =>
  value ? dateTimeFormatter(locale, false).format(value) : empty;

// Calendar dates (YYYY-MM-DD: an assignment's first day, a key date) have no time zone and
// are formatted in UTC, so no time zone can shift the day. One short and one long form for
// every page, export and message.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(locale: Locale, style: "short" | "long"): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let found = dayFormatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(
      FORMAT_TAGS[locale],
      style === "long"
        ? { dateStyle: "long", timeZone: "UTC" }
        : { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" },
    );
    dayFormatters.set(key, found);
  }
  return found;
}

/** 2017-11-15 → "15.11.2017" (de) / "15/11/2017" (en). */
export const formatDay = (date: string, locale: Locale = "de") =>
  dayFormatter(locale, "short").format(new Date(`${date}T00:00:00Z`));

/** 2017-11-15 → "15. November 2017" (de) / "15 November 2017" (en). */
export const formatLongDay = (date: string, locale: Locale = "de") =>
  dayFormatter(locale, "long").format(new Date(`${date}T00:00:00Z`));
