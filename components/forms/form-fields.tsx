import { Field, inputClass, selectClass } from "@/components/admin/field";
import { type FieldMessages, type FieldSpec, fieldId } from "./field-spec";

// The controls of a declarative form, in KERN style: each field labelled, with its hint and
// error wired up by Field. No hooks, so server and client forms render the same markup.

type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

const INPUT_TYPES = {
  text: "text",
  email: "email",
  tel: "tel",
  search: "search",
  date: "date",
  // Typed as text: a decimal comma is refused by type="number" in some browsers.
  number: "text",
  decimal: "text",
} as const;

function Control({
  spec,
  control,
  value,
  error,
  choose,
}: {
  spec: FieldSpec;
  control: ControlProps;
  value: string;
  error?: string[];
  choose: string;
}) {
  const common = { ...control, name: spec.name, defaultValue: value, required: spec.required };
  if (spec.kind === "select") {
    return (
      <div className="kern-form-input__select-wrapper">
        <select {...common} className={selectClass(error)}>
          <option value="">{spec.empty ?? choose}</option>
          {spec.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (spec.kind === "textarea") {
    return <textarea {...common} className={inputClass(error)} rows={3} maxLength={spec.maxLength} />;
  }
  const listId = spec.suggestions ? `${control.id}-vorschlaege` : undefined;
  return (
    <>
      <input
        {...common}
        className={inputClass(error)}
        type={INPUT_TYPES[spec.kind]}
        inputMode={spec.kind === "number" ? "numeric" : spec.kind === "decimal" ? "decimal" : undefined}
        maxLength={spec.maxLength}
        autoComplete={spec.autoComplete ?? "off"}
        list={listId}
      />
      {spec.suggestions && (
        <datalist id={listId}>
          {spec.suggestions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </datalist>
      )}
    </>
  );
}

type Props = {
  fields: FieldSpec[];
  values: Record<string, string>;
  errors: FieldMessages;
  /** The empty option of a select that names none of its own. */
  choose: string;
};

export function FormFields({ fields, values, errors, choose }: Props) {
  return fields.map((spec) => {
    const id = fieldId(spec);
    const error = errors[spec.name];
    return (
      <Field key={spec.name} id={id} label={spec.label} hint={spec.hint} error={error}>
        {(control) => (
          <Control spec={spec} control={control} value={values[spec.name] ?? ""} error={error} choose={choose} />
        )}
      </Field>
    );
  });
}
