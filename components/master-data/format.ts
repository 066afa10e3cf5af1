import { FORMAT_TAGS, type Locale } from "@/lib/i18n/config";

// Calendar dates as people read them: 15.11.2017 (de) · 15/11/2017 (en). Dates are plain
// calendar dates (YYYY-MM-DD), formatted in UTC so that no time zone can shift the day.

const formatters = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(iso: string, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(FORMAT_TAGS[locale], {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      timeZone: "UTC",
    });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(`${iso}T00:00:00Z`));
}
