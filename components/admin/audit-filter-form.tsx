import { useTranslations } from "next-intl";
import { DeclarativeForm } from "@/components/forms/declarative-form";
import type { FieldSpec } from "@/components/forms/field-spec";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { AuditLogQuery } from "@/lib/schemas/audit-log";
import { useAuditLabels } from "./use-audit-labels";

type Props = { query: AuditLogQuery; facets: { actions: string[]; entities: string[] } };

/** A plain GET form: every filter has its own URL and works without JavaScript. */
export function AuditFilterForm({ query, facets }: Props) {
  const t = useTranslations("audit.filter");
  const text = useMessageText();
  const labels = useAuditLabels();
  const { filter, errors } = query;
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "de");
  const actions = facets.actions.map((code) => ({ value: code, label: labels.action(code) })).sort(byLabel);
  const entities = facets.entities.map((code) => ({ value: code, label: labels.entity(code) })).sort(byLabel);
  // A prefix from a link ("user.": every action on accounts) stays selectable.
  const prefix =
    filter.action && !facets.actions.includes(filter.action)
      ? [{ value: filter.action, label: t("actionPrefix", { prefix: filter.action }) }]
      : [];
  const fields: FieldSpec[] = [
    { name: "akteur", label: t("actor"), hint: t("actorHint"), kind: "search" },
    { name: "aktion", label: t("action"), kind: "select", empty: t("all"), options: [...prefix, ...actions] },
    { name: "objekt", label: t("entity"), kind: "select", empty: t("all"), options: entities },
    { name: "von", label: t("from"), kind: "date" },
    { name: "bis", label: t("to"), kind: "date" },
    { name: "id", id: "objekt-id", label: t("entityId"), hint: t("entityIdHint"), kind: "search" },
  ];
  return (
    <DeclarativeForm
      label={t("label")}
      fields={fields}
      values={{
        akteur: filter.actor ?? "",
        aktion: filter.action ?? "",
        objekt: filter.entity ?? "",
        von: filter.from ?? "",
        bis: filter.to ?? "",
        id: filter.entityId ?? "",
      }}
      errors={{
        von: errors.von ? [text(errors.von)] : undefined,
        bis: errors.bis ? [text(errors.bis)] : undefined,
      }}
      choose={t("all")}
      getAction="/verwaltung/protokoll"
      layout="filter"
      submit={{ label: t("submit"), icon: "search" }}
      cancel={{ href: "/verwaltung/protokoll", label: t("reset") }}
    />
  );
}
