import { useLocale, useTranslations } from "next-intl";
import { type ChangeRow, changeRows, type Translate } from "@/lib/audit/changes";
import type { AuditEventDto, AuditName } from "@/lib/dal/audit-log";
import { nameText } from "./audit-names";

type Props = { event: AuditEventDto; names: Record<string, AuditName> };

/** One event's change, field by field: the changed fields' names, and their values behind a disclosure. */
export function AuditChange({ event, names }: Props) {
  const t = useTranslations("audit");
  const all = useTranslations();
  const locale = useLocale();
  // Field labels and kinds come from several namespaces (audit, common, providers, funding),
  // looked up by codes stored in the events, so the keys are checked at run time.
  type Key = Parameters<typeof all.has>[0];
  const translate = Object.assign((key: string) => all(key as Key), { has: (key: string) => all.has(key as Key) });
  const rows: ChangeRow[] = changeRows(event, {
    t: translate satisfies Translate,
    locale,
    nameOf: (id) => nameText(names[id], t),
  });
  if (rows.length === 0) return <span className="kern-body--muted">{t("table.noDetails")}</span>;
  return (
    <details>
      <summary className="kern-link cursor-pointer">{rows.map((row) => row.label).join(", ")}</summary>
      <table className="kern-table kern-table--small mt-2" data-testid="audit-change">
        <caption className="sr-only">{t("table.changeCaption")}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t("table.field")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("table.before")}
            </th>
            <th scope="col" className="kern-table__header">
              {t("table.after")}
            </th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.key} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                {row.label}
              </th>
              <td className="kern-table__cell whitespace-pre-wrap break-words">{row.before ?? "–"}</td>
              <td className="kern-table__cell whitespace-pre-wrap break-words">{row.after ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
