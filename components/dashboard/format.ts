import { formatFte } from "@/lib/coverage/fte";
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";

// Locale-aware numbers for the dashboard and the forecast (de: 39,5; en: 39.5); dates come from
// formatDay in lib/format.ts. FTE stays in integer thousandths until it is printed.

export const fte = (milli: number, locale: Locale) => formatFte(milli, locale);
export const count = (value: number, locale: Locale) => formatNumber(value, locale, 0);
/** Pupils per FTE: whole pupils are precise enough for a benchmark of 150. */
export const ratio = (value: number, locale: Locale) => formatNumber(Math.round(value), locale, 0);

const MINUS = "\u2212";

function signed(value: number, text: string): string {
  if (value > 0) return `+${text}`;
  if (value < 0) return `${MINUS}${text}`;
  return text;
}

/** A change in FTE: "+1,5", "−0,25", "0". */
export const fteDelta = (milli: number, locale: Locale) => signed(milli, formatFte(Math.abs(milli), locale));
/** A change in a count: "+3", "−1", "0". */
export const countDelta = (value: number, locale: Locale) => signed(value, count(Math.abs(value), locale));
