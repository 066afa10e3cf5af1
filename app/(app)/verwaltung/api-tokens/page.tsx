import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { orNotFound } from "@/components/admin/or-not-found";
import { TokenCreateForm } from "@/components/admin/token-create-form";
import { TokenTable } from "@/components/admin/token-table";
import { addDays } from "@/lib/coverage/dates";
import { listApiTokens, MAX_TOKEN_DAYS } from "@/lib/dal/api-tokens";
import { listUsers } from "@/lib/dal/users";
import { requireViewer } from "@/lib/dal/viewer";
import { todayIso } from "@/lib/key-date";
import { userIdSchema } from "@/lib/schemas/user";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tokens");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ zugang?: string | string[] }> };

export default async function ApiTokensPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const { zugang } = await searchParams;
  const userId = userIdSchema.safeParse(Array.isArray(zugang) ? zugang[0] : zugang);
  const filter = userId.success ? { userId: userId.data } : {};
  const [tokens, users] = await Promise.all([orNotFound(listApiTokens(viewer, filter)), orNotFound(listUsers(viewer))]);
  const filteredUser = userId.success ? users.find((user) => user.id === userId.data) : undefined;
  const t = await getTranslations("tokens");
  const today = todayIso();
  const expiry = { proposed: addDays(today, 365), min: addDays(today, 1), max: addDays(today, MAX_TOKEN_DAYS) };

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <AdminNav current="/verwaltung/api-tokens" />
      <h1 className="kern-heading-large mb-4">{t("title")}</h1>
      <p className="kern-body mb-6 max-w-3xl">{t("intro")}</p>
      <section aria-labelledby="neu-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="neu-heading" className="kern-heading-medium">
          {t("newHeading")}
        </h2>
        <TokenCreateForm
          action={createApiTokenAction}
          users={users
            .filter((user) => user.active)
            .map((user) => ({ id: user.id, label: `${user.name} (${user.email})` }))}
          userId={filteredUser?.id}
          expiry={expiry}
        />
      </section>
      <section aria-labelledby="liste-heading" className="flex flex-col gap-4">
        <h2 id="liste-heading" className="kern-heading-medium">
          {filteredUser ? t("userHeading", { name: filteredUser.name }) : t("allHeading")}
        </h2>
        {filteredUser && (
          <p className="kern-body">
            <a className="kern-link" href="/verwaltung/api-tokens">
              {t("showAll")}
            </a>
          </p>
        )}
        <TokenTable tokens={tokens} revoke={revokeApiTokenAction} />
      </section>
    </main>
  );
}
