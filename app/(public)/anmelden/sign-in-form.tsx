"use client";

import { signIn } from "next-auth/react";
import { type FormEvent, useEffect, useRef, useState } from "react";

// The sign-in form. next-auth's signIn() fetches a CSRF token and posts to
// /api/auth/callback/credentials; on success the whole page is loaded anew at `next`, so the
// server renders it with the new session cookie.

const MESSAGES = {
  invalid: "E-Mail-Adresse oder Passwort ist falsch.",
  throttled: (seconds: number) =>
    seconds > 90
      ? `Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie ${Math.ceil(seconds / 60)} Minuten und versuchen Sie es dann erneut.`
      : `Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie ${Math.max(1, seconds)} Sekunden und versuchen Sie es dann erneut.`,
  failed: "Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es später erneut.",
  missing: "Bitte geben Sie E-Mail-Adresse und Passwort ein.",
};

function messageFor(error: string | null | undefined): string {
  if (!error) return MESSAGES.failed;
  if (error === "CredentialsSignin") return MESSAGES.invalid;
  const throttled = /^Throttled:(\d+)$/.exec(error);
  if (throttled) return MESSAGES.throttled(Number(throttled[1]));
  return MESSAGES.failed;
}

export function SignInForm({ next, initialError }: { next: string; initialError: string | null }) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    if (!email || !password) {
      setError(MESSAGES.missing);
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
      setError(MESSAGES.failed);
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Anmeldung" className="flex flex-col gap-6">
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
          E-Mail-Adresse
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
          Passwort
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
        <p className="kern-body">Für die Anmeldung muss JavaScript eingeschaltet sein.</p>
      </noscript>
      <div>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
          <span className="kern-label">{pending ? "Anmeldung läuft …" : "Anmelden"}</span>
        </button>
      </div>
    </form>
  );
}
