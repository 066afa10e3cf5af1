import { getLocale, getTranslations } from "next-intl/server";
import type { ProviderChange } from "@/lib/forecast/types";
import { formatDay, formatFte, formatFteDelta } from "@/lib/format";

type Props = { base: string; date: string; providers: ProviderChange[] };

/** Per provider: FTE at the base date, what stops and starts counting, FTE at the forecast date. */
export async function ForecastProviders({ base, date, providers }: Props) {
  const t = await getTranslations("forecast.providers");
  const locale = await getLocale();
  if (providers.length === 0) return <p className="kern-body">{t("none")}</p>;
  const numeric = "kern-table__header kern-table__header--numeric";
  const cell = "kern-table__cell kern-table__cell--numeric";
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped kern-table--small" data-testid="forecast-providers">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("provider")}
            </th>
            <th scope="col" className={numeric}>
              {t("fteAt", { date: formatDay(base, locale) })}
            </th>
            <th scope="col" className={numeric}>
              {t("lost")}
            </th>
            <th scope="col" className={numeric}>
              {t("gained")}
            </th>
            <th scope="col" className={numeric}>
              {t("fteAt", { date: formatDay(date, locale) })}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {providers.map((row) => (
            <tr key={row.providerId} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {row.provider}
              </th>
              <td className={cell}>{formatFte(row.fteMilliToday, locale)}</td>
              <td className={cell}>{formatFteDelta(-row.fteMilliLost, locale)}</td>
              <td className={cell}>{formatFteDelta(row.fteMilliGained, locale)}</td>
              <td className={cell}>{formatFte(row.fteMilliAtDate, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
