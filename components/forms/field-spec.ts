import type { ErrorKey } from "@/lib/dal/internal/write-result";

// One field of a declarative form (components/forms/declarative-form.tsx): plain data, so a
// server component can build the list with its translations and hand it to the client form.

export type FieldOption = { value: string; label: string };

export type FieldSpec = {
  /** The parameter the form sends. */
  name: string;
  /** The control's id (label, error summary link) when it differs from the name. */
  id?: string;
  label: string;
  hint?: string;
  /**
   * "number": whole numbers (numeric keyboard); "decimal": FTE as typed in Germany ("0,5");
   * "search": a filter's free text. Every kind is sent as typed; the schema parses it.
   */
  kind: "text" | "email" | "tel" | "search" | "number" | "decimal" | "date" | "select" | "textarea";
  options?: FieldOption[];
  /** A select's empty option ("Keine Finanzierung", "Alle"); the form's "Bitte wählen" when not set. */
  empty?: string;
  /** Suggestions for a text field (a datalist); any other text may be typed too. */
  suggestions?: FieldOption[];
  required?: boolean;
  maxLength?: number;
  autoComplete?: string;
  /** This form's words for an error on this field, where the shared text would name it differently. */
  errorText?: Partial<Record<ErrorKey, string>>;
};

export const fieldId = (spec: FieldSpec) => spec.id ?? spec.name;

/** A field's error messages, translated; the first one is shown. */
export type FieldMessages = Partial<Record<string, string[]>>;

/** Records offered by the DAL ({ id, label }) as a select's options. */
export const choicesOf = (records: { id: string; label: string }[]): FieldOption[] =>
  records.map((record) => ({ value: record.id, label: record.label }));
