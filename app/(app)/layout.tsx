import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { MainNav } from "@/components/app/main-nav";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { SkipLink } from "@/components/layout/skip-link";
import { PASSWORD_PAGE, PATH_HEADER, requireViewer } from "@/lib/dal/viewer";
import { APP_CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { signOutAction } from "./sign-out-action";

// The signed-in area. Anonymous visitors go to the sign-in page, users with a one-time
// password to the own-password page. Pages check again (requireViewer / getViewer): layouts
// are not re-rendered on every client-side navigation.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const path = (await headers()).get(PATH_HEADER) ?? "";
  const viewer = await requireViewer({ allowPasswordChange: path.startsWith(PASSWORD_PAGE) });
  const t = await getTranslations("common");

  return (
    <ClientMessages namespaces={APP_CLIENT_NAMESPACES}>
      <SkipLink />
      <header className="border-b">
        <div className="kern-container mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <a className="kern-link kern-body--bold" href="/start">
            {t("appName")}
          </a>
          <div className="flex flex-wrap items-center gap-4">
            <p className="kern-body" data-testid="signed-in-as">
              <span className="kern-body--bold">{viewer.name}</span>
              <span className="kern-body--muted"> · {t(`roles.${viewer.role}`)}</span>
            </p>
            <LanguageSwitch />
            {/* The own password: allowed for read-only roles too. */}
            <a className="kern-link" href={PASSWORD_PAGE} data-allowed-for-readers="own-password">
              {t("header.changePassword")}
            </a>
            {/* Signing out changes nothing but the visitor's own session: allowed for read-only roles. */}
            <form action={signOutAction} data-allowed-for-readers="sign-out">
              <button type="submit" className="kern-btn kern-btn--secondary">
                <span className="kern-icon kern-icon--logout" aria-hidden="true" />
                <span className="kern-label">{t("header.signOut")}</span>
              </button>
            </form>
          </div>
        </div>
        <MainNav role={viewer.role} path={path} />
      </header>
      {children}
    </ClientMessages>
  );
}
