"use client";

import { useLocale, useTranslations } from "next-intl";
import { DeclarativeForm } from "@/components/forms/declarative-form";
import type { FieldSpec } from "@/components/forms/field-spec";
import { stateAlert } from "@/components/forms/form-alert";
import { useErrorText, useFieldMessages } from "@/components/forms/use-error-text";
import { useKeptForm } from "@/components/forms/use-kept-form";
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
  const messages = useFieldMessages();
  const { state, pending, onSubmit } = useKeptForm(action);
  const fields: FieldSpec[] = [{ name: "employedUntil", label: t("end.lastDay"), kind: "date", required: true }];
  const alert = stateAlert(
    state,
    { notFound: t("form.notFound"), message: (key) => errorText([key])?.[0] ?? "" },
    state.current && (
      <p className="kern-body">
        {t("fields.employedUntil")}:{" "}
        {state.current.employedUntil ? formatDay(state.current.employedUntil, locale) : t("open")} ·{" "}
        <a className="kern-link" href={`/fachkraefte/${id}/beenden`}>
          {t("form.reload")}
        </a>
      </p>
    ),
  );

  return (
    <DeclarativeForm
      label={t("end.label")}
      fields={fields}
      values={state.values ?? { employedUntil: defaultDay }}
      errors={messages(fields, state.fieldErrors)}
      choose={t("form.choose")}
      round={state}
      onSubmit={onSubmit}
      hidden={{ id, version }}
      alert={alert}
      errorTestId="staff-form-error"
      note={
        hasOpenAssignments && (
          <p className="kern-body" id="endAssignments-hint" data-testid="end-assignments-hint">
            {t("end.endAssignmentsHint")}
          </p>
        )
      }
      submit={{ label: t("end.submit"), pendingLabel: t("form.saving"), pending }}
      cancel={{ href: cancelHref, label: t("form.cancel") }}
    />
  );
}
