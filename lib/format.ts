// The one formatter for everything a person reads, per locale (docs/decisions/0013-one-date-style.md):
// numbers (de 1.234,5 · en 1,234.5), FTE, pupils per FTE, calendar dates (de 15.11.2017 ·
// en 15 Nov 2017) and instants in the municipality's time zone. Pages, tables, messages, PDF
// and CSV all call these; nothing else builds an Intl formatter for display. The locale is
// always passed: a file in German (the CSV exports) says "de" where it calls.
import { FORMAT_TAGS, type Locale } from "./i18n/config.ts";

export type { Locale };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let found = cache.get(key) as F | undefined;
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

// ---- Numbers ----

/** 1234.5 → "1.234,5" (de) / "1,234.5" (en); at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 3): string {
  return cached(
    `n:${locale}:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(FORMAT_TAGS[locale], { maximumFractionDigits }),
  ).format(value);
}

/** A count of people, schools, rows: whole numbers. */
export const formatCount = (value: number, locale: Locale) => formatNumber(value, locale, 0);

/**
 * FTE in integer thousandths: 39500 → "39,5" (de) / "39.5" (en); 333 → "0,333"; 2000 → "2".
 * Up to three decimals, no trailing zeros, no thousands separator (FTE totals of a city stay
 * far below 1000). Built from the integer digits so that no float rounding can creep in.
 */
export function formatFte(milli: number, locale: Locale): string {
  if (!Number.isSafeInteger(milli)) throw new RangeError(`FTE in thousandths must be an integer, got ${milli}`);
  const sign = milli < 0 ? "-" : "";
  const absolute = Math.abs(milli);
  const whole = Math.floor(absolute / 1000);
  const fraction = String(absolute % 1000)
    .padStart(3, "0")
    .replace(/0+$/, "");
  const separator = locale === "de" ? "," : ".";
  return fraction ? `${sign}${whole}${separator}${fraction}` : `${sign}${whole}`;
}

/**
 * FTE for a catalog message: the text, and the number its plural rule reads
 * ("{fteCount, plural, one {{fte} Stellenanteil} other {{fte} Stellenanteile}}": 1 Stellenanteil,
 * 0,5 Stellenanteile). Spread into the message's values.
 */
export const fteMessageValues = (milli: number, locale: Locale) => ({
  fte: formatFte(milli, locale),
  fteCount: milli / 1000,
});

/**
 * Pupils per FTE, the same on dashboard, school page, warnings, PDF and workbook text: whole
 * pupils (a benchmark of 150 needs no decimals), rounded half up.
 */
export const formatPupilsPerFte = (value: number, locale: Locale) => formatCount(Math.round(value), locale);

const MINUS = "\u2212";

function signed(value: number, text: string): string {
  if (value > 0) return `+${text}`;
  if (value < 0) return `${MINUS}${text}`;
  return text;
}

/** A change in FTE: "+1,5", "−0,25", "0". */
export const formatFteDelta = (milli: number, locale: Locale) => signed(milli, formatFte(Math.abs(milli), locale));
/** A change in a count: "+3", "−1", "0". */
export const formatCountDelta = (value: number, locale: Locale) => signed(value, formatCount(Math.abs(value), locale));

/** A file size in megabytes (10^6 bytes), one decimal: "2,5 MB". */
export const formatMegabytes = (bytes: number, locale: Locale) => `${formatNumber(bytes / 1e6, locale, 1)} MB`;

// ---- Dates ----

// One date style per language: de-DE and en-GB "medium" (15.11.2017 · 15 Nov 2017). The month
// name in English cannot be misread as the American month-first order.
const DATE_STYLE = { dateStyle: "medium" } as const;
const TIME_ZONE = "Europe/Berlin";

/**
 * A calendar date (YYYY-MM-DD: an assignment's first day, a key date): 2017-11-15 →
 * "15.11.2017" (de) / "15 Nov 2017" (en). Calendar dates have no time zone and are formatted
 * in UTC, so no time zone can shift the day.
 */
export function formatDay(date: string, locale: Locale): string {
  return cached(
    `d:${locale}`,
    () => new Intl.DateTimeFormat(FORMAT_TAGS[locale], { ...DATE_STYLE, timeZone: "UTC" }),
  ).format(new Date(`${date}T00:00:00Z`));
}

/**
 * An instant (audit entry, last sign-in, token expiry) in the municipality's time zone, the
 * date as formatDay writes it: "15.11.2017, 14:03:22" / "15 Nov 2017, 14:03:22". `empty` is
 * the text for a missing value (translated by the caller).
 */
export function formatDateTime(value: Date | null, locale: Locale, empty = "–"): string {
  if (!value) return empty;
  return cached(
    `t:${locale}`,
    () => new Intl.DateTimeFormat(FORMAT_TAGS[locale], { ...DATE_STYLE, timeStyle: "medium", timeZone: TIME_ZONE }),
  ).format(value);
}
