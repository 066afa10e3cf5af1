import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { safeNextPath } from "@/lib/auth/next-path";
import { getSessionState } from "@/lib/dal/viewer";
import { expectedOrigin } from "@/lib/http/origin";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// next-auth sends codes, never text, in ?error=; only these are shown (anything else: generic).
// "Origin": proxy.ts refused a form posted from another address (lib/http/early-refusal.ts).
function messageKeyFor(error: string | undefined) {
  if (!error) return null;
  if (error === "Origin") return "errors.origin" as const;
  if (error === "CredentialsSignin") return "errors.invalid" as const;
  if (error.startsWith("Throttled")) return "errors.throttled" as const;
  if (error === "SessionRequired") return "errors.sessionRequired" as const;
  return "errors.failed" as const;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(first(params.next) ?? first(params.callbackUrl));
  const state = await getSessionState();
  if (state) redirect(state.mustChangePassword ? "/konto/passwort" : next);
  const signedOut = first(params.abgemeldet) === "1";
  const t = await getTranslations("auth");
  const errorKey = messageKeyFor(first(params.error));
  // The address this server is set up under (NEXTAUTH_URL), else the one this page came from.
  const address = `${expectedOrigin(await headers()) ?? ""}/anmelden`;

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-lg px-4 py-12">
      <p className="kern-body kern-body--muted">{t("eyebrow")}</p>
      <h1 className="kern-heading-large mb-6">{t("title")}</h1>
      {signedOut && (
        <div className="kern-alert kern-alert--success mb-6" role="status">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--success" aria-hidden="true" />
            <span className="kern-title">{t("signedOut")}</span>
          </div>
        </div>
      )}
      <SignInForm next={next} initialError={errorKey ? t(errorKey, { address }) : null} />
      <p className="kern-body kern-body--small mt-8">{t("forgotPassword")}</p>
      <p className="kern-body kern-body--small mt-2">
        <a className="kern-link" href="/">
          {t("toPublic")}
        </a>
      </p>
    </main>
  );
}
