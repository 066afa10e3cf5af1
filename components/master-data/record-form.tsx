"use client";

import { type FormEvent, startTransition, useActionState } from "react";
import { Alert } from "@/components/admin/alert";
import { Field, inputClass, selectClass } from "@/components/admin/field";
import type { FormState } from "@/components/forms/form-state";
import { useErrorText } from "@/components/forms/use-error-text";
import { ConflictTable } from "./conflict-table";

// The create/edit form of a master-data record (school, provider, district, funding source).
// The page describes the fields with translated labels; the server action answers with error
// keys (translated here via the "errors" catalog). A refused save keeps everything typed; a
// stale save shows what is stored now next to what was typed, and the form then carries the
// stored version, so that saving again is a deliberate decision to replace it.

export type FieldOption = { value: string; label: string };

export type FieldSpec = {
  name: string;
  label: string;
  hint?: string;
  kind: "text" | "number" | "date" | "select" | "textarea";
  options?: FieldOption[];
  required?: boolean;
  maxLength?: number;
  autoComplete?: string;
};

export type FormLabels = {
  submit: string;
  pending: string;
  cancel: string;
  choose: string;
  conflictCaption: string;
  field: string;
  typed: string;
  current: string;
  differs: string;
  empty: string;
  conflictHint: string;
  reload: string;
};

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  initial: Record<string, string>;
  /** Set when editing: the record and the version the form was loaded at. */
  edit?: { id: string; version: number; reloadHref: string };
  cancelHref: string;
  labels: FormLabels;
  /** The form's accessible name. */
  formLabel: string;
  testId?: string;
};

function Control({
  spec,
  control,
  value,
  error,
  choose,
}: {
  spec: FieldSpec;
  control: { id: string; "aria-describedby"?: string; "aria-invalid"?: true };
  value: string;
  error?: string[];
  choose: string;
}) {
  const common = { ...control, name: spec.name, defaultValue: value, required: spec.required };
  if (spec.kind === "select") {
    return (
      <div className="kern-form-input__select-wrapper">
        <select {...common} className={selectClass(error)}>
          <option value="">{choose}</option>
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
  return (
    <input
      {...common}
      className={inputClass(error)}
      type={spec.kind === "number" ? "text" : spec.kind}
      inputMode={spec.kind === "number" ? "numeric" : undefined}
      maxLength={spec.maxLength}
      autoComplete={spec.autoComplete ?? "off"}
    />
  );
}

export function RecordForm({ action, fields, initial, edit, cancelHref, labels, formLabel, testId }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const errorText = useErrorText();
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  // After a conflict the form saves against the stored version (see above).
  const version = state.current?.version ?? (edit ? String(edit.version) : "");

  // Submitted by hand rather than through the form's `action`: React resets a form after an
  // action, and a refused form must keep what was typed.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const conflict = state.message === "conflict" && state.current !== undefined;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="flex max-w-2xl flex-col gap-6"
      aria-label={formLabel}
      data-testid={testId}
    >
      {state.message && (
        <Alert tone={conflict ? "warning" : "danger"} title={errorText([state.message])?.[0] ?? ""} testId="form-error">
          {conflict && state.current && (
            <ConflictTable fields={fields} typed={values} current={state.current} labels={labels} />
          )}
          {conflict && edit && (
            <p className="kern-body mt-2">
              <a className="kern-link" href={edit.reloadHref}>
                {labels.reload}
              </a>
            </p>
          )}
        </Alert>
      )}
      {edit && (
        <>
          <input type="hidden" name="id" value={edit.id} />
          <input type="hidden" name="version" value={version} />
        </>
      )}
      {fields.map((spec) => {
        const error = errorText(errors[spec.name]);
        return (
          <Field key={spec.name} id={spec.name} label={spec.label} hint={spec.hint} error={error}>
            {(control) => (
              <Control
                spec={spec}
                control={control}
                value={values[spec.name] ?? ""}
                error={error}
                choose={labels.choose}
              />
            )}
          </Field>
        );
      })}
      <div className="flex flex-wrap gap-4">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
          <span className="kern-label">{pending ? labels.pending : labels.submit}</span>
        </button>
        <a className="kern-btn kern-btn--secondary" href={cancelHref}>
          <span className="kern-label">{labels.cancel}</span>
        </a>
      </div>
    </form>
  );
}
