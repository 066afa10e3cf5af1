import type { FieldSpec } from "@/components/forms/field-spec";
import type { FormLabels } from "./record-form";

// A stale save: every field with what was typed and what is stored now, differences marked
// in text (not by colour alone).

type Props = {
  fields: FieldSpec[];
  typed: Record<string, string>;
  current: Record<string, string>;
  labels: Pick<FormLabels, "conflictCaption" | "field" | "typed" | "current" | "differs" | "empty" | "conflictHint">;
};

function shown(spec: FieldSpec, value: string | undefined, empty: string): string {
  if (!value) return empty;
  return spec.options?.find((option) => option.value === value)?.label ?? value;
}

export function ConflictTable({ fields, typed, current, labels }: Props) {
  return (
    <div className="flex flex-col gap-2" data-testid="conflict">
      <div className="kern-table-responsive overflow-x-auto">
        <table className="kern-table kern-table--small">
          <caption className="kern-title text-left">{labels.conflictCaption}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {labels.field}
              </th>
              <th scope="col" className="kern-table__header">
                {labels.typed}
              </th>
              <th scope="col" className="kern-table__header">
                {labels.current}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {fields.map((spec) => {
              const differs = (typed[spec.name] ?? "").trim() !== (current[spec.name] ?? "").trim();
              return (
                <tr key={spec.name} className="kern-table__row" data-field={spec.name}>
                  <th scope="row" className="kern-table__header">
                    {spec.label}
                    {differs && (
                      <span className="kern-badge kern-badge--warning kern-badge--small ml-2">
                        <span className="kern-label">{labels.differs}</span>
                      </span>
                    )}
                  </th>
                  <td className="kern-table__cell" data-testid={`typed-${spec.name}`}>
                    {shown(spec, typed[spec.name], labels.empty)}
                  </td>
                  <td className="kern-table__cell" data-testid={`current-${spec.name}`}>
                    {shown(spec, current[spec.name], labels.empty)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="kern-body">{labels.conflictHint}</p>
    </div>
  );
}
