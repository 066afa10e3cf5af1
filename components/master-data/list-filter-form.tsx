import { getTranslations } from "next-intl/server";
import { PAGE_SIZES } from "@/lib/schemas/list-query";

// The search and filter form above a list: a plain GET form (works without JavaScript, every
// filtered view has its own URL). Changing a filter starts again at page 1; sort is kept.

export type FilterSelect = {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
};

/** One select of a GET filter form; the empty first option means "no filter". */
export function FilterSelectField({
  id,
  name,
  label,
  value,
  emptyLabel,
  options,
}: FilterSelect & { id: string; emptyLabel: string }) {
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select className="kern-form-input__select" id={id} name={name} defaultValue={value}>
          <option value="">{emptyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

type Props = {
  path: string;
  /** The form's accessible name. */
  label: string;
  search: { value: string; hint: string };
  selects?: FilterSelect[];
  dates?: { name: string; label: string; value: string }[];
  /** Offers "show archived" when set. */
  archived?: boolean;
  pageSize: number;
  /** Kept as hidden fields (sort, direction). */
  keep: Record<string, string>;
};

export async function ListFilterForm({
  path,
  label,
  search,
  selects = [],
  dates = [],
  archived,
  pageSize,
  keep,
}: Props) {
  const t = await getTranslations("tables");
  return (
    <form method="get" action={path} aria-label={label} className="mb-6 flex flex-wrap items-end gap-4">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="list-q">
          {t("search")}
        </label>
        <div className="kern-hint" id="list-q-hint">
          {search.hint}
        </div>
        <input
          className="kern-form-input__input"
          id="list-q"
          name="q"
          type="search"
          defaultValue={search.value}
          maxLength={100}
          aria-describedby="list-q-hint"
        />
      </div>
      {selects.map((select) => (
        <FilterSelectField key={select.name} id={`list-${select.name}`} emptyLabel={t("all")} {...select} />
      ))}
      {dates.map((date) => (
        <div key={date.name} className="kern-form-input">
          <label className="kern-label" htmlFor={`list-${date.name}`}>
            {date.label}
          </label>
          <input
            className="kern-form-input__input"
            id={`list-${date.name}`}
            name={date.name}
            type="date"
            defaultValue={date.value}
          />
        </div>
      ))}
      <div className="kern-form-input">
        <label className="kern-label" htmlFor="list-pageSize">
          {t("pageSize")}
        </label>
        <div className="kern-form-input__select-wrapper">
          <select
            className="kern-form-input__select"
            id="list-pageSize"
            name="pageSize"
            defaultValue={String(pageSize)}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
      </div>
      {archived !== undefined && (
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            id="list-archived"
            name="archived"
            type="checkbox"
            value="1"
            defaultChecked={archived}
          />
          <label className="kern-label" htmlFor="list-archived">
            {t("showArchived")}
          </label>
        </div>
      )}
      <div className="flex gap-4">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t("searchSubmit")}</span>
        </button>
        <a className="kern-btn kern-btn--secondary" href={path}>
          <span className="kern-label">{t("reset")}</span>
        </a>
      </div>
    </form>
  );
}
