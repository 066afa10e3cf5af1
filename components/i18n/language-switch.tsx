"use client";

import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { setLocaleAction } from "@/app/locale-action";
import { LOCALES } from "@/lib/i18n/config";

// Offers the other language(s) as buttons; the current page is kept (query included). It only
// sets the visitor's own preference, so read-only roles may use it (data-allowed-for-readers).
export function LanguageSwitch() {
  const t = useTranslations("common.language");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <form
      action={setLocaleAction}
      className="flex items-center gap-2"
      data-allowed-for-readers="language"
      onSubmit={(event) => {
        const next = event.currentTarget.elements.namedItem("next");
        if (next instanceof HTMLInputElement) next.value = `${window.location.pathname}${window.location.search}`;
      }}
    >
      <input type="hidden" name="next" defaultValue={pathname} />
      {LOCALES.filter((locale) => locale !== current).map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          className="kern-btn kern-btn--tertiary"
          aria-label={t("switchTo", { language: t(locale) })}
        >
          <span className="kern-label">{t(locale)}</span>
        </button>
      ))}
    </form>
  );
}
