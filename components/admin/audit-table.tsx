import { useLocale, useTranslations } from "next-intl";
import type { AuditEventDto } from "@/lib/dal/audit-log";
import { formatDateTime } from "@/lib/format";
import { useAuditLabels } from "./use-audit-labels";

const json = (value: unknown) => (value === null || value === undefined ? "–" : JSON.stringify(value, null, 2));

/** Audit events, newest first; before/after of each change behind a disclosure. */
export function AuditTable({ events }: { events: AuditEventDto[] }) {
  const t = useTranslations("audit");
  const tc = useTranslations("common");
  const locale = useLocale();
  const labels = useAuditLabels();
  if (events.length === 0) return <p className="kern-body">{t("empty")}</p>;
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped kern-table--small" data-testid="audit-table">
        <caption className="sr-only">{t("table.caption")}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("table.at")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("table.actor")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("table.action")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("table.entity")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("table.change")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {events.map((event) => (
            <tr key={event.id} className="kern-table__row">
              <td className="kern-table__cell whitespace-nowrap">{formatDateTime(event.at, locale)}</td>
              <td className="kern-table__cell">
                {event.actor}
                {event.actorRole && <span className="kern-body--muted"> · {tc(`roles.${event.actorRole}`)}</span>}
              </td>
              <td className="kern-table__cell">
                <span title={event.action}>{labels.action(event.action)}</span>
              </td>
              <td className="kern-table__cell">
                {labels.entity(event.entity)}
                {event.entityId && (
                  <>
                    {" "}
                    <a
                      className="kern-link kern-link--small break-all"
                      href={`/verwaltung/protokoll?objekt=${encodeURIComponent(event.entity)}&id=${encodeURIComponent(event.entityId)}`}
                      title={t("table.entityLink")}
                    >
                      {event.entityId}
                    </a>
                  </>
                )}
              </td>
              <td className="kern-table__cell">
                {event.before === null && event.after === null ? (
                  "–"
                ) : (
                  <details>
                    <summary className="kern-link cursor-pointer">{t("table.beforeAfter")}</summary>
                    <div className="mt-2 grid gap-2 md:grid-cols-2">
                      <div>
                        <p className="kern-label kern-label--small">{t("table.before")}</p>
                        <pre className="kern-body--small whitespace-pre-wrap break-all">{json(event.before)}</pre>
                      </div>
                      <div>
                        <p className="kern-label kern-label--small">{t("table.after")}</p>
                        <pre className="kern-body--small whitespace-pre-wrap break-all">{json(event.after)}</pre>
                      </div>
                    </div>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
