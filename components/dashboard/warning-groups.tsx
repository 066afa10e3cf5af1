import { getLocale, getTranslations } from "next-intl/server";
import { formatCount, formatDay } from "@/lib/format";
import { firesForNearlyAllSchools } from "@/lib/warnings/nearly-all";
import { WARNING_KINDS, type Warning, type WarningKind, type WarningReport } from "@/lib/warnings/types";
import { WarningEntries } from "./warning-entries";
import { warningsPageHref } from "./warnings-href";

/**
 * Entries shown per kind; the rest are one link away (/uebersicht/hinweise, paged). Keeps the
 * dashboard small at any size: at NRW scale one kind has thousands of entries.
 */
export const WARNINGS_SHOWN_PER_KIND = 10;

const anchorOf = (kind: WarningKind) => `hinweise-${kind}`;

/** The warnings of a key date: counts per kind, then each kind's entries linking to the record. */
export async function WarningGroups({ report }: { report: WarningReport }) {
  const t = await getTranslations("dashboard.warnings");
  const locale = await getLocale();
  const byKind = new Map<WarningKind, Warning[]>(WARNING_KINDS.map((kind) => [kind, []]));
  for (const warning of report.warnings) byKind.get(warning.kind)?.push(warning);
  const ruleValues = { threshold: report.threshold, horizon: formatDay(report.fundingHorizon, locale) };

  return (
    <div className="flex flex-col gap-6">
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--small" data-testid="warning-counts">
          <caption className="kern-title kern-title--small">{t("countsCaption")}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t("kindColumn")}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">
                {t("countColumn")}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {WARNING_KINDS.map((kind) => (
              <tr key={kind} className="kern-table__row">
                <th scope="row" className="kern-table__header">
                  {report.counts[kind] > 0 ? (
                    <a className="kern-link" href={`#${anchorOf(kind)}`}>
                      {t(`kinds.${kind}.title`, ruleValues)}
                    </a>
                  ) : (
                    t(`kinds.${kind}.title`, ruleValues)
                  )}
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">
                  {formatCount(report.counts[kind], locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {WARNING_KINDS.filter((kind) => report.counts[kind] > 0).map((kind) => {
        const entries = byKind.get(kind) ?? [];
        const nearlyAll = firesForNearlyAllSchools(report, kind);
        const shown = nearlyAll ? [] : entries.slice(0, WARNINGS_SHOWN_PER_KIND);
        return (
          <section key={kind} id={anchorOf(kind)} aria-labelledby={`${anchorOf(kind)}-title`} data-warning-kind={kind}>
            <h3 id={`${anchorOf(kind)}-title`} className="kern-heading-small">
              {t("groupTitle", { title: t(`kinds.${kind}.title`, ruleValues), count: entries.length })}
            </h3>
            <p className="kern-body kern-body--muted mb-2">{t(`kinds.${kind}.rule`, ruleValues)}</p>
            {nearlyAll ? (
              <p className="kern-body" data-testid="warnings-nearly-all">
                {t("nearlyAll", { count: entries.length, schools: report.openSchools })}
              </p>
            ) : (
              <WarningEntries warnings={shown} />
            )}
            {entries.length > shown.length && (
              <p className="kern-body mt-2">
                {shown.length > 0 && t("cutOff", { shown: shown.length, count: entries.length })}{" "}
                <a className="kern-link" href={warningsPageHref(kind, report.date)}>
                  {t("showAll", { count: entries.length })}
                </a>
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
