"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState } from "react";
import { Alert } from "@/components/admin/alert";
import { Field, inputClass } from "@/components/admin/field";
import { useErrorText } from "@/components/forms/use-error-text";
import type { ErrorKey } from "@/lib/dal/internal/write-result";
import { formatDay } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { RecordFormState } from "./form-state";

type Props = {
  action: (state: RecordFormState, data: FormData) => Promise<RecordFormState>;
  id: string;
  version: number;
  defaultDay: string;
  /** Whether there are assignments the option would end; offered (and checked) only then. */
  hasOpenAssignments: boolean;
  cancelHref: string;
};

/** Sets the last day of employment; the assignments beyond it end in the same step (lib/assignment-rules.ts). */
export function EndEmploymentForm({ action, id, version, defaultDay, hasOpenAssignments, cancelHref }: Props) {
  const t = useTranslations("staff");
  const locale = useLocale() as Locale;
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? { employedUntil: defaultDay };
  const errorOf = (field: string) => errorText(state.fieldErrors?.[field] as ErrorKey[] | undefined);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-6" aria-label={t("end.label")}>
      {state.notFound && <Alert tone="danger" title={t("form.notFound")} testId="staff-form-error" />}
      {state.message && (
        <Alert
          tone={state.message === "conflict" ? "warning" : "danger"}
          title={errorText([state.message])?.[0] ?? ""}
          testId="staff-form-error"
        >
          {state.current && (
            <p className="kern-body">
              {t("fields.employedUntil")}:{" "}
              {state.current.employedUntil ? formatDay(state.current.employedUntil, locale) : t("open")} ·{" "}
              <a className="kern-link" href={`/fachkraefte/${id}/beenden`}>
                {t("form.reload")}
              </a>
            </p>
          )}
        </Alert>
      )}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Field id="employedUntil" label={t("end.lastDay")} error={errorOf("employedUntil")}>
        {(control) => (
          <input
            {...control}
            className={inputClass(errorOf("employedUntil"))}
            name="employedUntil"
            type="date"
            required
            defaultValue={values.employedUntil}
          />
        )}
      </Field>
      {hasOpenAssignments && (
        <p className="kern-body" id="endAssignments-hint" data-testid="end-assignments-hint">
          {t("end.endAssignmentsHint")}
        </p>
      )}
      <div className="flex flex-wrap gap-4">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
          <span className="kern-label">{pending ? t("form.saving") : t("end.submit")}</span>
        </button>
        <a className="kern-btn kern-btn--secondary" href={cancelHref}>
          <span className="kern-label">{t("form.cancel")}</span>
        </a>
      </div>
    </form>
  );
}
