"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/admin/field";
import { useErrorText } from "@/components/forms/use-error-text";
import type { RecordFormState } from "@/components/staff/form-state";
import type { ErrorKey } from "@/lib/dal/internal/write-result";
import { AssignmentFormAlerts } from "./form-alerts";
import { useRecordForm } from "./use-record-form";

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
  const errorText = useErrorText();
  const { state, pending, onSubmit } = useRecordForm(action);
  const values = state.values ?? { validUntil: defaultDay };
  const errorOf = (field: string) => errorText(state.fieldErrors?.[field] as ErrorKey[] | undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-6" aria-label={t("end.label")}>
      <AssignmentFormAlerts state={state} reloadHref={`/einsaetze/${id}/beenden`} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Field id="validUntil" label={t("fields.endDay")} error={errorOf("validUntil")}>
        {(control) => (
          <input
            {...control}
            className={inputClass(errorOf("validUntil"))}
            name="validUntil"
            type="date"
            required
            defaultValue={values.validUntil}
          />
        )}
      </Field>
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
