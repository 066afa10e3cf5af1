import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";

// The benchmark's floor (`npm run bench`): a page that does nothing but render, per request,
// through the same proxy, root layout and server as every other page. It reads no data and
// shows nothing but the app's name. Behind sign-in like the app (the proxy's cheap check).

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function EmptyPage() {
  await connection(); // rendered on every request, like the pages it is compared with
  const t = await getTranslations("common");
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-3xl px-4 py-8">
      <h1 className="kern-heading-large">{t("appName")}</h1>
    </main>
  );
}
