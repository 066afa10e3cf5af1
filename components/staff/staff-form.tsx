"use client";

import { useLocale, useTranslations } from "next-intl";
import type { SelectOption } from "@/components/admin/field";
import { DeclarativeForm } from "@/components/forms/declarative-form";
import { choicesOf, type FieldSpec } from "@/components/forms/field-spec";
import { stateAlert } from "@/components/forms/form-alert";
import { useErrorText, useFieldMessages } from "@/components/forms/use-error-text";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { formatDay, formatFte } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { RecordFormState } from "./form-state";

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

/** Add or edit a staff member. German input formats: FTE "0,5", dates from the date picker. */
export function StaffForm({ action, initial, providers, fixedProvider, employmentDates, edit, cancelHref }: Props) {
  const t = useTranslations("staff");
  const locale = useLocale() as Locale;
  const errorText = useErrorText();
  const messages = useFieldMessages();
  const { state, pending, onSubmit } = useKeptForm(action);
  const values = state.values ?? initial;

  // The shared error texts speak of "Stellenanteil" and "Ende/Beginn"; this form's labels differ.
  const fields: FieldSpec[] = [
    ...(providers
      ? [
          {
            name: "providerId",
            label: t("fields.provider"),
            kind: "select",
            options: choicesOf(providers),
            empty: t("form.choose"),
            required: true,
            errorText: { invalid: t("errors.providerInvalid") },
          } satisfies FieldSpec,
        ]
      : []),
    { name: "personnelNumber", label: t("fields.personnelNumber"), kind: "text", required: true },
    { name: "lastName", label: t("fields.lastName"), kind: "text", required: true },
    { name: "firstName", label: t("fields.firstName"), kind: "text", required: true },
    { name: "email", label: t("fields.email"), kind: "email" },
    { name: "phone", label: t("fields.phone"), kind: "tel" },
    { name: "qualification", label: t("fields.qualification"), hint: t("fields.qualificationHint"), kind: "text" },
    {
      name: "employmentFte",
      label: t("fields.employmentFte"),
      hint: t("fields.employmentFteHint"),
      kind: "decimal",
      required: true,
      errorText: { fteRange: t("errors.fteRange"), fteOverContract: t("errors.contractBelowAssignments") },
    },
    ...(employmentDates
      ? ([
          { name: "employedFrom", label: t("fields.employedFrom"), kind: "date", required: true },
          {
            name: "employedUntil",
            label: t("fields.employedUntil"),
            hint: t("fields.employedUntilHint"),
            kind: "date",
            errorText: { dateOrder: t("errors.untilBeforeFrom") },
          },
        ] satisfies FieldSpec[])
      : []),
  ];

  const current = state.current;
  const shown = (field: string, value: string | undefined) => {
    if (!value) return t("none");
    if (field === "employmentFte") return formatFte(Number(value), locale);
    if (field === "employedFrom" || field === "employedUntil") return formatDay(value, locale);
    return value;
  };
  const alert = stateAlert(
    state,
    { notFound: t("form.notFound"), message: (key) => errorText([key])?.[0] ?? "" },
    current && edit && (
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
    ),
  );

  return (
    <DeclarativeForm
      label={edit ? t("form.editLabel") : t("form.createLabel")}
      fields={fields}
      values={values}
      errors={messages(fields, state.fieldErrors)}
      choose={t("form.choose")}
      round={state}
      onSubmit={onSubmit}
      hidden={edit ? { id: edit.id, version: edit.version } : undefined}
      alert={alert}
      errorTestId="staff-form-error"
      intro={
        !providers &&
        fixedProvider && <p className="kern-body">{t("form.providerFixed", { provider: fixedProvider })}</p>
      }
      note={!employmentDates && <p className="kern-body kern-body--small">{t("form.providerOnly")}</p>}
      submit={{ label: edit ? t("form.save") : t("form.create"), pendingLabel: t("form.saving"), pending }}
      cancel={{ href: cancelHref, label: t("form.cancel") }}
    />
  );
}
