"use client";

import { useLocale, useTranslations } from "next-intl";
import type { TrendPoint } from "@/lib/coverage/types";
import { formatCount, formatDay, formatFte } from "@/lib/format";

/**
 * The trend chart's values as a table: the chart's accessible alternative. A client component
 * on purpose: it renders from the same `points` the chart gets, so the page's payload carries
 * the numbers once instead of a server-rendered table of a hundred rows on top of them.
 */
export function TrendTable({ points }: { points: readonly TrendPoint[] }) {
  const t = useTranslations("dashboard.trend");
  const locale = useLocale();
  const numeric = "kern-table__header kern-table__header--numeric";
  const cell = "kern-table__cell kern-table__cell--numeric";
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped kern-table--small">
        <caption className="kern-title kern-title--small">{t("tableCaption")}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("date")}
            </th>
            <th scope="col" className={numeric}>
              {t("staff")}
            </th>
            <th scope="col" className={numeric}>
              {t("fte")}
            </th>
            <th scope="col" className={numeric}>
              {t("schoolsCovered")}
            </th>
            <th scope="col" className={numeric}>
              {t("schoolsTotal")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {points.map((point) => (
            <tr key={point.date} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {formatDay(point.date, locale)}
              </th>
              <td className={cell}>{formatCount(point.staff, locale)}</td>
              <td className={cell}>{formatFte(point.fteMilli, locale)}</td>
              <td className={cell}>{formatCount(point.schoolsCovered, locale)}</td>
              <td className={cell}>{formatCount(point.schoolsTotal, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
