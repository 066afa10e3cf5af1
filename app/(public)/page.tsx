import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PublicCsvLink } from "@/components/export/public-csv-link";
import { LazyDisclosure } from "@/components/layout/lazy-disclosure";
import { BreakdownTable } from "@/components/public/breakdown-table";
import { ContactBlock } from "@/components/public/contact-block";
import { CoverageSentence } from "@/components/public/coverage-sentence";
import { figuresLabels } from "@/components/public/figures-labels";
import { KeyDateForm } from "@/components/public/key-date-form";
import { TrendChart } from "@/components/public/trend-chart";
import { TrendTable } from "@/components/public/trend-table";
import { getPublicContact, getPublicCoverage, getPublicTrend } from "@/lib/dal/public-statistics";
import { formatDay } from "@/lib/format";
import { localeOr } from "@/lib/i18n/config";
import { todayIso } from "@/lib/key-date";
import { readKeyDate } from "@/lib/schemas/key-date";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ stichtag?: string | string[] }> };

const PUBLIC_API = "/api/v1/public/coverage";

export default async function PublicStatisticsPage({ searchParams }: Props) {
  const today = todayIso();
  const { stichtag } = await searchParams;
  const requested = readKeyDate(Array.isArray(stichtag) ? stichtag[0] : stichtag, today);
  const date = requested.ok ? requested.date : today;
  const [coverage, trend, contact] = await Promise.all([getPublicCoverage(date), getPublicTrend(), getPublicContact()]);
  const [t, tc, locale] = await Promise.all([
    getTranslations("public"),
    getTranslations("common"),
    getLocale().then(localeOr),
  ]);
  const municipality = contact?.municipality ?? t("municipalityFallback");

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <div className="mb-6">
        <p className="kern-body kern-body--muted">{t("eyebrow", { authority: contact?.authority ?? "" })}</p>
        <h1 className="kern-heading-large">{t("heading", { municipality })}</h1>
      </div>

      <section aria-labelledby="stichtag-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="stichtag-heading" className="kern-heading-medium">
          {t("keyDateHeading", { date: formatDay(date, locale) })}
        </h2>
        <KeyDateForm date={date} error={requested.ok ? undefined : requested.error} />
        <CoverageSentence coverage={coverage} municipality={municipality} today={today} />
      </section>

      <section aria-label={t("breakdowns")} className="mb-8 grid grid-cols-1 gap-8 lg:grid-cols-2">
        <BreakdownTable
          caption={t("bySchoolType")}
          groupHeader={t("schoolType")}
          rows={coverage.bySchoolType.map((row) => ({ ...row, label: tc(`schoolTypes.${row.type}`) }))}
        />
        <BreakdownTable
          caption={t("byDistrict")}
          groupHeader={t("district")}
          rows={coverage.byDistrict.map((row) => ({ ...row, label: row.district }))}
        />
      </section>

      <section aria-labelledby="verlauf-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="verlauf-heading" className="kern-heading-medium">
          {t("trendHeading")}
        </h2>
        <TrendChart
          points={trend}
          keyDate={date}
          locale={locale}
          labels={{
            names: { staff: t("columns.staff"), fte: t("columns.fte"), schoolsCovered: t("columns.schoolsCovered") },
            title: t("chartLabel"),
            description: t("chartDescription"),
            keyDate: t("chartKeyDate"),
          }}
        />
        <LazyDisclosure summary={t("showTable")}>
          <TrendTable
            points={trend}
            caption={t("trendCaption")}
            groupHeader={t("keyDate")}
            labels={figuresLabels(t)}
            locale={locale}
          />
        </LazyDisclosure>
      </section>

      <footer className="border-t pt-6">
        <h2 className="kern-heading-small mb-2">{t("contactHeading")}</h2>
        {contact ? <ContactBlock contact={contact} /> : <p className="kern-body">{t("noContact")}</p>}
        <p className="kern-body kern-body--small mt-4">
          {t.rich("footnote", {
            path: PUBLIC_API,
            link: (chunks) => (
              <a className="kern-link" href={`${PUBLIC_API}?date=${date}`}>
                {chunks}
              </a>
            ),
          })}{" "}
          · <PublicCsvLink date={date} />
        </p>
      </footer>
    </main>
  );
}
