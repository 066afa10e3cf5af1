import { getTranslations } from "next-intl/server";
import { listHref } from "./list-href";

type Props = {
  page: number;
  pageCount: number;
  total: number;
  path: string;
  /** The current query (filters, search, sort), kept by the page links. */
  query: Record<string, string>;
};

/** Previous/next links with "Seite x von y"; the current page is not a link. */
export async function ListPagination({ page, pageCount, total, path, query }: Props) {
  const t = await getTranslations("tables");
  return (
    <nav aria-label={t("pages")} className="mt-4 flex flex-wrap items-center gap-6">
      {page > 1 ? (
        <a className="kern-link" href={listHref(path, { ...query, page: String(page - 1) })} rel="prev">
          <span className="kern-icon kern-icon--chevron-left" aria-hidden="true" /> {t("previous")}
        </a>
      ) : null}
      <p className="kern-body" aria-current="page">
        {t("pageOf", { page, pageCount, total })}
      </p>
      {page < pageCount ? (
        <a className="kern-link" href={listHref(path, { ...query, page: String(page + 1) })} rel="next">
          {t("next")} <span className="kern-icon kern-icon--chevron-right" aria-hidden="true" />
        </a>
      ) : null}
    </nav>
  );
}
