import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.notFound");
  return { title: t("title") };
}

// The 404 page. Rendered per request so that its scripts carry the CSP nonce.
export default async function NotFound() {
  await connection();
  const t = await getTranslations("common");
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-3xl px-4 py-12">
      <h1 className="kern-heading-large mb-4">{t("notFound.title")}</h1>
      <p className="kern-body">{t("notFound.body")}</p>
      <p className="kern-body mt-6">
        <a className="kern-link" href="/">
          {t("toHome")}
        </a>
      </p>
    </main>
  );
}
