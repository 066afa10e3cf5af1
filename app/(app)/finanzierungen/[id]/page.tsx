import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/admin/alert";
import { orNotFound } from "@/components/admin/or-not-found";
import { Detail, Details } from "@/components/master-data/details";
import { KeyDatePicker } from "@/components/master-data/key-date-picker";
import { ButtonLink, PageHeader } from "@/components/master-data/page-header";
import { getFundingSource } from "@/lib/dal/funding-sources";
import { requireViewer } from "@/lib/dal/viewer";
import { formatCount, formatDay, formatFte } from "@/lib/format";
import { todayIso } from "@/lib/key-date";
import { reachOf } from "@/lib/permissions";
import { readKeyDate } from "@/lib/schemas/key-date";
import { param, type SearchParams } from "@/lib/schemas/list-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("funding"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** A funding source with what it pays for at a key date. Admin and supervisor. */
export default async function FundingSourcePage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const today = todayIso();
  const requested = readKeyDate(param(search, "stichtag"), today);
  const date = requested.ok ? requested.date : today;
  const source = await orNotFound(getFundingSource(viewer, id, date));
  const [t, locale] = await Promise.all([getTranslations("funding"), getLocale()]);
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={source.name} back={{ href: "/finanzierungen", label: t("allFunding") }}>
        {reachOf(viewer.role, "fundingSources.write") === "all" && (
          <ButtonLink href={`/finanzierungen/${source.id}/bearbeiten`} label={t("edit")} icon="edit" />
        )}
      </PageHeader>
      <div className="mb-6 flex flex-col gap-4">
        {param(search, "gespeichert") !== undefined && <Alert tone="success" title={t("saved")} testId="saved" />}
        {source.archived && <Alert tone="info" title={t("archivedNotice")} />}
      </div>
      <section aria-labelledby="details-heading" className="mb-10 flex flex-col gap-4">
        <h2 id="details-heading" className="kern-heading-medium">
          {t("detailsHeading")}
        </h2>
        <Details testId="funding-details">
          <Detail term={t("fields.kind")}>{t(`kinds.${source.kind}`)}</Detail>
          <Detail term={t("fields.validFrom")}>{formatDay(source.validFrom, locale)}</Detail>
          <Detail term={t("fields.validUntil")}>
            {source.validUntil ? formatDay(source.validUntil, locale) : t("openEnded")}
          </Detail>
          <Detail term={t("fields.reference")}>{source.reference ?? t("none")}</Detail>
        </Details>
      </section>
      <section aria-labelledby="carried-heading" className="flex flex-col gap-4">
        <h2 id="carried-heading" className="kern-heading-medium">
          {t("carriedHeading", { date: formatDay(date, locale) })}
        </h2>
        <KeyDatePicker
          path={`/finanzierungen/${source.id}`}
          date={date}
          labels={{ form: t("keyDateForm"), date: t("keyDate"), submit: t("show") }}
          error={requested.ok ? undefined : t("keyDateInvalid")}
        />
        <Details testId="funding-carried">
          <Detail term={t("carriedAssignments")}>{formatCount(source.atDate.assignments, locale)}</Detail>
          <Detail term={t("carriedFte")}>{formatFte(source.atDate.fteMilli, locale)}</Detail>
        </Details>
      </section>
    </main>
  );
}
