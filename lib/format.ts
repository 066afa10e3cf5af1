// German-first number formatting for everything a person reads (39,5 · 1.234).
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
