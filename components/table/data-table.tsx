"use client";

import {
  type ColumnDef,
  FlexRender,
  type RowData,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { type ReactNode, useId } from "react";
import { TableScroll } from "@/components/layout/table-scroll";
import type { SortDirection } from "@/lib/schemas/list-query";
import { listHref } from "./list-href";

// A server-side list: the server already sorted, filtered and paged the rows; TanStack Table
// only lays them out (manual sorting). Sorting is a plain link per column header, so it works
// without JavaScript and by keyboard, and the URL can be bookmarked.

export const tableFeatureSet = tableFeatures({ rowSortingFeature });
export type TableFeatureSet = typeof tableFeatureSet;
export type Column<Row extends RowData> = ColumnDef<TableFeatureSet, Row, unknown> & {
  /** The sort key the server understands; a column without one is not sortable. */
  meta?: { sortKey?: string; numeric?: boolean };
};

type Props<Row extends RowData> = {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowId: (row: Row) => string;
  sort: string;
  dir: SortDirection;
  /** The list's path and current query (filters, search), kept by sort links. */
  path: string;
  query: Record<string, string>;
  /** Shown instead of the body when there are no rows. */
  empty?: ReactNode;
};

export function DataTable<Row extends RowData>({
  caption,
  columns,
  rows,
  rowId,
  sort,
  dir,
  path,
  query,
  empty,
}: Props<Row>) {
  const t = useTranslations("tables");
  const captionId = useId();
  const sorting: SortingState = [{ id: sort, desc: dir === "desc" }];
  const table = useTable<TableFeatureSet, Row>({
    features: tableFeatureSet,
    columns,
    data: rows,
    getRowId: (row) => rowId(row),
    manualSorting: true,
    state: { sorting },
  });

  return (
    // A focusable, named scroll region: wide tables can be scrolled by keyboard.
    <TableScroll labelledBy={captionId}>
      <table className="kern-table">
        <caption id={captionId} className="kern-title text-left">
          {caption}
        </caption>
        <thead className="kern-table__head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="kern-table__row">
              {group.headers.map((header) => {
                const meta = (header.column.columnDef as Column<Row>).meta;
                const sortKey = meta?.sortKey;
                const active = sortKey !== undefined && sortKey === sort;
                const nextDir: SortDirection = active && dir === "asc" ? "desc" : "asc";
                const label = header.isPlaceholder ? null : <FlexRender header={header} />;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`kern-table__header ${meta?.numeric ? "kern-table__header--numeric" : ""}`}
                    aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
                  >
                    {sortKey ? (
                      <a
                        className="kern-link"
                        href={listHref(path, { ...query, sort: sortKey, dir: nextDir, page: "1" })}
                        title={t(nextDir === "asc" ? "sortAscending" : "sortDescending")}
                      >
                        {label}
                        {active ? <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span> : null}
                      </a>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="kern-table__body">
          {table.getRowModel().rows.length === 0 ? (
            <tr className="kern-table__row">
              <td className="kern-table__cell" colSpan={columns.length}>
                {empty ?? t("empty")}
              </td>
            </tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="kern-table__row">
                {row.getAllCells().map((cell) => {
                  const meta = (cell.column.columnDef as Column<Row>).meta;
                  return (
                    <td
                      key={cell.id}
                      className={`kern-table__cell ${meta?.numeric ? "kern-table__cell--numeric" : ""}`}
                    >
                      <FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}
