"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/admin/alert";
import type { AnonymiseState } from "./anonymise-state";

type Props = {
  action: (state: AnonymiseState, data: FormData) => Promise<AnonymiseState>;
  /** The preview the admin confirms: the cut-off date (ISO and formatted) and the count. */
  preview: { cutoff: string; cutoffLabel: string; count: number };
};

/**
 * The preview of the anonymisation and its confirmation. The form sends the cut-off and count
 * the admin saw; the server does nothing if they are no longer current. The outcome is
 * announced and receives focus, so keyboard and screen-reader users land on it.
 */
export function AnonymiseForm({ action, preview }: Props) {
  const t = useTranslations("privacy.anonymise");
  const [state, formAction, pending] = useActionState(action, {});
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.done || state.message) outcome.current?.focus();
  }, [state]);
  const confirmError = state.fieldErrors?.confirmed?.[0];

  return (
    <div className="flex flex-col gap-4">
      <div ref={outcome} tabIndex={-1} className="focus:outline-none" data-testid="anonymise-outcome">
        {state.done && <Alert tone="success" title={t("done", { count: state.done.count })} />}
        {state.message && !confirmError && <Alert tone="danger" title={t(state.message)} />}
      </div>
      <p className="kern-body kern-body--bold" data-testid="anonymise-preview">
        {t("preview", { count: preview.count, cutoff: preview.cutoffLabel })}
      </p>
      {preview.count > 0 && (
        <form action={formAction} aria-label={t("formLabel")} className="flex flex-col gap-4">
          <input type="hidden" name="cutoff" value={preview.cutoff} />
          <input type="hidden" name="expected" value={preview.count} />
          <div className={`kern-form-check ${confirmError ? "kern-form-check--error" : ""}`}>
            <input
              className={`kern-form-check__checkbox ${confirmError ? "kern-form-check__checkbox--error" : ""}`}
              id="anonymise-confirmed"
              name="confirmed"
              type="checkbox"
              required
              aria-invalid={confirmError ? true : undefined}
              aria-describedby={confirmError ? "anonymise-confirmed-error" : undefined}
            />
            <label className="kern-label" htmlFor="anonymise-confirmed">
              {t("confirmLabel")}
            </label>
          </div>
          {confirmError && (
            <p className="kern-error" id="anonymise-confirmed-error">
              {t(confirmError)}
            </p>
          )}
          <div>
            <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
              <span className="kern-label">{pending ? t("pending") : t("submit", { count: preview.count })}</span>
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
