import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { breakdownRow } from "@/components/dashboard/breakdown-rows";
import { BreakdownTable } from "@/components/dashboard/breakdown-table";
import { FundingEndingTable } from "@/components/dashboard/funding-ending-table";
import { HeadlineFigures } from "@/components/dashboard/headline-figures";
import { KeyDateForm } from "@/components/dashboard/key-date-form";
import { firstParam, type SearchParams } from "@/components/dashboard/search-params";
import { TrendChart } from "@/components/dashboard/trend-chart";
import { TrendTable } from "@/components/dashboard/trend-table";
import { UncoveredSchools } from "@/components/dashboard/uncovered-schools";
import { WarningGroups } from "@/components/dashboard/warning-groups";
import { LazyDisclosure } from "@/components/layout/lazy-disclosure";
import { getDashboard } from "@/lib/dal/dashboard";
import { requireViewer } from "@/lib/dal/viewer";
import { formatDay } from "@/lib/format";
import { todayIso } from "@/lib/key-date";
import { readKeyDate } from "@/lib/schemas/key-date";
import type { FundingEnding } from "@/lib/warnings/types";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

/** The steering dashboard of Fachbereich 42/0 and the Schulaufsicht for one key date. */
export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  const today = todayIso();
  const requested = readKeyDate(firstParam((await searchParams).stichtag), today);
  const date = requested.ok ? requested.date : today;
  const { coverage, warnings, trend } = await orNotFound(getDashboard(viewer, date, today));
  const fundingEnding = warnings.warnings.filter((w): w is FundingEnding => w.kind === "fundingEnding");
  const warningTotal = warnings.warnings.length;

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <h1 className="kern-heading-large mb-2">{t("title")}</h1>
      <p className="kern-body mb-6 max-w-3xl">{t("intro")}</p>

      <section aria-labelledby="stichtag-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="stichtag-heading" className="kern-heading-medium">
          {t("keyDateHeading", { date: formatDay(date, locale) })}
        </h2>
        <KeyDateForm action="/uebersicht" date={date} error={requested.ok ? undefined : t("keyDate.invalid")} />
        <HeadlineFigures figures={coverage.total} />
        <p className="kern-body">
          <a className="kern-link" href={`/uebersicht/prognose`}>
            {t("forecastLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="hinweise-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="hinweise-heading" className="kern-heading-medium">
          {t("warningsHeading", { count: warningTotal })}
        </h2>
        <WarningGroups report={warnings} />
      </section>

      <section aria-labelledby="aufschluesselung-heading" className="mb-8 flex flex-col gap-6">
        <h2 id="aufschluesselung-heading" className="kern-heading-medium">
          {t("breakdownsHeading")}
        </h2>
        <BreakdownTable
          caption={t("breakdowns.byProvider")}
          groupHeader={t("columns.provider")}
          withTotal={false}
          rows={coverage.byProvider.map((row) => breakdownRow(row, row.providerId, row.provider))}
        />
        <BreakdownTable
          caption={t("breakdowns.bySchoolType")}
          groupHeader={t("columns.schoolType")}
          withTotal
          rows={coverage.bySchoolType.map((row) => breakdownRow(row, row.type, t(`schoolTypes.${row.type}`)))}
        />
        <BreakdownTable
          caption={t("breakdowns.byDistrict")}
          groupHeader={t("columns.district")}
          withTotal
          rows={coverage.byDistrict.map((row) => breakdownRow(row, row.districtId, row.district))}
        />
      </section>

      <section aria-labelledby="unversorgt-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="unversorgt-heading" className="kern-heading-medium">
          {t("uncoveredHeading", { count: coverage.uncoveredSchools.length })}
        </h2>
        <UncoveredSchools schools={coverage.uncoveredSchools} date={date} />
      </section>

      <section aria-labelledby="finanzierung-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="finanzierung-heading" className="kern-heading-medium">
          {t("fundingHeading")}
        </h2>
        <FundingEndingTable sources={fundingEnding} horizon={warnings.fundingHorizon} />
      </section>

      <section aria-labelledby="verlauf-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="verlauf-heading" className="kern-heading-medium">
          {t("trendHeading")}
        </h2>
        <p className="kern-body">{t("trend.intro")}</p>
        <TrendChart points={trend} keyDate={date} />
        <LazyDisclosure summary={t("trend.showTable")}>
          <TrendTable points={trend} />
        </LazyDisclosure>
      </section>
    </main>
  );
}
