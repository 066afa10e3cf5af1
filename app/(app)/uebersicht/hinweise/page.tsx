import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { orNotFound } from "@/components/admin/or-not-found";
import { KeyDateForm } from "@/components/dashboard/key-date-form";
import { firstParam, type SearchParams } from "@/components/dashboard/search-params";
import { ThresholdSection } from "@/components/dashboard/threshold-section";
import { WarningEntries } from "@/components/dashboard/warning-entries";
import { WarningGroups } from "@/components/dashboard/warning-groups";
import { ListPagination } from "@/components/table/list-pagination";
import type { IsoDate } from "@/lib/coverage/types";
import { requireViewer } from "@/lib/dal/viewer";
import type { SignedInViewer } from "@/lib/dal/viewer-types";
import { getThresholdForEdit } from "@/lib/dal/warning-settings";
import { getWarnings, getWarningsOfKind } from "@/lib/dal/warnings";
import { formatDay } from "@/lib/format";
import { todayIso } from "@/lib/key-date";
import { reachOf } from "@/lib/permissions";
import { readKeyDate } from "@/lib/schemas/key-date";
import { WARNING_KINDS, type WarningKind } from "@/lib/warnings/types";
import { updateThresholdAction } from "./actions";

const kindSchema = z.enum(WARNING_KINDS);
const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("warningsPage.metaTitle") };
}

/**
 * Without `art`: every kind at a key date, grouped, and the pupils-per-FTE threshold (the
 * admin edits it here). With `art`: every warning of that kind, 50 to a page.
 */
export default async function WarningsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const art = firstParam(params.art);
  const requested = readKeyDate(firstParam(params.stichtag), todayIso());
  if (!requested.ok) notFound();
  if (art === undefined || art === "") {
    return <AllWarnings viewer={viewer} date={requested.date} saved={firstParam(params.gespeichert) === "1"} />;
  }
  const kind = kindSchema.safeParse(art);
  if (!kind.success) notFound();
  return <WarningsOfKind viewer={viewer} date={requested.date} kind={kind.data} page={firstParam(params.page)} />;
}

async function AllWarnings({ viewer, date, saved }: { viewer: SignedInViewer; date: IsoDate; saved: boolean }) {
  const report = await orNotFound(getWarnings(viewer, date));
  // Only an admin gets the form (asking the DAL for anyone else would record a refusal).
  const setting =
    reachOf(viewer.role, "settings.write") === "all" ? await orNotFound(getThresholdForEdit(viewer)) : null;
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  const here = `/uebersicht/hinweise?stichtag=${date}`;
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <p className="kern-body mb-2">
        <a className="kern-link" href={`/uebersicht?stichtag=${date}#hinweise-heading`}>
          {t("warningsPage.back")}
        </a>
      </p>
      <h1 className="kern-heading-large mb-2">{t("warningsPage.allHeading", { date: formatDay(date, locale) })}</h1>
      <p className="kern-body mb-4 max-w-3xl">{t("warningsPage.allIntro")}</p>
      <div className="mb-8">
        <KeyDateForm action="/uebersicht/hinweise" date={date} />
      </div>
      <section aria-labelledby="hinweise-heading" className="mb-8 flex flex-col gap-4">
        <h2 id="hinweise-heading" className="kern-heading-medium">
          {t("warningsPage.byKindHeading")}
        </h2>
        <WarningGroups report={report} />
      </section>
      <ThresholdSection
        threshold={report.threshold}
        edit={setting ? { setting, action: updateThresholdAction.bind(null, date) } : undefined}
        saved={saved}
        cancelHref={here}
      />
    </main>
  );
}

type KindProps = { viewer: SignedInViewer; date: IsoDate; kind: WarningKind; page: string | undefined };

async function WarningsOfKind({ viewer, date, kind, page }: KindProps) {
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  const result = await orNotFound(getWarningsOfKind(viewer, date, kind, pageSchema.parse(page)));
  const ruleValues = { threshold: result.threshold, horizon: formatDay(result.fundingHorizon, locale) };
  const title = t(`warnings.kinds.${kind}.title`, ruleValues);

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <p className="kern-body mb-2 flex flex-wrap gap-x-6">
        <a className="kern-link" href={`/uebersicht?stichtag=${date}#hinweise-${kind}`}>
          {t("warningsPage.back")}
        </a>
        <a className="kern-link" href={`/uebersicht/hinweise?stichtag=${date}#hinweise-${kind}`}>
          {t("warningsPage.allLink")}
        </a>
      </p>
      <h1 className="kern-heading-large mb-2">{t("warningsPage.heading", { title, date: formatDay(date, locale) })}</h1>
      <p className="kern-body kern-body--muted mb-2">{t(`warnings.kinds.${kind}.rule`, ruleValues)}</p>
      <p className="kern-body mb-4" data-testid="warnings-total">
        {t("warningsPage.summary", { count: result.page.total })}
      </p>
      {result.page.total === 0 ? (
        <p className="kern-body">{t("warningsPage.empty")}</p>
      ) : (
        <section aria-label={title} data-warning-kind={kind}>
          <WarningEntries warnings={result.page.rows} />
          <ListPagination
            page={result.page.page}
            pageCount={result.page.pageCount}
            total={result.page.total}
            path="/uebersicht/hinweise"
            query={{ stichtag: date, art: kind }}
          />
        </section>
      )}
    </main>
  );
}
