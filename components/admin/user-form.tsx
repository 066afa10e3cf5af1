"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { DeclarativeForm } from "@/components/forms/declarative-form";
import { choicesOf, type FieldSpec } from "@/components/forms/field-spec";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { Role } from "@/lib/permissions";
import type { SelectOption } from "./field";
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
  const { state, pending, onSubmit } = useKeptForm(action);
  const t = useTranslations("users");
  const tc = useTranslations("common");
  const text = useMessageText();
  const values: UserFormValues = state.values ?? initial;
  // The role decides which binding is asked for.
  const [role, setRole] = useState(values.role);
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLSelectElement;
    if (target.name === "role") setRole(target.value);
  };
  const errors = Object.fromEntries(
    Object.entries(state.fieldErrors ?? {}).map(([field, messages]) => [field, messages?.map(text)]),
  );

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

  const fields: FieldSpec[] = [
    { name: "email", label: t("form.email"), hint: t("form.emailHint"), kind: "email", required: true },
    { name: "name", label: t("form.name"), kind: "text", required: true },
    {
      name: "role",
      label: t("form.role"),
      hint: t("form.roleHint"),
      kind: "select",
      options: ROLES.map((id) => ({ value: id, label: tc(`roles.${id}`) })),
      required: true,
    },
    ...(role === "PROVIDER"
      ? [
          {
            name: "providerId",
            label: t("form.provider"),
            hint: t("form.providerHint"),
            kind: "select",
            options: choicesOf(providers),
            required: true,
          } satisfies FieldSpec,
        ]
      : []),
    ...(role === "SCHOOL"
      ? [
          {
            name: "schoolId",
            label: t("form.school"),
            hint: t("form.schoolHint"),
            kind: "select",
            options: choicesOf(schools),
            required: true,
          } satisfies FieldSpec,
        ]
      : []),
  ];

  return (
    <DeclarativeForm
      label={edit ? t("editTitle") : t("create")}
      fields={fields}
      values={{ ...values, role }}
      errors={errors}
      choose={t("form.choose")}
      round={state}
      onSubmit={onSubmit}
      onChange={onChange}
      hidden={edit ? { id: edit.id, version: edit.version } : undefined}
      alert={
        state.message
          ? {
              tone: state.conflict ? "warning" : "danger",
              title: text(state.message),
              body: state.conflict && edit && (
                <p className="kern-body">
                  <a className="kern-link" href={`/verwaltung/benutzer/${edit.id}/bearbeiten`}>
                    {t("form.reloadCurrent")}
                  </a>
                </p>
              ),
            }
          : null
      }
      errorTestId="user-form-error"
      note={edit && <p className="kern-body kern-body--small">{t("form.accessChangeNote")}</p>}
      submit={{ label: edit ? t("form.save") : t("create"), pendingLabel: t("form.saving"), pending }}
      cancel={{
        href: edit ? `/verwaltung/benutzer/${edit.id}` : "/verwaltung/benutzer",
        label: t("form.cancel"),
      }}
    />
  );
}
