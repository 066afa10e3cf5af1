"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatCount, formatFte } from "@/lib/format";
import type { BreakdownRow } from "./breakdown-rows";

type Props = { caption: string; groupHeader: string; rows: readonly BreakdownRow[]; withTotal: boolean };

/**
 * One breakdown of the key-date figures (no suppression: admin and supervisor see all).
 * A client component on purpose: the page's payload then carries the rows as data, about a
 * fifth of the size of a server-rendered table (80 providers and 50 districts at NRW scale).
 */
export function BreakdownTable({ caption, groupHeader, rows, withTotal }: Props) {
  const t = useTranslations("dashboard.columns");
  const locale = useLocale();
  const numeric = "kern-table__header kern-table__header--numeric";
  const cell = "kern-table__cell kern-table__cell--numeric";
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped kern-table--small">
        <caption className="kern-title kern-title--small">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {groupHeader}
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
            {withTotal && (
              <th scope="col" className={numeric}>
                {t("schoolsTotal")}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.key} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {row.label}
              </th>
              <td className={cell}>{formatCount(row.staff, locale)}</td>
              <td className={cell}>{formatFte(row.fteMilli, locale)}</td>
              <td className={cell}>{formatCount(row.schoolsCovered, locale)}</td>
              {withTotal && <td className={cell}>{formatCount(row.schoolsTotal ?? 0, locale)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
