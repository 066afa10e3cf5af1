import type { SelectOption } from "@/components/admin/field";

// A KERN select for a Field's render prop, with a translated empty option.

type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

type Props = {
  control: ControlProps;
  name: string;
  options: SelectOption[];
  defaultValue?: string;
  /** The empty option's text ("Bitte wählen", "Keine Finanzierung", "Alle Träger"). */
  emptyLabel: string;
  required?: boolean;
  error?: string[];
};

export function SelectControl({ control, name, options, defaultValue, emptyLabel, required, error }: Props) {
  return (
    <div className="kern-form-input__select-wrapper">
      <select
        {...control}
        className={`kern-form-input__select ${error?.length ? "kern-form-input__select--error" : ""}`}
        name={name}
        required={required}
        defaultValue={defaultValue ?? ""}
      >
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
