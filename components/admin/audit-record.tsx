import { useTranslations } from "next-intl";
import type { AuditEventDto, AuditName } from "@/lib/dal/audit-log";
import { nameText } from "./audit-names";
import { useAuditLabels } from "./use-audit-labels";

type Props = { event: AuditEventDto; names: Record<string, AuditName> };

/**
 * What an event is about: the kind of record and its name, linking to all events about it;
 * the id only on demand. A refusal (access.denied) names the permission it lacked.
 */
export function AuditRecord({ event, names }: Props) {
  const t = useTranslations("audit");
  const labels = useAuditLabels();
  const denied = event.action === "access.denied";
  const kind = denied
    ? t("table.capability", { capability: labels.capability(event.entity) })
    : labels.entity(event.entity);
  if (!event.entityId) return <>{kind}</>;
  const name = nameText(names[event.entityId], t) ?? t("names.gone");
  // A refusal's entity is a capability, no choice of the filter: its record is found by id alone.
  const entity = denied ? "" : `objekt=${encodeURIComponent(event.entity)}&`;
  const href = `/verwaltung/protokoll?${entity}id=${encodeURIComponent(event.entityId)}`;
  return (
    <div className="flex flex-col gap-1">
      <span>{kind}</span>
      <a className="kern-link" href={href} title={t("table.entityLink")} data-testid="audit-record">
        {name}
      </a>
      <details className="kern-body--small">
        <summary className="cursor-pointer">{t("table.showId")}</summary>
        <code className="break-all">{event.entityId}</code>
      </details>
    </div>
  );
}
