"use client";

import { useTranslations } from "next-intl";
import { DeclarativeForm } from "@/components/forms/declarative-form";
import type { FieldSpec } from "@/components/forms/field-spec";
import { useFieldMessages } from "@/components/forms/use-error-text";
import { useKeptForm } from "@/components/forms/use-kept-form";
import type { RecordFormState } from "@/components/staff/form-state";
import { useAssignmentAlert } from "./form-alerts";

type Props = {
  action: (state: RecordFormState, data: FormData) => Promise<RecordFormState>;
  id: string;
  version: number;
  defaultDay: string;
  cancelHref: string;
};

/** Sets an assignment's last day. */
export function EndAssignmentForm({ action, id, version, defaultDay, cancelHref }: Props) {
  const t = useTranslations("assignments");
  const messages = useFieldMessages();
  const { state, pending, onSubmit } = useKeptForm(action);
  const alert = useAssignmentAlert(state, `/einsaetze/${id}/beenden`);
  const fields: FieldSpec[] = [{ name: "validUntil", label: t("fields.endDay"), kind: "date", required: true }];
  return (
    <DeclarativeForm
      label={t("end.label")}
      fields={fields}
      values={state.values ?? { validUntil: defaultDay }}
      errors={messages(fields, state.fieldErrors)}
      choose={t("form.choose")}
      round={state}
      onSubmit={onSubmit}
      hidden={{ id, version }}
      alert={alert}
      errorTestId="assignment-form-error"
      submit={{ label: t("end.submit"), pendingLabel: t("form.saving"), pending }}
      cancel={{ href: cancelHref, label: t("form.cancel") }}
    />
  );
}
