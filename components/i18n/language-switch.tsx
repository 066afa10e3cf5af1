import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/config";
import { LanguageSwitchForm } from "./language-switch-form";

// Offers the other language(s). The words are read here, on the server, so that the form in
// the browser needs no message catalog (the public page sends none).
export async function LanguageSwitch() {
  const [t, current] = await Promise.all([getTranslations("common.language"), getLocale()]);
  const options = LOCALES.filter((locale) => locale !== current).map((locale) => ({
    locale,
    label: t(locale),
    ariaLabel: t("switchTo", { language: t(locale) }),
  }));
  return <LanguageSwitchForm options={options} />;
}
