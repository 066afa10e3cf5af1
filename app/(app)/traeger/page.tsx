import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { ListFilterForm } from "@/components/master-data/list-filter-form";
import { ButtonLink, PageHeader } from "@/components/master-data/page-header";
import { ProviderNameTable, ProviderTable } from "@/components/providers/provider-table";
import { ListPagination } from "@/components/table/list-pagination";
import { listProviders } from "@/lib/dal/providers";
import { requireViewer } from "@/lib/dal/viewer";
import { reachOf } from "@/lib/permissions";
import type { SearchParams } from "@/lib/schemas/list-query";
import { PROVIDER_KINDS, providerListParams, readProviderListQuery } from "@/lib/schemas/provider";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("providers"))("title") };
}

const PATH = "/traeger";

/** Admin and supervisor: all providers; a provider: their own; a school head: their school's providers' names. */
export default async function ProvidersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const t = await getTranslations("providers");
  const query = readProviderListQuery(await searchParams);
  const list = await orNotFound(listProviders(viewer, query));
  const reach = reachOf(viewer.role, "providers.read");
  const params = providerListParams(query);
  const table = { sort: query.sort, dir: query.dir, path: PATH, query: params };

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={t("title")}>
        {reachOf(viewer.role, "providers.write") === "all" && (
          <ButtonLink href="/traeger/neu" label={t("new")} icon="add" primary />
        )}
      </PageHeader>
      {reach === "names" && <p className="kern-body mb-4">{t("namesOnly")}</p>}
      {reach === "own" && <p className="kern-body mb-4">{t("ownOnly")}</p>}
      {reach === "all" && (
        <ListFilterForm
          path={PATH}
          label={t("filter.label")}
          search={{ value: query.q, hint: t("filter.searchHint") }}
          selects={[
            {
              name: "kind",
              label: t("fields.kind"),
              value: query.kind ?? "",
              options: PROVIDER_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
            },
          ]}
          archived={query.archived}
          pageSize={query.pageSize}
          keep={{ sort: query.sort, dir: query.dir }}
        />
      )}
      {list.kind === "names" ? (
        <ProviderNameTable rows={list.page.rows} {...table} />
      ) : (
        <ProviderTable rows={list.page.rows} {...table} />
      )}
      <ListPagination
        page={list.page.page}
        pageCount={list.page.pageCount}
        total={list.page.total}
        path={PATH}
        query={params}
      />
    </main>
  );
}
