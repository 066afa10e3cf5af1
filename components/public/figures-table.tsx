import { useId } from "react";
import { TableScroll } from "@/components/layout/table-scroll";
import { formatNumber, type Locale } from "@/lib/format";
import type { FiguresLabels } from "./figures-labels";

// The public tables (breakdowns, monthly trend) share one shape: a group column and the four
// figures. A withheld value (null) shows a dot with its reason as a tooltip.

export type FiguresRow = {
  key: string;
  label: string;
  staff: number | null;
  fte: number | null;
  schoolsCovered: number | null;
  schoolsTotal: number;
};

export const HIDDEN = "·";

const COLUMNS = ["staff", "fte", "schoolsCovered", "schoolsTotal"] as const;

type Props = {
  caption: string;
  groupHeader: string;
  rows: FiguresRow[];
  labels: FiguresLabels;
  locale: Locale;
  small?: boolean;
};

/** Rendered on the server (breakdowns) and in the browser (the lazily shown trend table). */
export function FiguresTable({ caption, groupHeader, rows, labels, locale, small = false }: Props) {
  const captionId = useId();
  const cell = (value: number | null) =>
    value === null ? <span title={labels.hidden}>{HIDDEN}</span> : formatNumber(value, locale);
  return (
    <TableScroll labelledBy={captionId} hint={labels.scrollHint}>
      <table className={`kern-table kern-table--striped ${small ? "kern-table--small" : ""}`}>
        <caption id={captionId} className={`kern-title ${small ? "kern-title--small" : ""}`}>
          {caption}
        </caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {groupHeader}
            </th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="kern-table__header kern-table__header--numeric">
                {labels.columns[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.key} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {row.label}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">{cell(row.staff)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{cell(row.fte)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{cell(row.schoolsCovered)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(row.schoolsTotal, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
