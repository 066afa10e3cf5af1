"use client";

import { useActionState } from "react";
import { Alert } from "./alert";
import { Field, inputClass, OptionSelect } from "./field";
import type { SecretState } from "./form-state";
import { OneTimeSecret } from "./one-time-secret";

type Props = {
  action: (state: SecretState, data: FormData) => Promise<SecretState>;
  users: { id: string; label: string }[];
  /** Preselected user (from ?zugang=…). */
  userId?: string;
};

/** Creates an API token for a user; the token is shown once, right here. */
export function TokenCreateForm({ action, users, userId }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  return (
    <div className="flex flex-col gap-6">
      {state.secret && (
        <OneTimeSecret
          title="API-Token erstellt"
          label={`Token „${state.label ?? ""}“. Es handelt mit den Rechten seines Zugangs; in Anfragen als „Authorization: Bearer <Token>“.`}
          secret={state.secret}
        />
      )}
      {state.message && <Alert tone="danger" title={state.message} testId="token-form-error" />}
      <form action={formAction} className="flex flex-wrap items-end gap-4" aria-label="API-Token erstellen">
        <Field id="userId" label="Zugang" error={errors.userId}>
          {(control) => (
            <OptionSelect
              control={control}
              name="userId"
              options={users}
              error={errors.userId}
              defaultValue={userId ?? ""}
            />
          )}
        </Field>
        <Field
          id="tokenName"
          label="Bezeichnung"
          hint="Wofür das Token dient, z. B. „Statistik-Export“."
          error={errors.name}
        >
          {(control) => (
            <input {...control} className={inputClass(errors.name)} name="name" type="text" required maxLength={100} />
          )}
        </Field>
        <div>
          <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
            <span className="kern-label">{pending ? "Wird erstellt …" : "Token erstellen"}</span>
          </button>
        </div>
      </form>
    </div>
  );
}
