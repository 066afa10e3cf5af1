import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { readForecastDates } from "@/components/dashboard/forecast-dates";
import {
  EndingAssignmentsTable,
  EndingEmploymentsTable,
  ExpiringFundingTable,
} from "@/components/dashboard/forecast-endings";
import { ForecastFigures } from "@/components/dashboard/forecast-figures";
import { ForecastProviders } from "@/components/dashboard/forecast-providers";
import { KeyDateForm } from "@/components/dashboard/key-date-form";
import { SchoolsLosingCover } from "@/components/dashboard/schools-losing-cover";
import { firstParam, type SearchParams } from "@/components/dashboard/search-params";
import { addDays } from "@/lib/coverage/dates";
import { getForecast } from "@/lib/dal/forecast";
import { requireViewer } from "@/lib/dal/viewer";
import { formatDay } from "@/lib/format";
import { todayIso } from "@/lib/key-date";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("forecast");
  return { title: t("title") };
}

/** The dashboard for a future key date: what ends until then and what it does to the figures. */
export default async function ForecastPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  const t = await getTranslations("forecast");
  const locale = await getLocale();
  const params = await searchParams;
  const today = todayIso();
  const ab = firstParam(params.ab);
  const { base, date, baseError, dateError } = readForecastDates(ab, firstParam(params.stichtag), today);
  const forecast = await orNotFound(getForecast(viewer, base, date));
  const { changes } = forecast;
  const baseText = formatDay(base, locale);
  const dateText = formatDay(date, locale);
  const fromOtherDay = base !== today;

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <h1 className="kern-heading-large mb-2">{t("title")}</h1>
      <p className="kern-body mb-6 max-w-3xl">{t("intro")}</p>

      <section aria-labelledby="stichtag-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="stichtag-heading" className="kern-heading-medium">
          {t("heading", { base: baseText, date: dateText })}
        </h2>
        {baseError && (
          <p className="kern-error" role="alert">
            {t("keyDate.invalidBase")}
          </p>
        )}
        {fromOtherDay && (
          <p className="kern-body">
            {t.rich("otherBase", {
              base: baseText,
              link: (chunks) => (
                <a className="kern-link" href={`/uebersicht/prognose?stichtag=${date}`}>
                  {chunks}
                </a>
              ),
            })}
          </p>
        )}
        <KeyDateForm
          action="/uebersicht/prognose"
          date={date}
          min={addDays(base, 1)}
          keep={fromOtherDay ? { ab: base } : {}}
          error={dateError ? t(`keyDate.${dateError}`, { base: baseText }) : undefined}
        />
        <ForecastFigures base={base} date={date} current={forecast.current.total} future={forecast.future.total} />
        <p className="kern-body">
          <a className="kern-link" href={`/uebersicht?stichtag=${date}`}>
            {t("dashboardLink", { date: dateText })}
          </a>
        </p>
      </section>

      <section aria-labelledby="wirkung-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="wirkung-heading" className="kern-heading-medium">
          {t("effectHeading")}
        </h2>
        <h3 className="kern-heading-small">{t("schools.heading", { count: changes.schoolsLosingCover.length })}</h3>
        <SchoolsLosingCover schools={changes.schoolsLosingCover} />
        <h3 className="kern-heading-small">{t("providers.heading")}</h3>
        <ForecastProviders base={base} date={date} providers={changes.providers} />
      </section>

      <section aria-labelledby="endet-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="endet-heading" className="kern-heading-medium">
          {t("endingHeading", { date: dateText })}
        </h2>
        <p className="kern-body">
          {t("endingNote", { base: baseText, lastDay: formatDay(addDays(date, -1), locale) })}
        </p>
        <h3 className="kern-heading-small">{t("assignments.heading", { count: changes.endingAssignments.length })}</h3>
        <EndingAssignmentsTable rows={changes.endingAssignments} />
        <h3 className="kern-heading-small">{t("funding.heading", { count: changes.expiringFunding.length })}</h3>
        <ExpiringFundingTable rows={changes.expiringFunding} base={base} />
        <h3 className="kern-heading-small">{t("employments.heading", { count: changes.endingEmployments.length })}</h3>
        <EndingEmploymentsTable rows={changes.endingEmployments} base={base} />
      </section>
    </main>
  );
}
