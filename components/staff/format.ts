import { formatFte } from "@/lib/coverage/fte";
import type { IsoDate } from "@/lib/coverage/types";
import type { Locale } from "@/lib/i18n/config";

// FTE as people read it (0,5 in German, 0.5 in English); dates: formatDay in lib/format.ts.

export function formatFteMilli(milli: number, locale: Locale): string {
  return formatFte(milli, locale);
}

/** The later of ISO dates (they sort as strings). */
export function latestDay(...dates: IsoDate[]): IsoDate {
  return [...dates].sort().at(-1) ?? "";
}
