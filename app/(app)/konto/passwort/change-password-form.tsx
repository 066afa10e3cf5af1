"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useMessageText } from "@/components/i18n/use-message-text";
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

// The viewer's own password: allowed for read-only roles too (it edits no shared data).
export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const t = useTranslations("account.form");
  const text = useMessageText();
  const [state, action, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, {});
  const errors = state.fieldErrors ?? {};
  const hasErrors = Boolean(state.message) || Object.keys(errors).length > 0;
  const errorOf = (name: FieldName) => {
    const message = errors[name];
    return message ? text(message) : undefined;
  };
  return (
    <form
      action={action}
      className="flex flex-col gap-6"
      aria-label={t("label")}
      data-allowed-for-readers="own-password"
    >
      {hasErrors && (
        <div className="kern-alert kern-alert--danger" role="alert" data-testid="change-password-error">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-title">{state.message ? text(state.message) : t("invalid")}</span>
          </div>
        </div>
      )}
      <Field
        name="currentPassword"
        label={t("current")}
        autoComplete="current-password"
        error={errorOf("currentPassword")}
      />
      <Field
        name="newPassword"
        label={t("new")}
        autoComplete="new-password"
        hint={t("newHint", { min: minLength })}
        error={errorOf("newPassword")}
      />
      <Field name="repeatPassword" label={t("repeat")} autoComplete="new-password" error={errorOf("repeatPassword")} />
      <div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
          <span className="kern-label">{pending ? t("pending") : t("submit")}</span>
        </button>
      </div>
    </form>
  );
}
