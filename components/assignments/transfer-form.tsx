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
  id: string;
  version: number;
  fromSchoolId: string;
  schools: SelectOption[];
  fundingSources: SelectOption[];
  /** Offered: the FTE (as typed, "0,5") and funding of the current assignment, and a last day. */
  initial: { lastDay: string; fte: string; fundingSourceId: string };
  cancelHref: string;
};

/** A transfer: the last day at the current school, the new school, FTE and funding there. */
export function TransferForm({
  action,
  id,
  version,
  fromSchoolId,
  schools,
  fundingSources,
  initial,
  cancelHref,
}: Props) {
  const t = useTranslations("assignments");
  const errorText = useErrorText();
  const { state, pending, onSubmit } = useRecordForm(action);
  const values: Record<string, string> = state.values ?? initial;
  const errorOf = (field: string): string[] | undefined => {
    const keys = state.fieldErrors?.[field] as ErrorKey[] | undefined;
    if (field === "toSchoolId" && keys?.includes("invalid")) return [t("errors.schoolInvalid")];
    if (field === "toSchoolId" && keys?.includes("overlap")) return [t("errors.overlapTarget")];
    if (field === "lastDay" && keys?.includes("invalid")) return [t("errors.lastDayOutside")];
    if (field === "lastDay" && keys?.includes("dateOrder")) return [t("errors.lastDayBeforeStart")];
    if (field === "fundingSourceId" && keys?.includes("invalid")) return [t("errors.fundingInvalid")];
    return errorText(keys);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-6" aria-label={t("transfer.label")}>
      <AssignmentFormAlerts state={state} reloadHref={`/einsaetze/${id}/wechsel`} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="fromSchoolId" value={fromSchoolId} />
      <Field id="lastDay" label={t("fields.lastDay")} hint={t("fields.lastDayHint")} error={errorOf("lastDay")}>
        {(control) => (
          <input
            {...control}
            className={inputClass(errorOf("lastDay"))}
            name="lastDay"
            type="date"
            required
            defaultValue={values.lastDay}
          />
        )}
      </Field>
      <Field id="toSchoolId" label={t("fields.toSchool")} hint={t("fields.schoolHint")} error={errorOf("toSchoolId")}>
        {(control) => (
          <SelectControl
            control={control}
            name="toSchoolId"
            options={schools}
            defaultValue={values.toSchoolId}
            emptyLabel={t("form.choose")}
            required
            error={errorOf("toSchoolId")}
          />
        )}
      </Field>
      <Field id="fte" label={t("fields.transferFte")} hint={t("fields.fteHint")} error={errorOf("fte")}>
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
      <Field
        id="fundingSourceId"
        label={t("fields.transferFunding")}
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
      <div className="flex flex-wrap gap-4">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
          <span className="kern-label">{pending ? t("form.saving") : t("transfer.submit")}</span>
        </button>
        <a className="kern-btn kern-btn--secondary" href={cancelHref}>
          <span className="kern-label">{t("form.cancel")}</span>
        </a>
      </div>
    </form>
  );
}
