// Locales of the UI: German is the default and the language of record; English is offered.

export const LOCALES = ["de", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "de";

/** The cookie that remembers a visitor's choice (set by the language switch). */
export const LOCALE_COOKIE = "stellwerk-locale";

/** BCP 47 tags for number and date formats: de-DE (39,5 · 15.11.2017) and en-GB. */
export const FORMAT_TAGS: Record<Locale, string> = { de: "de-DE", en: "en-GB" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function localeOr(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
