import { useTranslations } from "next-intl";
import { useMessageText } from "@/components/i18n/use-message-text";
import type { AuditLogQuery } from "@/lib/schemas/audit-log";
import { Field, inputClass, selectClass } from "./field";
import { useAuditLabels } from "./use-audit-labels";

type Props = { query: AuditLogQuery; facets: { actions: string[]; entities: string[] } };

/** A plain GET form: every filter has its own URL and works without JavaScript. */
export function AuditFilterForm({ query, facets }: Props) {
  const t = useTranslations("audit.filter");
  const text = useMessageText();
  const labels = useAuditLabels();
  const { filter, errors } = query;
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "de");
  const actions = facets.actions.map((code) => ({ code, label: labels.action(code) })).sort(byLabel);
  const entities = facets.entities.map((code) => ({ code, label: labels.entity(code) })).sort(byLabel);
  const fromError = errors.von ? [text(errors.von)] : undefined;
  const toError = errors.bis ? [text(errors.bis)] : undefined;
  return (
    <form method="get" action="/verwaltung/protokoll" aria-label={t("label")} className="flex flex-col gap-4">
      <div className="grid gap-4 md:grid-cols-3">
        <Field id="akteur" label={t("actor")} hint={t("actorHint")}>
          {(control) => (
            <input
              {...control}
              className={inputClass()}
              name="akteur"
              type="search"
              defaultValue={filter.actor ?? ""}
            />
          )}
        </Field>
        <Field id="aktion" label={t("action")}>
          {(control) => (
            <div className="kern-form-input__select-wrapper">
              <select {...control} className={selectClass()} name="aktion" defaultValue={filter.action ?? ""}>
                <option value="">{t("all")}</option>
                {/* A prefix from a link ("user.": every action on accounts) stays selectable. */}
                {filter.action && !facets.actions.includes(filter.action) && (
                  <option value={filter.action}>{t("actionPrefix", { prefix: filter.action })}</option>
                )}
                {actions.map(({ code, label }) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          )}
        </Field>
        <Field id="objekt" label={t("entity")}>
          {(control) => (
            <div className="kern-form-input__select-wrapper">
              <select {...control} className={selectClass()} name="objekt" defaultValue={filter.entity ?? ""}>
                <option value="">{t("all")}</option>
                {entities.map(({ code, label }) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          )}
        </Field>
        <Field id="von" label={t("from")} error={fromError}>
          {(control) => (
            <input
              {...control}
              className={inputClass(fromError)}
              name="von"
              type="date"
              defaultValue={filter.from ?? ""}
            />
          )}
        </Field>
        <Field id="bis" label={t("to")} error={toError}>
          {(control) => (
            <input {...control} className={inputClass(toError)} name="bis" type="date" defaultValue={filter.to ?? ""} />
          )}
        </Field>
        <Field id="objekt-id" label={t("entityId")} hint={t("entityIdHint")}>
          {(control) => (
            <input {...control} className={inputClass()} name="id" type="search" defaultValue={filter.entityId ?? ""} />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap gap-4">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-icon kern-icon--search" aria-hidden="true" />
          <span className="kern-label">{t("submit")}</span>
        </button>
        <a className="kern-btn kern-btn--secondary" href="/verwaltung/protokoll">
          <span className="kern-label">{t("reset")}</span>
        </a>
      </div>
    </form>
  );
}
