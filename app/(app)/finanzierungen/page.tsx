import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { FundingTable } from "@/components/funding/funding-table";
import { ListFilterForm } from "@/components/master-data/list-filter-form";
import { ButtonLink, PageHeader } from "@/components/master-data/page-header";
import { ListPagination } from "@/components/table/list-pagination";
import { listFundingSources } from "@/lib/dal/funding-sources";
import { requireViewer } from "@/lib/dal/viewer";
import { reachOf } from "@/lib/permissions";
import { FUNDING_KINDS, fundingListParams, readFundingListQuery } from "@/lib/schemas/funding-source";
import type { SearchParams } from "@/lib/schemas/list-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("funding"))("title") };
}

const PATH = "/finanzierungen";

/** Admin and supervisor; the admin edits. */
export default async function FundingSourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const query = readFundingListQuery(await searchParams);
  const page = await orNotFound(listFundingSources(viewer, query));
  const t = await getTranslations("funding");
  const params = fundingListParams(query);
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={t("title")}>
        {reachOf(viewer.role, "fundingSources.write") === "all" && (
          <ButtonLink href="/finanzierungen/neu" label={t("new")} icon="add" primary />
        )}
      </PageHeader>
      <ListFilterForm
        path={PATH}
        label={t("filter.label")}
        search={{ value: query.q, hint: t("filter.searchHint") }}
        selects={[
          {
            name: "kind",
            label: t("fields.kind"),
            value: query.kind ?? "",
            options: FUNDING_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
          },
        ]}
        dates={[{ name: "validAt", label: t("filter.validAt"), value: query.validAt ?? "" }]}
        archived={query.archived}
        pageSize={query.pageSize}
        keep={{ sort: query.sort, dir: query.dir }}
      />
      <FundingTable rows={page.rows} sort={query.sort} dir={query.dir} path={PATH} query={params} />
      <ListPagination page={page.page} pageCount={page.pageCount} total={page.total} path={PATH} query={params} />
    </main>
  );
}
