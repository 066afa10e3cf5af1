import { useTranslations } from "next-intl";

type Props = {
  page: number;
  pageCount: number;
  total: number;
  /** The URL of page n, with the current filter kept. */
  hrefOf: (page: number) => string;
};

/** Previous/next links with "Seite x von y"; the current page is not a link. */
export function Pagination({ page, pageCount, total, hrefOf }: Props) {
  const t = useTranslations("tables");
  return (
    <nav aria-label={t("pages")} className="mt-4 flex flex-wrap items-center gap-6">
      {page > 1 ? (
        <a className="kern-link" href={hrefOf(page - 1)} rel="prev">
          <span className="kern-icon kern-icon--chevron-left" aria-hidden="true" /> {t("previous")}
        </a>
      ) : null}
      <p className="kern-body" aria-current="page">
        {t("pageOf", { page, pageCount, total })}
      </p>
      {page < pageCount ? (
        <a className="kern-link" href={hrefOf(page + 1)} rel="next">
          {t("next")} <span className="kern-icon kern-icon--chevron-right" aria-hidden="true" />
        </a>
      ) : null}
    </nav>
  );
}
