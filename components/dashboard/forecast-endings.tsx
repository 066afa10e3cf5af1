import { getLocale, getTranslations } from "next-intl/server";
import type { EndingAssignment, EndingEmployment, ExpiringFunding } from "@/lib/forecast/types";
import { formatCount, formatDay, formatFte } from "@/lib/format";

// The three "what ends by then" lists of the forecast, each a table or a sentence when empty.

const numeric = "kern-table__header kern-table__header--numeric";
const cell = "kern-table__cell kern-table__cell--numeric";
const header = "kern-table__header";

export async function EndingAssignmentsTable({ rows }: { rows: EndingAssignment[] }) {
  const t = await getTranslations("forecast.assignments");
  const locale = await getLocale();
  if (rows.length === 0) return <p className="kern-body">{t("none")}</p>;
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped kern-table--small" data-testid="ending-assignments">
        <caption className="sr-only">{t("caption", { count: rows.length })}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className={header}>
              {t("staff")}
            </th>
            <th scope="col" className={header}>
              {t("provider")}
            </th>
            <th scope="col" className={header}>
              {t("school")}
            </th>
            <th scope="col" className={numeric}>
              {t("fte")}
            </th>
            <th scope="col" className={header}>
              {t("until")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.id} className="kern-table__row">
              <th scope="row" className={header}>
                <a className="kern-link" href={row.href}>
                  {row.staffName}
                </a>
              </th>
              <td className="kern-table__cell">{row.providerName}</td>
              <td className="kern-table__cell">{row.schoolName}</td>
              <td className={cell}>{formatFte(row.fteMilli, locale)}</td>
              <td className="kern-table__cell">{formatDay(row.validUntil, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function ExpiringFundingTable({ rows, base }: { rows: ExpiringFunding[]; base: string }) {
  const t = await getTranslations("forecast.funding");
  const locale = await getLocale();
  if (rows.length === 0) return <p className="kern-body">{t("none")}</p>;
  const baseDate = formatDay(base, locale);
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped kern-table--small" data-testid="expiring-funding">
        <caption className="sr-only">{t("caption", { count: rows.length })}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className={header}>
              {t("name")}
            </th>
            <th scope="col" className={header}>
              {t("until")}
            </th>
            <th scope="col" className={numeric}>
              {t("fteAt", { date: baseDate })}
            </th>
            <th scope="col" className={numeric}>
              {t("assignmentsAt", { date: baseDate })}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.id} className="kern-table__row">
              <th scope="row" className={header}>
                <a className="kern-link" href={row.href}>
                  {row.name}
                </a>
              </th>
              <td className="kern-table__cell">{formatDay(row.validUntil, locale)}</td>
              <td className={cell}>{formatFte(row.fteMilliToday, locale)}</td>
              <td className={cell}>{formatCount(row.assignmentsToday, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function EndingEmploymentsTable({ rows, base }: { rows: EndingEmployment[]; base: string }) {
  const t = await getTranslations("forecast.employments");
  const locale = await getLocale();
  if (rows.length === 0) return <p className="kern-body">{t("none")}</p>;
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped kern-table--small" data-testid="ending-employments">
        <caption className="sr-only">{t("caption", { count: rows.length })}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className={header}>
              {t("staff")}
            </th>
            <th scope="col" className={header}>
              {t("provider")}
            </th>
            <th scope="col" className={numeric}>
              {t("employmentFte")}
            </th>
            <th scope="col" className={header}>
              {t("until")}
            </th>
            <th scope="col" className={numeric}>
              {t("fteAt", { date: formatDay(base, locale) })}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.staffId} className="kern-table__row">
              <th scope="row" className={header}>
                <a className="kern-link" href={row.href}>
                  {row.staffName}
                </a>
              </th>
              <td className="kern-table__cell">{row.providerName}</td>
              <td className={cell}>{formatFte(row.employmentFteMilli, locale)}</td>
              <td className="kern-table__cell">{formatDay(row.employedUntil, locale)}</td>
              <td className={cell}>{formatFte(row.fteMilliToday, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
