import { useTranslations } from "next-intl";

/** The first stop of the keyboard: jumps over header and navigation to the page's <main id="inhalt">. */
export function SkipLink() {
  const t = useTranslations("common");
  return (
    <a
      href="#inhalt"
      className="kern-link sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2"
    >
      {t("skipToContent")}
    </a>
  );
}
