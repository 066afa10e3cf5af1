"use client";

import { type FormEvent, startTransition, useActionState, useState } from "react";
import { ROLE_LABELS, type Role } from "@/lib/permissions";
import { Alert } from "./alert";
import { Field, inputClass, OptionSelect, type SelectOption } from "./field";
import type { UserFormState, UserFormValues } from "./form-state";
import { OneTimeSecret } from "./one-time-secret";

type Action = (state: UserFormState, data: FormData) => Promise<UserFormState>;

type Props = {
  action: Action;
  providers: SelectOption[];
  schools: SelectOption[];
  initial: UserFormValues;
  /** Set when editing: the user's id and the version the form was loaded at. */
  edit?: { id: string; version: number };
};

const ROLE_OPTIONS: SelectOption[] = (["ADMIN", "SUPERVISOR", "PROVIDER", "SCHOOL"] as Role[]).map((role) => ({
  id: role,
  label: ROLE_LABELS[role],
}));

/** Create or edit a user: e-mail, name, role, and the provider or school the role needs. */
export function UserForm({ action, providers, schools, initial, edit }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? initial;
  // The role decides which binding is asked for; controlled, so a refused save keeps it.
  const [role, setRole] = useState(values.role);
  const errors = state.fieldErrors ?? {};

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
          title={`Zugang für ${created.name} angelegt`}
          label={`Einmal-Passwort für ${created.email}. Bei der ersten Anmeldung muss es durch ein eigenes ersetzt werden.`}
          secret={created.oneTimePassword}
        />
        <div className="flex flex-wrap gap-4">
          <a className="kern-btn kern-btn--primary" href={`/verwaltung/benutzer/${created.id}`}>
            <span className="kern-label">Zum Zugang</span>
          </a>
          <a className="kern-btn kern-btn--secondary" href="/verwaltung/benutzer/neu">
            <span className="kern-label">Weiteren Zugang anlegen</span>
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
      aria-label={edit ? "Zugang bearbeiten" : "Zugang anlegen"}
    >
      {state.message && (
        <Alert tone={state.conflict ? "warning" : "danger"} title={state.message} testId="user-form-error">
          {state.conflict && edit && (
            <p className="kern-body">
              <a className="kern-link" href={`/verwaltung/benutzer/${edit.id}/bearbeiten`}>
                Aktuellen Stand laden
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
      <Field id="email" label="E-Mail-Adresse" hint="Damit meldet sich die Person an." error={errors.email}>
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
      <Field id="name" label="Name" error={errors.name}>
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
      <Field id="role" label="Rolle" hint="Bestimmt, was der Zugang sehen und ändern darf." error={errors.role}>
        {(control) => (
          <OptionSelect
            control={control}
            name="role"
            options={ROLE_OPTIONS}
            error={errors.role}
            value={role}
            onChange={setRole}
          />
        )}
      </Field>
      {role === "PROVIDER" && (
        <Field
          id="providerId"
          label="Träger"
          hint="Der Zugang sieht nur die Fachkräfte dieses Trägers."
          error={errors.providerId}
        >
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
        <Field id="schoolId" label="Schule" hint="Der Zugang sieht nur diese Schule." error={errors.schoolId}>
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
      {edit && (
        <p className="kern-body kern-body--small">
          Ändern sich Rolle, Träger oder Schule, wird die Person bei ihrer nächsten Aktion abgemeldet.
        </p>
      )}
      <div className="flex flex-wrap gap-4">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
          <span className="kern-label">{pending ? "Wird gespeichert …" : edit ? "Speichern" : "Zugang anlegen"}</span>
        </button>
        <a
          className="kern-btn kern-btn--secondary"
          href={edit ? `/verwaltung/benutzer/${edit.id}` : "/verwaltung/benutzer"}
        >
          <span className="kern-label">Abbrechen</span>
        </a>
      </div>
    </form>
  );
}
