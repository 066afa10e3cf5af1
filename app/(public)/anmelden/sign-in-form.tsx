"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useRef, useState } from "react";

// The sign-in form. next-auth's signIn() fetches a CSRF token and posts to
// /api/auth/callback/credentials; on success the whole page is loaded anew at `next`, so the
// server renders it with the new session cookie.

export function SignInForm({ next, initialError }: { next: string; initialError: string | null }) {
  const t = useTranslations("auth");
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  function messageFor(code: string | null | undefined): string {
    if (code === "CredentialsSignin") return t("errors.invalid");
    const throttled = /^Throttled:(\d+)$/.exec(code ?? "");
    if (!throttled) return t("errors.unavailable");
    const seconds = Number(throttled[1]);
    return seconds > 90
      ? t("errors.throttledMinutes", { minutes: Math.ceil(seconds / 60) })
      : t("errors.throttledSeconds", { seconds: Math.max(1, seconds) });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    if (!email || !password) {
      setError(t("errors.missing"));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign(next);
        return;
      }
      setError(messageFor(result?.error));
    } catch {
      setError(t("errors.unavailable"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("form.label")} className="flex flex-col gap-6">
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
      <noscript>
        <p className="kern-body">{t("form.noscript")}</p>
      </noscript>
      <div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
          <span className="kern-label">{pending ? t("form.pending") : t("form.submit")}</span>
        </button>
      </div>
    </form>
  );
}
