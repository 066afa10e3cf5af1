"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass, type SelectOption } from "@/components/admin/field";
import { useErrorText } from "@/components/forms/use-error-text";
import type { RecordFormState } from "@/components/staff/form-state";
import { SelectControl } from "@/components/staff/select-control";
import type { ErrorKey } from "@/lib/dal/internal/write-result";
import { AssignmentFormAlerts } from "./form-alerts";
import { useRecordForm } from "./use-record-form";

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
  const errorText = useErrorText();
  const { state, pending, onSubmit } = useRecordForm(action);
  const values = state.values ?? { validFrom: defaultFrom };
  const errorOf = (field: string): string[] | undefined => {
    const keys = state.fieldErrors?.[field] as ErrorKey[] | undefined;
    if (field === "schoolId" && keys?.includes("invalid")) return [t("errors.schoolInvalid")];
    if (field === "fundingSourceId" && keys?.includes("invalid")) return [t("errors.fundingInvalid")];
    return errorText(keys);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-6" aria-label={t("create.label")}>
      <AssignmentFormAlerts state={state} reloadHref={cancelHref} />
      <input type="hidden" name="staffMemberId" value={staffMemberId} />
      <Field id="schoolId" label={t("fields.school")} hint={t("fields.schoolHint")} error={errorOf("schoolId")}>
        {(control) => (
          <SelectControl
            control={control}
            name="schoolId"
            options={schools}
            defaultValue={values.schoolId}
            emptyLabel={t("form.choose")}
            required
            error={errorOf("schoolId")}
          />
        )}
      </Field>
      <Field id="fte" label={t("fields.fte")} hint={t("fields.fteHint")} error={errorOf("fte")}>
        {(control) => (
          <input
            {...control}
            className={inputClass(errorOf("fte"))}
            name="fte"
            type="text"
            inputMode="decimal"
            required
            defaultValue={values.fte}
          />
        )}
      </Field>
      <Field id="validFrom" label={t("fields.validFrom")} error={errorOf("validFrom")}>
        {(control) => (
          <input
            {...control}
            className={inputClass(errorOf("validFrom"))}
            name="validFrom"
            type="date"
            required
            defaultValue={values.validFrom}
          />
        )}
      </Field>
      <Field
        id="validUntil"
        label={t("fields.validUntil")}
        hint={t("fields.validUntilHint")}
        error={errorOf("validUntil")}
      >
        {(control) => (
          <input
            {...control}
            className={inputClass(errorOf("validUntil"))}
            name="validUntil"
            type="date"
            defaultValue={values.validUntil}
          />
        )}
      </Field>
      <Field
        id="fundingSourceId"
        label={t("fields.fundingSource")}
        hint={t("fields.fundingHint")}
        error={errorOf("fundingSourceId")}
      >
        {(control) => (
          <SelectControl
            control={control}
            name="fundingSourceId"
            options={fundingSources}
            defaultValue={values.fundingSourceId}
            emptyLabel={t("fields.noFunding")}
            error={errorOf("fundingSourceId")}
          />
        )}
      </Field>
      <Field id="note" label={t("fields.note")} error={errorOf("note")}>
        {(control) => (
          <input
            {...control}
            className={inputClass(errorOf("note"))}
            name="note"
            type="text"
            defaultValue={values.note}
          />
        )}
      </Field>
      <div className="flex flex-wrap gap-4">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
          <span className="kern-label">{pending ? t("form.saving") : t("create.submit")}</span>
        </button>
        <a className="kern-btn kern-btn--secondary" href={cancelHref}>
          <span className="kern-label">{t("form.cancel")}</span>
        </a>
      </div>
    </form>
  );
}
