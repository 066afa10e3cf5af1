"use client";

import type { FormEvent, FormEventHandler, ReactNode } from "react";
import { Alert } from "@/components/admin/alert";
import { ICON_CLASS, type IconName } from "@/components/layout/icon-class";
import { ErrorSummary } from "./error-summary";
import { type FieldMessages, type FieldSpec, fieldId } from "./field-spec";
import type { FormAlert } from "./form-alert";
import { FormFields } from "./form-fields";

// The one form of the app: a list of FieldSpecs rendered as KERN fields, an error summary that
// takes focus after a refused submit, the form's own alert (a stale save, a refusal no field
// carries), and its buttons. Record forms are submitted by hand (useKeptForm); a filter is a
// plain GET form that works without JavaScript.

type Props = {
  /** The form's accessible name. */
  label: string;
  fields: FieldSpec[];
  values: Record<string, string>;
  errors: FieldMessages;
  /** The empty option of a select that names none of its own ("Bitte wählen"). */
  choose: string;
  /** The action's last answer: each new one with errors moves focus to the summary again. */
  round?: unknown;
  /** A record form's submit handler; without it the form is sent as GET to `getAction`. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  getAction?: string;
  onChange?: FormEventHandler<HTMLFormElement>;
  /** Sent along unseen: the record's id and version, the staff member of a new assignment … */
  hidden?: Record<string, string | number>;
  /** Shown when no field has an error (the summary says it all then). */
  alert?: FormAlert | null;
  /** Above the fields (what the form cannot change), and below them, above the buttons. */
  intro?: ReactNode;
  note?: ReactNode;
  submit: { label: string; pendingLabel?: string; pending?: boolean; icon?: IconName };
  cancel?: { href: string; label: string };
  /** "filter": fields in three columns on wide screens. */
  layout?: "record" | "wide" | "filter";
  /** The test id of the summary or alert. */
  errorTestId?: string;
  testId?: string;
};

const FORM_CLASS = {
  record: "flex max-w-xl flex-col gap-6",
  wide: "flex max-w-2xl flex-col gap-6",
  filter: "flex flex-col gap-4",
};

export function DeclarativeForm(props: Props) {
  const { fields, values, errors, submit, cancel, alert, layout = "record" } = props;
  const summary = fields.flatMap((spec) => {
    const message = errors[spec.name]?.[0];
    return message ? [{ id: fieldId(spec), label: spec.label, message }] : [];
  });
  const controls = <FormFields fields={fields} values={values} errors={errors} choose={props.choose} />;
  return (
    <form
      onSubmit={props.onSubmit}
      onChange={props.onChange}
      {...(props.onSubmit ? {} : { method: "get", action: props.getAction })}
      noValidate
      className={FORM_CLASS[layout]}
      aria-label={props.label}
      data-testid={props.testId}
    >
      {summary.length > 0 ? (
        <ErrorSummary items={summary} round={props.round} testId={props.errorTestId} />
      ) : (
        alert && (
          <Alert tone={alert.tone} title={alert.title} testId={props.errorTestId}>
            {alert.body}
          </Alert>
        )
      )}
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {props.intro}
      {layout === "filter" ? <div className="grid gap-4 md:grid-cols-3">{controls}</div> : controls}
      {props.note}
      <div className="flex flex-wrap gap-4">
        <button
          type="submit"
          className="kern-btn kern-btn--primary"
          disabled={submit.pending}
          aria-disabled={submit.pending}
        >
          {submit.icon && <span className={`kern-icon ${ICON_CLASS[submit.icon]}`} aria-hidden="true" />}
          <span className="kern-label">
            {submit.pending && submit.pendingLabel ? submit.pendingLabel : submit.label}
          </span>
        </button>
        {cancel && (
          <a className="kern-btn kern-btn--secondary" href={cancel.href}>
            <span className="kern-label">{cancel.label}</span>
          </a>
        )}
      </div>
    </form>
  );
}
