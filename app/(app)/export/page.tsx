import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { DownloadLink } from "@/components/export/download-link";
import { KeyDatePicker } from "@/components/export/key-date-picker";
import { resolveExportScope } from "@/lib/dal/export";
import { requireViewer } from "@/lib/dal/viewer";
import { exportOffersFor } from "@/lib/export/offers";
import { scopeText } from "@/lib/export/texts";
import { formatDay } from "@/lib/format";
import { todayIso } from "@/lib/key-date";
import { readKeyDate } from "@/lib/schemas/key-date";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("exporting.page");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<{ stichtag?: string | string[] }> };

/** Downloads for every signed-in role, each limited to what the role may see (the API checks again). */
export default async function ExportPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const [t, locale] = await Promise.all([getTranslations("exporting"), getLocale()]);
  const today = todayIso();
  const { stichtag } = await searchParams;
  const requested = readKeyDate(Array.isArray(stichtag) ? stichtag[0] : stichtag, today);
  const date = requested.ok ? requested.date : today;
  const shown = formatDay(date, locale);
  const scope = await orNotFound(resolveExportScope(viewer));
  const offers = exportOffersFor(viewer.role);
  const query = `?date=${date}`;

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <h1 className="kern-heading-large mb-4">{t("page.title")}</h1>
      <p className="kern-body mb-6 max-w-3xl">{t("page.intro", { scope: scopeText(t, scope) })}</p>

      <section aria-labelledby="stichtag-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="stichtag-heading" className="kern-heading-medium">
          {t("page.keyDateHeading")}
        </h2>
        <KeyDatePicker date={date} invalid={!requested.ok} />
      </section>

      {offers.keyDateFiles && (
        <section aria-labelledby="dateien-heading" className="mb-8 flex flex-col gap-4">
          <h2 id="dateien-heading" className="kern-heading-medium">
            {t("page.filesHeading", { date: shown })}
          </h2>
          <ul className="flex flex-col gap-4">
            <DownloadLink
              id="export-xlsx"
              href={`/api/v1/export/stichtag.xlsx${query}`}
              label={t("page.xlsx", { date: shown })}
              hint={t("page.xlsxHint")}
            />
            <DownloadLink
              id="export-csv"
              href={`/api/v1/export/stichtag.csv${query}`}
              label={t("page.csv", { date: shown })}
              hint={t("page.csvHint")}
            />
            <DownloadLink
              id="export-pdf"
              href={`/api/v1/export/stichtag.pdf${query}`}
              label={t("page.pdf", { date: shown })}
              hint={t("page.pdfHint")}
            />
          </ul>
        </section>
      )}

      {offers.completeData && (
        <section aria-labelledby="daten-heading" className="mb-8 flex flex-col gap-4">
          <h2 id="daten-heading" className="kern-heading-medium">
            {t("page.dataHeading")}
          </h2>
          <ul className="flex flex-col gap-4">
            <DownloadLink
              id="export-data"
              href="/api/v1/export/daten.xlsx"
              label={scope.kind === "provider" ? t("page.dataProvider") : t("page.data")}
              hint={scope.kind === "provider" ? t("page.dataHintProvider") : t("page.dataHintAll")}
            />
          </ul>
        </section>
      )}

      <section aria-labelledby="oeffentlich-heading" className="flex flex-col gap-4">
        <h2 id="oeffentlich-heading" className="kern-heading-medium">
          {t("page.publicHeading")}
        </h2>
        <ul className="flex flex-col gap-4">
          <DownloadLink
            id="export-public"
            href={`/api/v1/public/coverage.csv${query}`}
            label={t("page.public", { date: shown })}
            hint={t("page.publicHint")}
          />
        </ul>
      </section>
    </main>
  );
}
