"use client";

import { useTranslations } from "next-intl";
import type { SelectOption } from "@/components/admin/field";
import { DeclarativeForm } from "@/components/forms/declarative-form";
import { choicesOf, type FieldSpec } from "@/components/forms/field-spec";
import { useFieldMessages } from "@/components/forms/use-error-text";
import { useKeptForm } from "@/components/forms/use-kept-form";
import type { RecordFormState } from "@/components/staff/form-state";
import { useAssignmentAlert } from "./form-alerts";

type Props = {
  action: (state: RecordFormState, data: FormData) => Promise<RecordFormState>;
  staffMemberId: string;
  schools: SelectOption[];
  fundingSources: SelectOption[];
  defaultFrom: string;
  cancelHref: string;
};

/** A new assignment: school, FTE ("0,5" or "0.5"), from, until (optional), funding (optional). */
export function AssignmentForm({ action, staffMemberId, schools, fundingSources, defaultFrom, cancelHref }: Props) {
  const t = useTranslations("assignments");
  const messages = useFieldMessages();
  const { state, pending, onSubmit } = useKeptForm(action);
  const alert = useAssignmentAlert(state, cancelHref);
  const fields: FieldSpec[] = [
    {
      name: "schoolId",
      label: t("fields.school"),
      hint: t("fields.schoolHint"),
      kind: "select",
      options: choicesOf(schools),
      required: true,
      errorText: { invalid: t("errors.schoolInvalid") },
    },
    { name: "fte", label: t("fields.fte"), hint: t("fields.fteHint"), kind: "decimal", required: true },
    { name: "validFrom", label: t("fields.validFrom"), kind: "date", required: true },
    {
      name: "validUntil",
      label: t("fields.validUntil"),
      hint: t("fields.validUntilHint"),
      kind: "date",
      errorText: { dateOrder: t("errors.untilBeforeFrom") },
    },
    {
      name: "fundingSourceId",
      label: t("fields.fundingSource"),
      hint: t("fields.fundingHint"),
      kind: "select",
      options: choicesOf(fundingSources),
      empty: t("fields.noFunding"),
      errorText: { invalid: t("errors.fundingInvalid") },
    },
    { name: "note", label: t("fields.note"), kind: "text" },
  ];

  return (
    <DeclarativeForm
      label={t("create.label")}
      fields={fields}
      values={state.values ?? { validFrom: defaultFrom }}
      errors={messages(fields, state.fieldErrors)}
      choose={t("form.choose")}
      round={state}
      onSubmit={onSubmit}
      hidden={{ staffMemberId }}
      alert={alert}
      errorTestId="assignment-form-error"
      submit={{ label: t("create.submit"), pendingLabel: t("form.saving"), pending }}
      cancel={{ href: cancelHref, label: t("form.cancel") }}
    />
  );
}
