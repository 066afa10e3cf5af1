import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { SkipLink } from "@/components/layout/skip-link";

// The public area (statistics, sign-in): skip link, a banner with the language switch, then
// the page's own <main id="inhalt">.
export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <>
      <SkipLink />
      <header className="border-b">
        <div className="kern-container mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <a className="kern-link kern-body--bold" href="/">
            {t("appName")}
          </a>
          <div className="flex flex-wrap items-center gap-4">
            <LanguageSwitch />
            <a className="kern-link" href="/anmelden">
              {t("header.signIn")}
            </a>
          </div>
        </div>
      </header>
      {children}
    </>
  );
}
