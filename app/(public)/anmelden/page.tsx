import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNextPath } from "@/lib/auth/next-path";
import { getSessionState } from "@/lib/dal/viewer";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Anmelden" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// next-auth sends codes, never text, in ?error=; only these are shown (anything else: generic).
function messageFor(error: string | undefined): string | null {
  if (!error) return null;
  if (error === "CredentialsSignin") return "E-Mail-Adresse oder Passwort ist falsch.";
  if (error.startsWith("Throttled")) {
    return "Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.";
  }
  if (error === "SessionRequired") return "Bitte melden Sie sich an.";
  return "Die Anmeldung ist fehlgeschlagen. Bitte versuchen Sie es erneut.";
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(first(params.next) ?? first(params.callbackUrl));
  const state = await getSessionState();
  if (state) redirect(state.mustChangePassword ? "/konto/passwort" : next);
  const signedOut = first(params.abgemeldet) === "1";

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-lg px-4 py-12">
      <p className="kern-body kern-body--muted">Stellwerk · Schulsozialarbeit</p>
      <h1 className="kern-heading-large mb-6">Anmelden</h1>
      {signedOut && (
        <div className="kern-alert kern-alert--success mb-6" role="status">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--success" aria-hidden="true" />
            <span className="kern-title">Sie sind abgemeldet.</span>
          </div>
        </div>
      )}
      <SignInForm next={next} initialError={messageFor(first(params.error))} />
      <p className="kern-body kern-body--small mt-8">
        Passwort vergessen? Bitte wenden Sie sich an die Koordinierungsstelle; sie vergibt Ihnen ein neues
        Einmal-Passwort.
      </p>
      <p className="kern-body kern-body--small mt-2">
        <a className="kern-link" href="/">
          Zur öffentlichen Übersicht
        </a>
      </p>
    </main>
  );
}
