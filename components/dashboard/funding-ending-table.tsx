import { getLocale, getTranslations } from "next-intl/server";
import { formatCount, formatDay, formatFte } from "@/lib/format";
import type { FundingEnding } from "@/lib/warnings/types";

type Props = { sources: FundingEnding[]; horizon: string };

/** Funding sources that end within six months of the key date, with the FTE they pay for. */
export async function FundingEndingTable({ sources, horizon }: Props) {
  const t = await getTranslations("dashboard.fundingEnding");
  const locale = await getLocale();
  if (sources.length === 0) {
    return <p className="kern-body">{t("none", { horizon: formatDay(horizon, locale) })}</p>;
  }
  const numeric = "kern-table__header kern-table__header--numeric";
  const cell = "kern-table__cell kern-table__cell--numeric";
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped kern-table--small" data-testid="funding-ending">
        <caption className="kern-title kern-title--small">
          {t("caption", { horizon: formatDay(horizon, locale) })}
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("name")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("until")}
            </th>
            <th scope="col" className={numeric}>
              {t("fte")}
            </th>
            <th scope="col" className={numeric}>
              {t("assignments")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {sources.map((source) => (
            <tr key={source.record.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <a className="kern-link" href={source.href}>
                  {source.record.name}
                </a>
              </th>
              <td className="kern-table__cell">{formatDay(source.validUntil, locale)}</td>
              <td className={cell}>{formatFte(source.fteMilli, locale)}</td>
              <td className={cell}>{formatCount(source.assignments, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
