import type { AuditLogQuery } from "@/lib/schemas/audit-log";
import { actionLabel, entityLabel } from "./audit-labels";
import { Field, inputClass, selectClass } from "./field";

type Props = { query: AuditLogQuery; facets: { actions: string[]; entities: string[] } };

/** A plain GET form: every filter has its own URL and works without JavaScript. */
export function AuditFilterForm({ query, facets }: Props) {
  const { filter, errors } = query;
  return (
    <form method="get" action="/verwaltung/protokoll" aria-label="Protokoll filtern" className="flex flex-col gap-4">
      <div className="grid gap-4 md:grid-cols-3">
        <Field id="akteur" label="Wer" hint="Teil der E-Mail-Adresse oder „CLI“">
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
        <Field id="aktion" label="Aktion" hint="z. B. user. für alle Aktionen an Zugängen">
          {(control) => (
            <>
              <input
                {...control}
                className={inputClass()}
                name="aktion"
                type="search"
                list="aktionen"
                defaultValue={filter.action ?? ""}
              />
              <datalist id="aktionen">
                {facets.actions.map((action) => (
                  <option key={action} value={action}>
                    {actionLabel(action)}
                  </option>
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field id="objekt" label="Objekt">
          {(control) => (
            <div className="kern-form-input__select-wrapper">
              <select {...control} className={selectClass()} name="objekt" defaultValue={filter.entity ?? ""}>
                <option value="">Alle</option>
                {facets.entities.map((entity) => (
                  <option key={entity} value={entity}>
                    {entityLabel(entity)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </Field>
        <Field id="von" label="Von (Tag)" error={errors.von ? [errors.von] : undefined}>
          {(control) => (
            <input
              {...control}
              className={inputClass(errors.von ? [errors.von] : undefined)}
              name="von"
              type="date"
              defaultValue={filter.from ?? ""}
            />
          )}
        </Field>
        <Field id="bis" label="Bis (Tag, einschließlich)" error={errors.bis ? [errors.bis] : undefined}>
          {(control) => (
            <input
              {...control}
              className={inputClass(errors.bis ? [errors.bis] : undefined)}
              name="bis"
              type="date"
              defaultValue={filter.to ?? ""}
            />
          )}
        </Field>
        <Field id="objekt-id" label="Objekt-ID" hint="Die Kennung eines einzelnen Eintrags">
          {(control) => (
            <input {...control} className={inputClass()} name="id" type="search" defaultValue={filter.entityId ?? ""} />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap gap-4">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-icon kern-icon--search" aria-hidden="true" />
          <span className="kern-label">Filtern</span>
        </button>
        <a className="kern-btn kern-btn--secondary" href="/verwaltung/protokoll">
          <span className="kern-label">Filter zurücksetzen</span>
        </a>
      </div>
    </form>
  );
}
