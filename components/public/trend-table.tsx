import type { PublicTrendPoint } from "@/lib/dal/public-statistics";
import { formatNumber } from "@/lib/format";
import { formatShortDate } from "@/lib/key-date";

const show = (value: number | null) => (value === null ? "·" : formatNumber(value));

/** The chart's values as a table (the accessible alternative to the chart). */
export function TrendTable({ points }: { points: PublicTrendPoint[] }) {
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--small kern-table--striped">
        <caption className="kern-title kern-title--small">Monatswerte (jeweils zum Monatsersten)</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              Stichtag
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
          {points.map((point) => (
            <tr key={point.date} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {formatShortDate(point.date)}
              </th>
              <td className="kern-table__cell kern-table__cell--numeric">{show(point.staff)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{show(point.fte)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{show(point.schoolsCovered)}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(point.schoolsTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
