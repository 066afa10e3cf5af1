import { createTranslator } from "next-intl";
import { CATALOGS, type Namespace } from "./catalog.ts";
import { DEFAULT_LOCALE, type Locale } from "./config.ts";

// Text outside React (route handlers, CLI, import reports): the same catalogs, no request needed.
export function translator<N extends Namespace>(namespace: N, locale: Locale = DEFAULT_LOCALE) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace });
}
