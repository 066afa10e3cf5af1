import { getTranslations } from "next-intl/server";

/** The search of the Art. 15 export: a plain GET form (?suche=…), works without JavaScript. */
export async function StaffSearchForm({ query }: { query: string }) {
  const t = await getTranslations("privacy.export");
  return (
    <search>
      <form method="get" action="/verwaltung/datenschutz" className="flex flex-wrap items-end gap-4">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="privacy-search">
            {t("searchLabel")}
          </label>
          <div className="kern-hint" id="privacy-search-hint">
            {t("searchHint")}
          </div>
          <input
            className="kern-form-input__input"
            id="privacy-search"
            name="suche"
            type="search"
            defaultValue={query}
            maxLength={100}
            autoComplete="off"
            aria-describedby="privacy-search-hint"
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t("search")}</span>
          </button>
          {query && (
            <a className="kern-link" href="/verwaltung/datenschutz">
              {t("showAll")}
            </a>
          )}
        </div>
      </form>
    </search>
  );
}
