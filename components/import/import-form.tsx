"use client";

import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { commitImportAction, previewImportAction } from "@/app/(app)/import/actions";
import { Alert } from "@/components/admin/alert";
import { inputClass } from "@/components/admin/field";
import { formatMegabytes } from "@/lib/format";
import { CountsTable, ErrorsTable } from "./import-report";
import type { ImportState } from "./import-state";

type Intent = "preview" | "commit";

/**
 * Both server actions behind one state: the latest answer is what the page shows. The previous
 * state is not sent along (the actions ignore it): a preview's list of up to 1,000 errors would
 * only eat into the request's size limit, which the file needs.
 */
async function dispatch(_previous: ImportState, data: FormData): Promise<ImportState> {
  return data.get("intent") === "commit" ? commitImportAction({}, data) : previewImportAction({}, data);
}

/**
 * Upload → dry-run preview → commit. The file stays in the file input (the form is submitted
 * by hand, so React does not reset it); the commit sends it again with the preview's hash.
 */
export function ImportForm({ maxBytes }: { maxBytes: number }) {
  const t = useTranslations("importing");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(dispatch, {});
  const [intent, setIntent] = useState<Intent>("preview");
  const [localError, setLocalError] = useState<string | null>(null);
  // A different file chosen after the preview: the preview no longer applies.
  const [changed, setChanged] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const result = useRef<HTMLHeadingElement>(null);
  const maxSize = formatMegabytes(maxBytes, locale);

  // Move focus to the answer, so that keyboard and screen-reader users land on it.
  useEffect(() => {
    if (state.phase) result.current?.focus();
  }, [state]);

  function submit(next: Intent) {
    if (!form.current) return;
    const data = new FormData(form.current);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setLocalError(t("form.chooseFile"));
      return;
    }
    if (file.size > maxBytes) {
      setLocalError(t("errors.tooLarge", { max: maxSize }));
      return;
    }
    setLocalError(null);
    setChanged(false);
    setIntent(next);
    data.set("intent", next);
    if (next === "commit" && state.hash) data.set("hash", state.hash);
    startTransition(() => formAction(data));
  }

  const error = localError ?? state.message;
  const errors = state.errors ?? [];
  const totals = state.totals ?? { created: 0, updated: 0, unchanged: 0 };
  const showResult = state.phase && !changed;
  const canCommit = state.phase === "preview" && errors.length === 0 && totals.created + totals.updated > 0;

  return (
    <div className="flex flex-col gap-8">
      <form
        ref={form}
        className="flex max-w-2xl flex-col gap-4"
        aria-label={t("title")}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit("preview");
        }}
      >
        <div className={`kern-form-input ${error ? "kern-form-input--error" : ""}`}>
          <label className="kern-label" htmlFor="import-file">
            {t("form.label")}
          </label>
          <div className="kern-hint" id="import-file-hint">
            {t("form.hint", { max: maxSize })}
          </div>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            className={inputClass(error ? [error] : undefined)}
            aria-describedby={error ? "import-file-hint import-file-error" : "import-file-hint"}
            aria-invalid={error ? true : undefined}
            required
            onChange={() => {
              setLocalError(null);
              if (state.phase) setChanged(true);
            }}
          />
          {error && (
            <p className="kern-error" id="import-file-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-4">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
            <span className="kern-label">{pending && intent === "preview" ? t("form.checking") : t("form.check")}</span>
          </button>
        </div>
      </form>

      {showResult && state.phase === "committed" && (
        <section aria-labelledby="import-result" className="flex flex-col gap-4" data-testid="import-result">
          <h2 id="import-result" ref={result} tabIndex={-1} className="kern-heading-medium">
            {t("result.heading")}
          </h2>
          <Alert
            tone="success"
            title={t("result.summary", { filename: state.filename ?? "", ...totals })}
            testId="import-committed"
          />
          <CountsTable rows={state.sheets ?? []} />
          <p className="kern-body">
            <a className="kern-link" href="/import">
              {t("form.again")}
            </a>
          </p>
        </section>
      )}

      {showResult && state.phase === "preview" && (
        <section aria-labelledby="import-preview" className="flex flex-col gap-4" data-testid="import-preview">
          <h2 id="import-preview" ref={result} tabIndex={-1} className="kern-heading-medium">
            {t("preview.heading", { filename: state.filename ?? "" })}
          </h2>
          {errors.length > 0 ? (
            <Alert
              tone="danger"
              title={t("preview.withErrors", { count: state.errorCount ?? errors.length })}
              testId="import-has-errors"
            />
          ) : canCommit ? (
            <Alert tone="info" title={t("preview.clean")} testId="import-clean">
              <p className="kern-body">{t("preview.confirm")}</p>
            </Alert>
          ) : (
            <Alert tone="info" title={t("preview.nothingToDo")} testId="import-nothing" />
          )}
          {(state.sheets?.length ?? 0) > 0 && <CountsTable rows={state.sheets ?? []} />}
          {errors.length > 0 && <ErrorsTable errors={errors} />}
          {canCommit && (
            <div>
              <button
                type="button"
                className="kern-btn kern-btn--primary"
                disabled={pending}
                aria-disabled={pending}
                onClick={() => submit("commit")}
              >
                <span className="kern-label">
                  {pending && intent === "commit" ? t("form.committing") : t("form.commit")}
                </span>
              </button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
