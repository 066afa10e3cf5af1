"use client";

import germanCommon from "@/lib/i18n/messages/de/common.json";
import "./globals.css";

// Replaces the root layout when that itself fails, so it brings its own <html>, styles and
// texts: in German, the primary language (the failed layout is what reads the locale cookie).
// Plain strings, no next-intl: this module loads with every page, the public one included.
const text = germanCommon.errorPage;

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="de" data-kern-theme="light">
      <body className="min-h-screen">
        <title>{text.documentTitle}</title>
        <main id="inhalt" className="kern-container mx-auto max-w-3xl px-4 py-12">
          <h1 className="kern-heading-large mb-4">{text.title}</h1>
          <p className="kern-body">{text.globalBody}</p>
          {error.digest && (
            <p className="kern-body kern-body--bold mt-4">{text.reference.replace("{digest}", error.digest)}</p>
          )}
          <p className="kern-body mt-6">
            <a className="kern-link" href="/">
              {germanCommon.toHome}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
