"use client";

import { DeclarativeForm } from "@/components/forms/declarative-form";
import type { FieldSpec } from "@/components/forms/field-spec";
import { stateAlert } from "@/components/forms/form-alert";
import type { FormState } from "@/components/forms/form-state";
import { useErrorText, useFieldMessages } from "@/components/forms/use-error-text";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { ConflictTable } from "./conflict-table";

// The create/edit form of a master-data record (school, provider, district, funding source).
// The page describes the fields with translated labels; the server action answers with error
// keys (translated here via the "errors" catalog). A refused save keeps everything typed; a
// stale save shows what is stored now next to what was typed, and the form then carries the
// stored version, so that saving again is a deliberate decision to replace it.

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

export function RecordForm({ action, fields, initial, edit, cancelHref, labels, formLabel, testId }: Props) {
  const { state, pending, onSubmit } = useKeptForm(action);
  const errorText = useErrorText();
  const messages = useFieldMessages();
  const values = state.values ?? initial;
  // After a conflict the form saves against the stored version (see above).
  const version = state.current?.version ?? (edit ? String(edit.version) : "");
  const conflict = state.message === "conflict" && state.current !== undefined;

  return (
    <DeclarativeForm
      label={formLabel}
      testId={testId}
      fields={fields}
      values={values}
      errors={messages(fields, state.fieldErrors)}
      choose={labels.choose}
      round={state}
      onSubmit={onSubmit}
      hidden={edit ? { id: edit.id, version } : undefined}
      layout="wide"
      errorTestId="form-error"
      alert={stateAlert(
        state,
        { message: (key) => errorText([key])?.[0] ?? "" },
        conflict && state.current && (
          <>
            <ConflictTable fields={fields} typed={values} current={state.current} labels={labels} />
            {edit && (
              <p className="kern-body mt-2">
                <a className="kern-link" href={edit.reloadHref}>
                  {labels.reload}
                </a>
              </p>
            )}
          </>
        ),
      )}
      submit={{ label: labels.submit, pendingLabel: labels.pending, pending }}
      cancel={{ href: cancelHref, label: labels.cancel }}
    />
  );
}
