import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { AuditTable } from "@/components/admin/audit-table";
import { orNotFound } from "@/components/admin/or-not-found";
import { Pagination } from "@/components/admin/pagination";
import { listAuditEvents, listAuditFacets } from "@/lib/dal/audit-log";
import { requireViewer } from "@/lib/dal/viewer";
import { type AuditLogFilter, readAuditLogQuery } from "@/lib/schemas/audit-log";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The URL of a filtered page (German parameter names, as the filter form sends them). */
function hrefOf(filter: AuditLogFilter, page: number): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | undefined) => {
    if (value) params.set(key, value);
  };
  set("akteur", filter.actor);
  set("aktion", filter.action);
  set("objekt", filter.entity);
  set("id", filter.entityId);
  set("von", filter.from);
  set("bis", filter.to);
  if (page > 1) params.set("seite", String(page));
  const query = params.toString();
  return query ? `/verwaltung/protokoll?${query}` : "/verwaltung/protokoll";
}

export default async function AuditLogPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const query = readAuditLogQuery(await searchParams);
  const [result, facets] = await Promise.all([
    orNotFound(listAuditEvents(viewer, query.filter)),
    orNotFound(listAuditFacets(viewer)),
  ]);
  const t = await getTranslations("audit");
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <AdminNav current="/verwaltung/protokoll" />
      <h1 className="kern-heading-large mb-4">{t("title")}</h1>
      <p className="kern-body mb-6 max-w-3xl">{t("intro")}</p>
      <section aria-label={t("filterRegion")} className="mb-8">
        <AuditFilterForm query={query} facets={facets} />
      </section>
      <section aria-label={t("entriesRegion")}>
        <AuditTable events={result.events} names={result.names} />
        <Pagination
          page={result.page}
          pageCount={result.pageCount}
          total={result.total}
          hrefOf={(page) => hrefOf(query.filter, page)}
        />
      </section>
    </main>
  );
}
