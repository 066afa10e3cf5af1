"use client";

import germanCommon from "@/lib/i18n/messages/de/common.json";
import englishCommon from "@/lib/i18n/messages/en/common.json";

// Shown when a page fails. Only Next's digest is shown (the same id is in the server log);
// never the message or stack, which may carry internals.
// It sits above every area's message catalog (app/layout.tsx sends none), so it carries its
// texts itself, in both languages; app/globals.css shows the one matching <html lang>.
const TEXTS = [
  { lang: "de", common: germanCommon },
  { lang: "en", common: englishCommon },
] as const;

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset?: () => void }) {
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-3xl px-4 py-12">
      {TEXTS.map(({ lang, common }) => (
        <div key={lang} lang={lang} className="error-page__texts">
          <div className="kern-alert kern-alert--danger" role="alert">
            <div className="kern-alert__header">
              <span className="kern-icon kern-icon--danger" aria-hidden="true" />
              {/* The page's one heading (the other language's is not displayed). */}
              <h1 className="kern-title">{common.errorPage.title}</h1>
            </div>
            <div className="kern-alert__body">
              <p className="kern-body">{common.errorPage.body}</p>
              {error.digest && (
                <p className="kern-body kern-body--bold" data-testid="error-reference">
                  {common.errorPage.reference.replace("{digest}", error.digest)}
                </p>
              )}
            </div>
          </div>
          <div className="mt-6 flex flex-wrap gap-4">
            {reset && (
              <button type="button" className="kern-btn kern-btn--primary" onClick={() => reset()}>
                <span className="kern-label">{common.errorPage.retry}</span>
              </button>
            )}
            <a className="kern-link" href="/">
              {common.toHome}
            </a>
          </div>
        </div>
      ))}
    </main>
  );
}
