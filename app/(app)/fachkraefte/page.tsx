import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StaffFilters } from "@/components/staff/staff-filters";
import { StaffTable } from "@/components/staff/staff-table";
import { ListPagination } from "@/components/table/list-pagination";
import { listStaff, staffListFilters } from "@/lib/dal/staff";
import { requireViewer } from "@/lib/dal/viewer";
import type { SearchParams } from "@/lib/schemas/list-query";
import { readStaffListQuery } from "@/lib/schemas/staff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("title") };
}

type Props = { searchParams: Promise<SearchParams> };

/** The staff list: server-side sort, filter, search and paging, scoped to the viewer. */
export default async function StaffListPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const t = await getTranslations("staff");
  const query = readStaffListQuery(await searchParams);
  const [list, filters] = await Promise.all([listStaff(viewer, query), staffListFilters(viewer)]);
  // What sort and page links keep: the filters and search, never empty values.
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries({
    q: query.q,
    provider: query.provider,
    status: query.status,
    capacity: query.capacity,
    school: query.school,
    pageSize: query.pageSize === 25 ? undefined : String(query.pageSize),
  })) {
    if (value) kept[key] = value;
  }
  const filtered = Boolean(query.q || query.provider || query.status || query.capacity || query.school);
  const intro =
    viewer.role === "PROVIDER" ? t("introProvider") : viewer.role === "SCHOOL" ? t("introSchool") : t("intro");

  return (
    <main id="inhalt" className="kern-container mx-auto max-w-6xl px-4 py-8">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h1 className="kern-heading-large">{t("title")}</h1>
        {filters.canCreate && (
          <a className="kern-btn kern-btn--primary" href="/fachkraefte/neu">
            <span className="kern-icon kern-icon--add" aria-hidden="true" />
            <span className="kern-label">{t("new")}</span>
          </a>
        )}
      </div>
      <p className="kern-body mb-6">{intro}</p>
      <StaffFilters query={query} providers={filters.providers} fullFilters={filters.fullFilters} />
      <StaffTable
        rows={list.rows}
        view={list.view}
        sort={list.sort}
        dir={list.dir}
        query={kept}
        caption={filtered ? t("list.captionFiltered") : t("list.caption")}
      />
      <ListPagination
        page={list.page}
        pageCount={list.pageCount}
        total={list.total}
        path="/fachkraefte"
        query={{ ...kept, sort: list.sort, dir: list.dir }}
      />
    </main>
  );
}
