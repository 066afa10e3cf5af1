"use client";

import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState } from "react";
import { Alert } from "@/components/admin/alert";
import { Field, inputClass, type SelectOption } from "@/components/admin/field";
import { useErrorText } from "@/components/forms/use-error-text";
import type { ErrorKey } from "@/lib/dal/internal/write-result";
import { formatDay } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { RecordFormState } from "./form-state";
import { formatFteMilli } from "./format";
import { SelectControl } from "./select-control";

type Action = (state: RecordFormState, data: FormData) => Promise<RecordFormState>;

type Props = {
  action: Action;
  /** The form's starting values (all strings, as typed). */
  initial: Record<string, string>;
  /** Admin: choose the provider from these. */
  providers: SelectOption[] | null;
  /** Provider: their own, fixed. */
  fixedProvider: string | null;
  /** Employment period fields (admin always; a provider only when adding). */
  employmentDates: boolean;
  /** Editing: the record's id and the version the form was loaded at. */
  edit?: { id: string; version: number };
  cancelHref: string;
};

const TEXT_FIELDS = [
  { name: "personnelNumber", autoComplete: "off", type: "text", required: true },
  { name: "lastName", autoComplete: "off", type: "text", required: true },
  { name: "firstName", autoComplete: "off", type: "text", required: true },
  { name: "email", autoComplete: "off", type: "email", required: false },
  { name: "phone", autoComplete: "off", type: "tel", required: false },
] as const;

/** Add or edit a staff member. German input formats: FTE "0,5", dates from the date picker. */
export function StaffForm({ action, initial, providers, fixedProvider, employmentDates, edit, cancelHref }: Props) {
  const t = useTranslations("staff");
  const locale = useLocale() as Locale;
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};

  // Some rules read better in the words of this form.
  const errorOf = (field: string): string[] | undefined => {
    const keys = errors[field];
    if (field === "employmentFte" && keys?.includes("fteOverContract")) return [t("errors.contractBelowAssignments")];
    if (field === "providerId" && keys?.includes("invalid")) return [t("errors.providerInvalid")];
    return errorText(keys as ErrorKey[] | undefined);
  };

  // Submitted by hand: React resets a form after an action, and a refused form must keep what was typed.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const current = state.current;
  const shown = (field: string, value: string | undefined) => {
    if (!value) return t("none");
    if (field === "employmentFte") return formatFteMilli(Number(value), locale);
    if (field === "employedFrom" || field === "employedUntil") return formatDay(value, locale);
    return value;
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-xl flex-col gap-6"
      aria-label={edit ? t("form.editLabel") : t("form.createLabel")}
    >
      {state.notFound && <Alert tone="danger" title={t("form.notFound")} testId="staff-form-error" />}
      {state.message && (
        <Alert
          tone={state.message === "conflict" ? "warning" : "danger"}
          title={errorText([state.message])?.[0] ?? ""}
          testId="staff-form-error"
        >
          {current && edit && (
            <>
              <p className="kern-body kern-body--bold">{t("form.conflictCurrent")}</p>
              <dl className="kern-description-list" data-testid="staff-conflict-current">
                {Object.entries(current).map(([field, value]) => (
                  <div key={field} className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">{t(`fields.${field as "firstName"}`)}</dt>
                    <dd className="kern-description-list-item__value">{shown(field, value)}</dd>
                  </div>
                ))}
              </dl>
              <p className="kern-body">
                <a className="kern-link" href={`/fachkraefte/${edit.id}/bearbeiten`}>
                  {t("form.reload")}
                </a>
              </p>
            </>
          )}
        </Alert>
      )}
      {edit && (
        <>
          <input type="hidden" name="id" value={edit.id} />
          <input type="hidden" name="version" value={edit.version} />
        </>
      )}
      {providers ? (
        <Field id="providerId" label={t("fields.provider")} error={errorOf("providerId")}>
          {(control) => (
            <SelectControl
              control={control}
              name="providerId"
              options={providers}
              defaultValue={values.providerId}
              emptyLabel={t("form.choose")}
              required
              error={errorOf("providerId")}
            />
          )}
        </Field>
      ) : fixedProvider ? (
        <p className="kern-body">{t("form.providerFixed", { provider: fixedProvider })}</p>
      ) : null}
      {TEXT_FIELDS.map((field) => (
        <Field key={field.name} id={field.name} label={t(`fields.${field.name}`)} error={errorOf(field.name)}>
          {(control) => (
            <input
              {...control}
              className={inputClass(errorOf(field.name))}
              name={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              required={field.required}
              defaultValue={values[field.name]}
            />
          )}
        </Field>
      ))}
      <Field
        id="qualification"
        label={t("fields.qualification")}
        hint={t("fields.qualificationHint")}
        error={errorOf("qualification")}
      >
        {(control) => (
          <input
            {...control}
            className={inputClass(errorOf("qualification"))}
            name="qualification"
            type="text"
            defaultValue={values.qualification}
          />
        )}
      </Field>
      <Field
        id="employmentFte"
        label={t("fields.employmentFte")}
        hint={t("fields.employmentFteHint")}
        error={errorOf("employmentFte")}
      >
        {(control) => (
          <input
            {...control}
            className={inputClass(errorOf("employmentFte"))}
            name="employmentFte"
            type="text"
            inputMode="decimal"
            required
            defaultValue={values.employmentFte}
          />
        )}
      </Field>
      {employmentDates ? (
        <>
          <Field id="employedFrom" label={t("fields.employedFrom")} error={errorOf("employedFrom")}>
            {(control) => (
              <input
                {...control}
                className={inputClass(errorOf("employedFrom"))}
                name="employedFrom"
                type="date"
                required
                defaultValue={values.employedFrom}
              />
            )}
          </Field>
          <Field
            id="employedUntil"
            label={t("fields.employedUntil")}
            hint={t("fields.employedUntilHint")}
            error={errorOf("employedUntil")}
          >
            {(control) => (
              <input
                {...control}
                className={inputClass(errorOf("employedUntil"))}
                name="employedUntil"
                type="date"
                defaultValue={values.employedUntil}
              />
            )}
          </Field>
        </>
      ) : (
        <p className="kern-body kern-body--small">{t("form.providerOnly")}</p>
      )}
      <div className="flex flex-wrap gap-4">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
          <span className="kern-label">{pending ? t("form.saving") : edit ? t("form.save") : t("form.create")}</span>
        </button>
        <a className="kern-btn kern-btn--secondary" href={cancelHref}>
          <span className="kern-label">{t("form.cancel")}</span>
        </a>
      </div>
    </form>
  );
}
