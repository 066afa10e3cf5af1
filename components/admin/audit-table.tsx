import type { AuditEventDto } from "@/lib/dal/audit-log";
import { ROLE_LABELS } from "@/lib/permissions";
import { actionLabel, entityLabel } from "./audit-labels";
import { formatDateTime } from "./format";

const json = (value: unknown) => (value === null || value === undefined ? "–" : JSON.stringify(value, null, 2));

/** Audit events, newest first; before/after of each change behind a disclosure. */
export function AuditTable({ events }: { events: AuditEventDto[] }) {
  if (events.length === 0) return <p className="kern-body">Keine Einträge für diesen Filter.</p>;
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--striped kern-table--small" data-testid="audit-table">
        <caption className="sr-only">Protokolleinträge</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              Zeitpunkt
            </th>
            <th scope="col" className="kern-table__header">
              Wer
            </th>
            <th scope="col" className="kern-table__header">
              Aktion
            </th>
            <th scope="col" className="kern-table__header">
              Objekt
            </th>
            <th scope="col" className="kern-table__header">
              Änderung
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {events.map((event) => (
            <tr key={event.id} className="kern-table__row">
              <td className="kern-table__cell whitespace-nowrap">{formatDateTime(event.at)}</td>
              <td className="kern-table__cell">
                {event.actor}
                {event.actorRole && <span className="kern-body--muted"> · {ROLE_LABELS[event.actorRole]}</span>}
              </td>
              <td className="kern-table__cell">
                <span title={event.action}>{actionLabel(event.action)}</span>
              </td>
              <td className="kern-table__cell">
                {entityLabel(event.entity)}
                {event.entityId && (
                  <>
                    {" "}
                    <a
                      className="kern-link kern-link--small break-all"
                      href={`/verwaltung/protokoll?objekt=${encodeURIComponent(event.entity)}&id=${encodeURIComponent(event.entityId)}`}
                      title="Alle Einträge zu diesem Objekt"
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
                    <summary className="kern-link cursor-pointer">Vorher / nachher</summary>
                    <div className="mt-2 grid gap-2 md:grid-cols-2">
                      <div>
                        <p className="kern-label kern-label--small">Vorher</p>
                        <pre className="kern-body--small whitespace-pre-wrap break-all">{json(event.before)}</pre>
                      </div>
                      <div>
                        <p className="kern-label kern-label--small">Nachher</p>
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
