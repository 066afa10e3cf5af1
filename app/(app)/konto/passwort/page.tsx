import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { getSessionState, requireViewer } from "@/lib/dal/viewer";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function ChangePasswordPage() {
  await requireViewer({ allowPasswordChange: true });
  const forced = (await getSessionState())?.mustChangePassword ?? false;
  const t = await getTranslations("account");
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-lg px-4 py-8">
      <h1 className="kern-heading-large mb-4">{t("title")}</h1>
      {forced && (
        <div className="kern-alert kern-alert--info mb-6" role="status">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--info" aria-hidden="true" />
            <span className="kern-title">{t("forcedTitle")}</span>
          </div>
          <div className="kern-alert__body">
            <p className="kern-body">{t("forcedBody")}</p>
          </div>
        </div>
      )}
      <p className="kern-body mb-6">{t("intro", { min: PASSWORD_MIN_LENGTH })}</p>
      <ChangePasswordForm minLength={PASSWORD_MIN_LENGTH} />
    </main>
  );
}
