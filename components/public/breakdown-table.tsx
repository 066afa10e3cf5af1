import { formatNumber } from "@/lib/format";
import type { PublicFigures } from "@/lib/statistics/public-aggregates";

export type BreakdownRow = PublicFigures & { label: string };

type Props = { caption: string; groupHeader: string; rows: BreakdownRow[] };

const HIDDEN = "·";

function cell(value: number | null) {
  return value === null ? (
    <span title="Weniger als drei Fachkräfte: zum Schutz der Beschäftigten nicht veröffentlicht">{HIDDEN}</span>
  ) : (
    formatNumber(value)
  );
}

/** A public aggregate table; suppressed cells show a dot and are explained below. */
export function BreakdownTable({ caption, groupHeader, rows }: Props) {
  const anyHidden = rows.some((row) => row.suppressed);
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped">
        <caption className="kern-title">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {groupHeader}
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Fachkräfte
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Stellenanteile
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Schulen versorgt
            </th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">
              Schulen gesamt
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.label} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {row.label}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">{cell(row.staff)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{cell(row.fte)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{cell(row.schoolsCovered)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(row.schoolsTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {anyHidden && (
        <p className="kern-body kern-body--small mt-2">
          {HIDDEN} = weniger als drei Fachkräfte in der Gruppe (oder zum Schutz einer solchen Gruppe): zum Schutz der
          Beschäftigten nicht veröffentlicht.
        </p>
      )}
    </div>
  );
}
