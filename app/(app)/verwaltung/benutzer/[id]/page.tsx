import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { Alert } from "@/components/admin/alert";
import { orNotFound } from "@/components/admin/or-not-found";
import { UserCommands } from "@/components/admin/user-commands";
import { UserDetails } from "@/components/admin/user-details";
import { getUser } from "@/lib/dal/users";
import { requireViewer } from "@/lib/dal/viewer";
import { userIdSchema } from "@/lib/schemas/user";
import { resetPasswordAction, setUserActiveAction, signOutEverywhereAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("detailTitle") };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ gespeichert?: string | string[] }>;
};

export default async function UserPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const id = userIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const user = await orNotFound(getUser(viewer, id.data));
  const saved = (await searchParams).gespeichert !== undefined;
  const t = await getTranslations("users");

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <AdminNav current="/verwaltung/benutzer" />
      <p className="kern-body mb-2">
        <a className="kern-link" href="/verwaltung/benutzer">
          {t("allUsers")}
        </a>
      </p>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="kern-heading-large">{user.name}</h1>
        <a className="kern-btn kern-btn--secondary" href={`/verwaltung/benutzer/${user.id}/bearbeiten`}>
          <span className="kern-icon kern-icon--edit" aria-hidden="true" />
          <span className="kern-label">{t("edit")}</span>
        </a>
      </div>
      {saved && (
        <div className="mb-6">
          <Alert tone="success" title={t("saved")} testId="user-saved" />
        </div>
      )}
      <div className="mb-8">
        <UserDetails user={user} />
      </div>
      <div className="mb-8">
        <UserCommands
          userId={user.id}
          active={user.active}
          self={viewer.userId === user.id}
          actions={{
            setActive: setUserActiveAction,
            signOutEverywhere: signOutEverywhereAction,
            resetPassword: resetPasswordAction,
          }}
        />
      </div>
      <ul className="flex flex-wrap gap-6">
        <li>
          <a className="kern-link" href={`/verwaltung/api-tokens?zugang=${user.id}`}>
            {t("tokensOfUser")}
          </a>
        </li>
        <li>
          <a className="kern-link" href={`/verwaltung/protokoll?objekt=User&id=${user.id}`}>
            {t("auditOfUser")}
          </a>
        </li>
      </ul>
    </main>
  );
}
