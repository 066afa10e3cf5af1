import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { orNotFound } from "@/components/admin/or-not-found";
import { UserTable } from "@/components/admin/user-table";
import { listUsers } from "@/lib/dal/users";
import { requireViewer } from "@/lib/dal/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage() {
  const viewer = await requireViewer();
  const users = await orNotFound(listUsers(viewer));
  const t = await getTranslations("users");
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <AdminNav current="/verwaltung/benutzer" />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="kern-heading-large">{t("title")}</h1>
        <a className="kern-btn kern-btn--primary" href="/verwaltung/benutzer/neu">
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">{t("create")}</span>
        </a>
      </div>
      <UserTable users={users} />
    </main>
  );
}
