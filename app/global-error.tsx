"use client";

import { createTranslator } from "next-intl";
import germanCommon from "@/lib/i18n/messages/de/common.json";
import "./globals.css";

// Replaces the root layout when that itself fails, so it brings its own <html>, styles and
// texts: in German, the primary language (the failed layout is what reads the locale cookie).
const t = createTranslator({ locale: "de", messages: { common: germanCommon }, namespace: "common" });

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="de" data-kern-theme="light">
      <body className="min-h-screen">
        <title>{t("errorPage.documentTitle")}</title>
        <main id="inhalt" className="kern-container mx-auto max-w-3xl px-4 py-12">
          <h1 className="kern-heading-large mb-4">{t("errorPage.title")}</h1>
          <p className="kern-body">{t("errorPage.globalBody")}</p>
          {error.digest && (
            <p className="kern-body kern-body--bold mt-4">{t("errorPage.reference", { digest: error.digest })}</p>
          )}
          <p className="kern-body mt-6">
            <a className="kern-link" href="/">
              {t("toHome")}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
