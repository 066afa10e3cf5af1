import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

// One labelled form field in KERN style, with its hint and error wired up for screen readers
// (aria-describedby, aria-invalid). The control itself comes from the caller via render prop.

type ControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

type Props = {
  id: string;
  label: string;
  hint?: string;
  error?: string[];
  children: (control: ControlProps) => ReactNode;
};

export function Field({ id, label, hint, error, children }: Props) {
  const message = error?.[0];
  const describedBy = [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`kern-form-input ${message ? "kern-form-input--error" : ""}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="kern-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {children({ id, "aria-describedby": describedBy || undefined, "aria-invalid": message ? true : undefined })}
      {message && (
        <p className="kern-error" id={`${id}-error`}>
          {message}
        </p>
      )}
    </div>
  );
}

export const inputClass = (error?: string[]) =>
  `kern-form-input__input ${error?.length ? "kern-form-input__input--error" : ""}`;

export const selectClass = (error?: string[]) =>
  `kern-form-input__select ${error?.length ? "kern-form-input__select--error" : ""}`;

export type SelectOption = { id: string; label: string };

type OptionSelectProps = {
  control: ControlProps;
  name: string;
  options: SelectOption[];
  error?: string[];
  defaultValue?: string;
  /** Controlled use (the role select drives which binding is asked for). */
  value?: string;
  onChange?: (value: string) => void;
};

/** A required KERN select with a "please choose" placeholder, for a Field's render prop. */
export function OptionSelect({ control, name, options, error, defaultValue, value, onChange }: OptionSelectProps) {
  const t = useTranslations("users.form");
  return (
    <div className="kern-form-input__select-wrapper">
      <select
        {...control}
        className={selectClass(error)}
        name={name}
        required
        {...(onChange ? { value, onChange: (event) => onChange(event.target.value) } : { defaultValue })}
      >
        <option value="">{t("choose")}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
