import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/components/admin/or-not-found";
import { ListFilterForm } from "@/components/master-data/list-filter-form";
import { ButtonLink, PageHeader } from "@/components/master-data/page-header";
import { SchoolNameTable, SchoolTable } from "@/components/schools/school-table";
import { ListPagination } from "@/components/table/list-pagination";
import { listDistrictOptions } from "@/lib/dal/districts";
import { listSchools } from "@/lib/dal/schools";
import { requireViewer } from "@/lib/dal/viewer";
import { todayIso } from "@/lib/key-date";
import { reachOf } from "@/lib/permissions";
import type { SearchParams } from "@/lib/schemas/list-query";
import { readSchoolListQuery, SCHOOL_TYPES, schoolListParams } from "@/lib/schemas/school";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schools"))("title") };
}

const PATH = "/schulen";

/** Admin and supervisor: every school; a school head: their own; a provider: names only. */
export default async function SchoolsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const t = await getTranslations("schools");
  const query = readSchoolListQuery(await searchParams);
  const today = todayIso();
  const list = await orNotFound(listSchools(viewer, query, today));
  const seesAll = reachOf(viewer.role, "schools.read") === "all";
  const districts = seesAll ? await listDistrictOptions(viewer, { includeArchived: true }) : [];
  const params = schoolListParams(query);
  const table = { sort: query.sort, dir: query.dir, path: PATH, query: params };

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <PageHeader title={t("title")}>
        {reachOf(viewer.role, "schools.write") === "all" && (
          <ButtonLink href="/schulen/neu" label={t("new")} icon="add" primary />
        )}
      </PageHeader>
      {list.kind === "names" && <p className="kern-body mb-4">{t("namesOnly")}</p>}
      {list.kind === "names" || seesAll ? (
        <ListFilterForm
          path={PATH}
          label={t("filter.label")}
          search={{ value: query.q, hint: t("filter.searchHint") }}
          selects={
            seesAll
              ? [
                  {
                    name: "type",
                    label: t("fields.type"),
                    value: query.type ?? "",
                    options: SCHOOL_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) })),
                  },
                  {
                    name: "district",
                    label: t("fields.districtId"),
                    value: query.district ?? "",
                    options: districts.map((district) => ({ value: district.id, label: district.label })),
                  },
                  {
                    name: "status",
                    label: t("columns.status"),
                    value: query.status ?? "",
                    options: [
                      { value: "open", label: t("filter.statusOpen") },
                      { value: "closed", label: t("filter.statusClosed") },
                    ],
                  },
                ]
              : []
          }
          archived={seesAll ? query.archived : undefined}
          pageSize={query.pageSize}
          keep={{ sort: query.sort, dir: query.dir }}
        />
      ) : null}
      {list.kind === "names" ? (
        <SchoolNameTable rows={list.page.rows} {...table} />
      ) : (
        <SchoolTable rows={list.page.rows} today={today} {...table} />
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
