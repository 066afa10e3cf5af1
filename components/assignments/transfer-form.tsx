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
  /** The assignment as loaded: sent along, so that the last day's rules answer with the other errors. */
  assignment: { id: string; version: number; schoolId: string; validFrom: string; validUntil: string | null };
  schools: SelectOption[];
  fundingSources: SelectOption[];
  /** Offered: the FTE (as typed, "0,5") and funding of the current assignment, and a last day. */
  initial: { lastDay: string; fte: string; fundingSourceId: string };
  cancelHref: string;
};

/** A transfer: the last day at the current school, the new school, FTE and funding there. */
export function TransferForm({ action, assignment, schools, fundingSources, initial, cancelHref }: Props) {
  const t = useTranslations("assignments");
  const messages = useFieldMessages();
  const { state, pending, onSubmit } = useKeptForm(action);
  const alert = useAssignmentAlert(state, `/einsaetze/${assignment.id}/wechsel`);
  const fields: FieldSpec[] = [
    {
      name: "lastDay",
      label: t("fields.lastDay"),
      hint: t("fields.lastDayHint"),
      kind: "date",
      required: true,
      errorText: { invalid: t("errors.lastDayOutside"), dateOrder: t("errors.lastDayBeforeStart") },
    },
    {
      name: "toSchoolId",
      label: t("fields.toSchool"),
      hint: t("fields.schoolHint"),
      kind: "select",
      options: choicesOf(schools),
      required: true,
      errorText: { invalid: t("errors.schoolInvalid"), overlap: t("errors.overlapTarget") },
    },
    { name: "fte", label: t("fields.transferFte"), hint: t("fields.fteHint"), kind: "decimal", required: true },
    {
      name: "fundingSourceId",
      label: t("fields.transferFunding"),
      hint: t("fields.fundingHint"),
      kind: "select",
      options: choicesOf(fundingSources),
      empty: t("fields.noFunding"),
      errorText: { invalid: t("errors.fundingInvalid") },
    },
  ];

  return (
    <DeclarativeForm
      label={t("transfer.label")}
      fields={fields}
      values={state.values ?? initial}
      errors={messages(fields, state.fieldErrors)}
      choose={t("form.choose")}
      round={state}
      onSubmit={onSubmit}
      hidden={{
        id: assignment.id,
        version: assignment.version,
        assignmentFrom: assignment.validFrom,
        assignmentUntil: assignment.validUntil ?? "",
        fromSchoolId: assignment.schoolId,
      }}
      alert={alert}
      errorTestId="assignment-form-error"
      submit={{ label: t("transfer.submit"), pendingLabel: t("form.saving"), pending }}
      cancel={{ href: cancelHref, label: t("form.cancel") }}
    />
  );
}
