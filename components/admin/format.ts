import { FORMAT_TAGS, type Locale } from "@/lib/i18n/config";

// Dates and times for the admin pages in the municipality's time zone, in the reader's
// language (de-DE by default). `empty` is the text for a missing value (translated by the caller).
const TIME_ZONE = "Europe/Berlin";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(FORMAT_TAGS[locale], {
      timeZone: TIME_ZONE,
      dateStyle: "medium",
      ...(withTime ? { timeStyle: "medium" as const } : {}),
    });
    formatters.set(key, found);
  }
  return found;
}

export const formatDateTime = (value: Date | null, locale: Locale = "de", empty = "–") =>
  value ? formatter(locale, true).format(value) : empty;
export const formatDate = (value: Date | null, locale: Locale = "de", empty = "–") =>
  value ? formatter(locale, false).format(value) : empty;
