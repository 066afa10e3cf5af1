import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { CATALOGS } from "./catalog.ts";
import { LOCALE_COOKIE, localeOr } from "./config.ts";

// next-intl's per-request configuration: the locale comes from the visitor's cookie (no
// locale in the URL, so every link and bookmark stays the same in both languages).
export default getRequestConfig(async () => {
  const locale = localeOr((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: CATALOGS[locale], timeZone: "Europe/Berlin" };
});
