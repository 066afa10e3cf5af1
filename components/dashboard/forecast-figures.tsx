import { getLocale, getTranslations } from "next-intl/server";
import type { Figures } from "@/lib/coverage/types";
import { formatCount, formatCountDelta, formatDay, formatFte, formatFteDelta } from "@/lib/format";

type Props = { base: string; date: string; current: Figures; future: Figures };

/** The headline figures at the base date and at the forecast date, with the change. */
export async function ForecastFigures({ base, date, current, future }: Props) {
  const t = await getTranslations("forecast.figures");
  const locale = await getLocale();
  const rows = [
    {
      key: "staff",
      now: formatCount(current.staff, locale),
      atDate: formatCount(future.staff, locale),
      delta: formatCountDelta(future.staff - current.staff, locale),
    },
    {
      key: "fte",
      now: formatFte(current.fteMilli, locale),
      atDate: formatFte(future.fteMilli, locale),
      delta: formatFteDelta(future.fteMilli - current.fteMilli, locale),
    },
    {
      key: "schoolsCovered",
      now: formatCount(current.schoolsCovered, locale),
      atDate: formatCount(future.schoolsCovered, locale),
      delta: formatCountDelta(future.schoolsCovered - current.schoolsCovered, locale),
    },
    {
      key: "schoolsTotal",
      now: formatCount(current.schoolsTotal, locale),
      atDate: formatCount(future.schoolsTotal, locale),
      delta: formatCountDelta(future.schoolsTotal - current.schoolsTotal, locale),
    },
  ] as const;
  const numeric = "kern-table__header kern-table__header--numeric";
  const cell = "kern-table__cell kern-table__cell--numeric";
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped" data-testid="forecast-figures">
        <caption className="kern-title kern-title--small">{t("caption")}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("figure")}
            </th>
            <th scope="col" className={numeric}>
              {t("at", { date: formatDay(base, locale) })}
            </th>
            <th scope="col" className={numeric}>
              {t("at", { date: formatDay(date, locale) })}
            </th>
            <th scope="col" className={numeric}>
              {t("change")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.key} className="kern-table__row" data-figure={row.key}>
              <th scope="row" className="kern-table__header">
                {t(row.key)}
              </th>
              <td className={cell}>{row.now}</td>
              <td className={cell}>{row.atDate}</td>
              <td className={cell}>{row.delta}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
