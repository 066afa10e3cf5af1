import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { orNotFound } from "@/components/admin/or-not-found";
import { firstParam, type SearchParams } from "@/components/dashboard/search-params";
import { WarningEntries } from "@/components/dashboard/warning-entries";
import { ListPagination } from "@/components/table/list-pagination";
import { requireViewer } from "@/lib/dal/viewer";
import { getWarningsOfKind } from "@/lib/dal/warnings";
import { formatDay } from "@/lib/format";
import { todayIso } from "@/lib/key-date";
import { readKeyDate } from "@/lib/schemas/key-date";
import { WARNING_KINDS } from "@/lib/warnings/types";

const kindSchema = z.enum(WARNING_KINDS);
const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("warningsPage.metaTitle") };
}

/** Every warning of one kind at a key date, 50 to a page (the dashboard shows the first few). */
export default async function WarningsOfKindPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  const params = await searchParams;
  const kind = kindSchema.safeParse(firstParam(params.art));
  if (!kind.success) notFound();
  const t = await getTranslations("dashboard");
  const locale = await getLocale();
  const requested = readKeyDate(firstParam(params.stichtag), todayIso());
  if (!requested.ok) notFound();
  const { date } = requested;
  const result = await orNotFound(
    getWarningsOfKind(viewer, date, kind.data, pageSchema.parse(firstParam(params.page))),
  );
  const ruleValues = { threshold: result.threshold, horizon: formatDay(result.fundingHorizon, locale) };
  const title = t(`warnings.kinds.${kind.data}.title`, ruleValues);

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <p className="kern-body mb-2">
        <a className="kern-link" href={`/uebersicht?stichtag=${date}#hinweise-${kind.data}`}>
          {t("warningsPage.back")}
        </a>
      </p>
      <h1 className="kern-heading-large mb-2">{t("warningsPage.heading", { title, date: formatDay(date, locale) })}</h1>
      <p className="kern-body kern-body--muted mb-2">{t(`warnings.kinds.${kind.data}.rule`, ruleValues)}</p>
      <p className="kern-body mb-4" data-testid="warnings-total">
        {t("warningsPage.summary", { count: result.page.total })}
      </p>
      {result.page.total === 0 ? (
        <p className="kern-body">{t("warningsPage.empty")}</p>
      ) : (
        <section aria-label={title} data-warning-kind={kind.data}>
          <WarningEntries warnings={result.page.rows} />
          <ListPagination
            page={result.page.page}
            pageCount={result.page.pageCount}
            total={result.page.total}
            path="/uebersicht/hinweise"
            query={{ stichtag: date, art: kind.data }}
          />
        </section>
      )}
    </main>
  );
}
