import type { Messages } from "./catalog.ts";
import type { Locale } from "./config.ts";

// Typed message keys: t("dashboard.title") fails the type-check when the key is missing in de.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
