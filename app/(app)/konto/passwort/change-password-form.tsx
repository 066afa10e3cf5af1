"use client";

import { useActionState } from "react";
import { type ChangePasswordState, changePasswordAction } from "./actions";

type FieldName = "currentPassword" | "newPassword" | "repeatPassword";

function Field({
  name,
  label,
  autoComplete,
  error,
  hint,
}: {
  name: FieldName;
  label: string;
  autoComplete: string;
  error?: string;
  hint?: string;
}) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`kern-form-input ${error ? "kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={name}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={`${name}-hint`}>
          {hint}
        </div>
      )}
      <input
        className={`kern-form-input__input ${error ? "kern-form-input__input--error" : ""}`}
        id={name}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error && (
        <p className="kern-error" id={`${name}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, {});
  const errors = state.fieldErrors ?? {};
  const hasErrors = Boolean(state.message) || Object.keys(errors).length > 0;
  return (
    <form action={action} className="flex flex-col gap-6" aria-label="Passwort ändern">
      {hasErrors && (
        <div className="kern-alert kern-alert--danger" role="alert" data-testid="change-password-error">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-title">{state.message ?? "Bitte prüfen Sie Ihre Eingaben."}</span>
          </div>
        </div>
      )}
      <Field
        name="currentPassword"
        label="Bisheriges Passwort (oder Einmal-Passwort)"
        autoComplete="current-password"
        error={errors.currentPassword}
      />
      <Field
        name="newPassword"
        label="Neues Passwort"
        autoComplete="new-password"
        hint="Mindestens 12 Zeichen."
        error={errors.newPassword}
      />
      <Field
        name="repeatPassword"
        label="Neues Passwort wiederholen"
        autoComplete="new-password"
        error={errors.repeatPassword}
      />
      <div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
          <span className="kern-label">{pending ? "Wird gespeichert …" : "Passwort ändern"}</span>
        </button>
      </div>
    </form>
  );
}
