"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { type SignInState, signInAction } from "./actions";

// The sign-in form: a POST to a server action, so it works the same before its script has
// loaded (or without JavaScript at all) and the password never lands in an address. On
// success the action sets the session cookie and redirects to `next`.

export function SignInForm({ next, initialError }: { next: string; initialError: string | null }) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState<SignInState, FormData>(
    signInAction,
    initialError ? { error: initialError } : {},
  );
  const alertRef = useRef<HTMLDivElement>(null);
  const error = state.error ?? null;

  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  return (
    // React renders a server action form as method="post" (no method attribute of our own).
    <form action={formAction} noValidate aria-label={t("form.label")} className="flex flex-col gap-6">
      <input type="hidden" name="next" value={next} />
      {error && (
        <div
          ref={alertRef}
          tabIndex={-1}
          className="kern-alert kern-alert--danger"
          role="alert"
          data-testid="sign-in-error"
        >
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-title">{error}</span>
          </div>
        </div>
      )}
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="email">
          {t("form.email")}
        </label>
        <input
          className="kern-form-input__input"
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          required
        />
      </div>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="password">
          {t("form.password")}
        </label>
        <input
          className="kern-form-input__input"
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      <div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
          <span className="kern-label">{pending ? t("form.pending") : t("form.submit")}</span>
        </button>
      </div>
    </form>
  );
}
