import { getTranslations } from "next-intl/server";
import type { SelectOption } from "@/components/admin/field";
import { FilterSelectField } from "@/components/master-data/list-filter-form";
import { PAGE_SIZES } from "@/lib/schemas/list-query";
import type { StaffListQuery } from "@/lib/schemas/staff";

type Props = {
  query: StaffListQuery;
  providers: SelectOption[] | null;
  /** Status and school filters (not for a school head). */
  fullFilters: boolean;
};

/** The staff list's search and filters: a plain GET form, so the URL holds the list's state. */
export async function StaffFilters({ query, providers, fullFilters }: Props) {
  const t = await getTranslations("staff");
  return (
    <search className="mb-6 block" aria-label={t("filters.title")}>
      <form method="get" action="/fachkraefte">
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <div className="flex flex-wrap items-end gap-4">
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="staff-q">
              {t("filters.search")}
            </label>
            <div className="kern-hint" id="staff-q-hint">
              {fullFilters ? t("filters.searchHint") : t("filters.searchHintSchool")}
            </div>
            <input
              className="kern-form-input__input"
              id="staff-q"
              name="q"
              type="search"
              defaultValue={query.q}
              aria-describedby="staff-q-hint"
            />
          </div>
          {providers && (
            <FilterSelectField
              id="staff-provider"
              name="provider"
              label={t("filters.provider")}
              value={query.provider ?? ""}
              emptyLabel={t("filters.allProviders")}
              options={providers.map((provider) => ({ value: provider.id, label: provider.label }))}
            />
          )}
          {fullFilters && (
            <>
              <FilterSelectField
                id="staff-status"
                name="status"
                label={t("filters.status")}
                value={query.status ?? ""}
                emptyLabel={t("filters.anyStatus")}
                options={[
                  { value: "active", label: t("status.active") },
                  { value: "ended", label: t("status.ended") },
                ]}
              />
              <FilterSelectField
                id="staff-capacity"
                name="capacity"
                label={t("filters.capacity")}
                value={query.capacity ?? ""}
                emptyLabel={t("filters.anyCapacity")}
                options={[{ value: "free", label: t("filters.freeCapacity") }]}
              />
              <div className="kern-form-input">
                <label className="kern-label" htmlFor="staff-school">
                  {t("filters.school")}
                </label>
                <div className="kern-hint" id="staff-school-hint">
                  {t("filters.schoolHint")}
                </div>
                <input
                  className="kern-form-input__input"
                  id="staff-school"
                  name="school"
                  type="text"
                  inputMode="numeric"
                  defaultValue={query.school ?? ""}
                  aria-describedby="staff-school-hint"
                />
              </div>
            </>
          )}
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="staff-page-size">
              {t("filters.pageSize")}
            </label>
            <div className="kern-form-input__select-wrapper">
              <select
                className="kern-form-input__select"
                id="staff-page-size"
                name="pageSize"
                defaultValue={String(query.pageSize)}
              >
                {PAGE_SIZES.map((size) => (
                  <option key={size} value={size}>
                    {size}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-4">
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">{t("filters.apply")}</span>
            </button>
            <a className="kern-link" href="/fachkraefte">
              {t("filters.reset")}
            </a>
          </div>
        </div>
      </form>
    </search>
  );
}
