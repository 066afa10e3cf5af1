import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appTitle"), template: `%s · ${t("appName")}` },
    description: t("appDescription"),
    // public/icon.svg: static files are served from public/ (the Dockerfile copies it).
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} data-kern-theme="light">
      <body className="min-h-screen">
        {/* No message catalog here: the areas whose client components translate send their own
            (components/i18n/client-messages.tsx); the public page needs none. */}
        {children}
      </body>
    </html>
  );
}
