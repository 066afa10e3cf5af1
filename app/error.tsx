"use client";

import { useTranslations } from "next-intl";

// Shown when a page fails. Only Next's digest is shown (the same id is in the server log);
// never the message or stack, which may carry internals.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset?: () => void }) {
  const t = useTranslations("common");
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-3xl px-4 py-12">
      <div className="kern-alert kern-alert--danger" role="alert">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          {/* The page's one heading. */}
          <h1 className="kern-title">{t("errorPage.title")}</h1>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">{t("errorPage.body")}</p>
          {error.digest && (
            <p className="kern-body kern-body--bold" data-testid="error-reference">
              {t("errorPage.reference", { digest: error.digest })}
            </p>
          )}
        </div>
      </div>
      <div className="mt-6 flex flex-wrap gap-4">
        {reset && (
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => reset()}>
            <span className="kern-label">{t("errorPage.retry")}</span>
          </button>
        )}
        <a className="kern-link" href="/">
          {t("toHome")}
        </a>
      </div>
    </main>
  );
}
