import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/admin/alert";
import { orNotFound } from "@/components/admin/or-not-found";
import { DistrictTable } from "@/components/districts/district-table";
import { ListFilterForm } from "@/components/master-data/list-filter-form";
import { ButtonLink, PageHeader } from "@/components/master-data/page-header";
import { ListPagination } from "@/components/table/list-pagination";
import { listDistricts } from "@/lib/dal/districts";
import { requireViewer } from "@/lib/dal/viewer";
import { reachOf } from "@/lib/permissions";
import { districtListParams, readDistrictListQuery } from "@/lib/schemas/district";
import { param, type SearchParams } from "@/lib/schemas/list-query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("districts"))("title") };
}

const PATH = "/stadtbezirke";

/** Admin and supervisor (whoever reads all schools); the admin edits. */
export default async function DistrictsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const search = await searchParams;
  const query = readDistrictListQuery(search);
  const page = await orNotFound(listDistricts(viewer, query));
  const t = await getTranslations("districts");
  const canEdit = reachOf(viewer.role, "schools.write") === "all";
  const params = districtListParams(query);
  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={t("title")}>
        {canEdit && <ButtonLink href="/stadtbezirke/neu" label={t("new")} icon="add" primary />}
      </PageHeader>
      {param(search, "gespeichert") !== undefined && (
        <div className="mb-6">
          <Alert tone="success" title={t("saved")} testId="saved" />
        </div>
      )}
      <ListFilterForm
        path={PATH}
        label={t("filter.label")}
        search={{ value: query.q, hint: t("filter.searchHint") }}
        archived={query.archived}
        pageSize={query.pageSize}
        keep={{ sort: query.sort, dir: query.dir }}
      />
      <DistrictTable rows={page.rows} canEdit={canEdit} sort={query.sort} dir={query.dir} path={PATH} query={params} />
      <ListPagination page={page.page} pageCount={page.pageCount} total={page.total} path={PATH} query={params} />
    </main>
  );
}
