import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/admin/alert";
import { orNotFound } from "@/components/admin/or-not-found";
import { Detail, Details } from "@/components/master-data/details";
import { ButtonLink, PageHeader } from "@/components/master-data/page-header";
import { getProvider } from "@/lib/dal/providers";
import { requireViewer } from "@/lib/dal/viewer";
import { formatCount } from "@/lib/format";
import { param, type SearchParams } from "@/lib/schemas/list-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("providers"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** Admin and supervisor: any provider; a provider's user: their own (others are a 404). */
export default async function ProviderPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const provider = await orNotFound(getProvider(viewer, id));
  const [t, locale] = await Promise.all([getTranslations("providers"), getLocale()]);
  const editHref = `/traeger/${provider.id}/bearbeiten`;
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={provider.name} back={{ href: "/traeger", label: t("allProviders") }}>
        {provider.canEdit === "all" && <ButtonLink href={editHref} label={t("edit")} icon="edit" />}
        {provider.canEdit === "contact" && <ButtonLink href={editHref} label={t("editContact")} icon="edit" />}
      </PageHeader>
      <div className="mb-6 flex flex-col gap-4">
        {param(search, "gespeichert") !== undefined && <Alert tone="success" title={t("saved")} testId="saved" />}
        {provider.archived && <Alert tone="info" title={t("archivedNotice")} />}
      </div>
      <section aria-labelledby="details-heading" className="flex flex-col gap-4">
        <h2 id="details-heading" className="kern-heading-medium">
          {t("detailsHeading")}
        </h2>
        <Details testId="provider-details">
          <Detail term={t("fields.name")}>{provider.name}</Detail>
          <Detail term={t("fields.shortName")}>{provider.shortName}</Detail>
          <Detail term={t("fields.kind")}>{t(`kinds.${provider.kind}`)}</Detail>
          <Detail term={t("fields.contact")}>
            <span className="whitespace-pre-line" data-testid="provider-contact">
              {provider.contact ?? t("noContact")}
            </span>
          </Detail>
          <Detail term={t("staffToday")}>{formatCount(provider.staffEmployedToday, locale)}</Detail>
        </Details>
      </section>
    </main>
  );
}
