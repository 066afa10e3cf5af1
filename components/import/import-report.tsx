"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatCount } from "@/lib/format";
import type { ImportErrorText } from "@/lib/import/describe";
import type { SheetCountsRow } from "./import-state";

/** What an import did or would do, per sheet, with a total row. */
export function CountsTable({ rows }: { rows: SheetCountsRow[] }) {
  const t = useTranslations("importing.counts");
  const locale = useLocale();
  const total = rows.reduce(
    (sum, row) => ({
      created: sum.created + row.created,
      updated: sum.updated + row.updated,
      unchanged: sum.unchanged + row.unchanged,
    }),
    { created: 0, updated: 0, unchanged: 0 },
  );
  const numbers = (row: Omit<SheetCountsRow, "sheet">) =>
    (["created", "updated", "unchanged"] as const).map((key) => (
      <td key={key} className="kern-table__cell kern-table__cell--numeric">
        {formatCount(row[key], locale)}
      </td>
    ));
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped" data-testid="import-counts">
        <caption className="kern-title kern-title--small text-left">{t("caption")}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("sheet")}
            </th>
            {(["created", "updated", "unchanged"] as const).map((key) => (
              <th key={key} scope="col" className="kern-table__header kern-table__header--numeric">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.sheet} className="kern-table__row">
              <th scope="row" className="kern-table__cell">
                {row.sheet}
              </th>
              {numbers(row)}
            </tr>
          ))}
          {rows.length > 1 && (
            <tr className="kern-table__row">
              <th scope="row" className="kern-table__cell kern-body--bold">
                {t("total")}
              </th>
              {numbers(total)}
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Every problem of the file, where it is (sheet, line as Excel shows it, column) and what is wrong. */
export function ErrorsTable({ errors }: { errors: ImportErrorText[] }) {
  const t = useTranslations("importing.errorTable");
  const none = t("none");
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped kern-table--small" data-testid="import-errors">
        <caption className="kern-title kern-title--small text-left">{t("caption")}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("sheet")}
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              {t("line")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("column")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("message")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {errors.map((error, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole, never reordered
            <tr key={index} className="kern-table__row">
              <td className="kern-table__cell">{error.sheet ?? none}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{error.line ?? none}</td>
              <td className="kern-table__cell">{error.column ?? none}</td>
              <td className="kern-table__cell">{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
