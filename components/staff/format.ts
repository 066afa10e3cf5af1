import { formatFte } from "@/lib/coverage/fte";
import type { IsoDate } from "@/lib/coverage/types";
import type { Locale } from "@/lib/i18n/config";
import { formatShortDate } from "@/lib/key-date";

// Dates and FTE as people read them: 15.11.2017 and 0,5 in German; 15 Nov 2017 and 0.5 in English.

const english = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function formatDay(date: IsoDate, locale: Locale): string {
  return locale === "de" ? formatShortDate(date) : english.format(new Date(`${date}T00:00:00Z`));
}

export function formatFteMilli(milli: number, locale: Locale): string {
  return formatFte(milli, locale);
}

/** The later of ISO dates (they sort as strings). */
export function latestDay(...dates: IsoDate[]): IsoDate {
  return [...dates].sort().at(-1) ?? "";
}
