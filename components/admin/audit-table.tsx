import { useLocale, useTranslations } from "next-intl";
import type { AuditEventDto, AuditName } from "@/lib/dal/audit-log";
import { formatDateTime } from "@/lib/format";
import { AuditChange } from "./audit-change";
import { AuditRecord } from "./audit-record";
import { useAuditLabels } from "./use-audit-labels";

/** Audit events, newest first: the record by name, the change field by field. */
export function AuditTable({ events, names }: { events: AuditEventDto[]; names: Record<string, AuditName> }) {
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
                <AuditRecord event={event} names={names} />
              </td>
              <td className="kern-table__cell">
                <AuditChange event={event} names={names} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
