// use-intl/core, not next-intl: the same function without React, so it also loads under the
// CLI's react-server condition (whose React has no hooks).
import { createTranslator } from "use-intl/core";
import { CATALOGS, type Namespace } from "./catalog.ts";
import { DEFAULT_LOCALE, type Locale } from "./config.ts";

// Text outside React (route handlers, CLI, import reports): the same catalogs, no request needed.
export function translator<N extends Namespace>(namespace: N, locale: Locale = DEFAULT_LOCALE) {
  return createTranslator({ locale, messages: CATALOGS[locale], namespace });
}
