"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useState } from "react";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { Role } from "@/lib/permissions";
import { Alert } from "./alert";
import { Field, inputClass, OptionSelect, type SelectOption } from "./field";
import type { UserFormState, UserFormValues } from "./form-state";
import { OneTimeSecret } from "./one-time-secret";

// The roles in the order the select offers them (not lib/schemas/user's ROLES: a client
// component should not pull zod and the catalogs into the browser bundle).
const ROLES: Role[] = ["ADMIN", "SUPERVISOR", "PROVIDER", "SCHOOL"];

type Action = (state: UserFormState, data: FormData) => Promise<UserFormState>;

type Props = {
  action: Action;
  providers: SelectOption[];
  schools: SelectOption[];
  initial: UserFormValues;
  /** Set when editing: the user's id and the version the form was loaded at. */
  edit?: { id: string; version: number };
};

/** Create or edit a user: e-mail, name, role, and the provider or school the role needs. */
export function UserForm({ action, providers, schools, initial, edit }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const text = useMessageText();
  const roleOptions: SelectOption[] = ROLES.map((id) => ({ id, label: tc(`roles.${id}`) }));
  const values = state.values ?? initial;
  // The role decides which binding is asked for; controlled, so a refused save keeps it.
  const [role, setRole] = useState(values.role);
  const fieldErrors = state.fieldErrors ?? {};
  const errors = Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [field, messages?.map(text)]),
  ) as Partial<Record<string, string[]>>;

  // Submitted by hand rather than through the form's `action`: React resets a form after an
  // action, and a refused form must keep what was typed and chosen.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  if (state.created) {
    const { created } = state;
    return (
      <div className="flex flex-col gap-6">
        <OneTimeSecret
          title={t("created.title", { name: created.name })}
          label={t("created.label", { email: created.email })}
          secret={created.oneTimePassword}
        />
        <div className="flex flex-wrap gap-4">
          <a className="kern-btn kern-btn--primary" href={`/verwaltung/benutzer/${created.id}`}>
            <span className="kern-label">{t("created.toUser")}</span>
          </a>
          <a className="kern-btn kern-btn--secondary" href="/verwaltung/benutzer/neu">
            <span className="kern-label">{t("created.another")}</span>
          </a>
        </div>
      </div>
    );
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-xl flex-col gap-6"
      aria-label={edit ? t("editTitle") : t("create")}
    >
      {state.message && (
        <Alert tone={state.conflict ? "warning" : "danger"} title={text(state.message)} testId="user-form-error">
          {state.conflict && edit && (
            <p className="kern-body">
              <a className="kern-link" href={`/verwaltung/benutzer/${edit.id}/bearbeiten`}>
                {t("form.reloadCurrent")}
              </a>
            </p>
          )}
        </Alert>
      )}
      {edit && (
        <>
          <input type="hidden" name="id" value={edit.id} />
          <input type="hidden" name="version" value={edit.version} />
        </>
      )}
      <Field id="email" label={t("form.email")} hint={t("form.emailHint")} error={errors.email}>
        {(control) => (
          <input
            {...control}
            className={inputClass(errors.email)}
            name="email"
            type="email"
            autoComplete="off"
            required
            defaultValue={values.email}
          />
        )}
      </Field>
      <Field id="name" label={t("form.name")} error={errors.name}>
        {(control) => (
          <input
            {...control}
            className={inputClass(errors.name)}
            name="name"
            type="text"
            autoComplete="off"
            required
            defaultValue={values.name}
          />
        )}
      </Field>
      <Field id="role" label={t("form.role")} hint={t("form.roleHint")} error={errors.role}>
        {(control) => (
          <OptionSelect
            control={control}
            name="role"
            options={roleOptions}
            error={errors.role}
            value={role}
            onChange={setRole}
          />
        )}
      </Field>
      {role === "PROVIDER" && (
        <Field id="providerId" label={t("form.provider")} hint={t("form.providerHint")} error={errors.providerId}>
          {(control) => (
            <OptionSelect
              control={control}
              name="providerId"
              options={providers}
              error={errors.providerId}
              defaultValue={values.providerId}
            />
          )}
        </Field>
      )}
      {role === "SCHOOL" && (
        <Field id="schoolId" label={t("form.school")} hint={t("form.schoolHint")} error={errors.schoolId}>
          {(control) => (
            <OptionSelect
              control={control}
              name="schoolId"
              options={schools}
              error={errors.schoolId}
              defaultValue={values.schoolId}
            />
          )}
        </Field>
      )}
      {edit && <p className="kern-body kern-body--small">{t("form.accessChangeNote")}</p>}
      <div className="flex flex-wrap gap-4">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
          <span className="kern-label">{pending ? t("form.saving") : edit ? t("form.save") : t("create")}</span>
        </button>
        <a
          className="kern-btn kern-btn--secondary"
          href={edit ? `/verwaltung/benutzer/${edit.id}` : "/verwaltung/benutzer"}
        >
          <span className="kern-label">{t("form.cancel")}</span>
        </a>
      </div>
    </form>
  );
}
