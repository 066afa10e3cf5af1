"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useMessageText } from "@/components/i18n/use-message-text";
import { Alert } from "./alert";
import { Field, inputClass, OptionSelect } from "./field";
import type { SecretState } from "./form-state";
import { OneTimeSecret } from "./one-time-secret";

type Props = {
  action: (state: SecretState, data: FormData) => Promise<SecretState>;
  users: { id: string; label: string }[];
  /** Preselected user (from ?zugang=…). */
  userId?: string;
  /** The expiry field: proposed last day (one year ahead) and the days that may be chosen. */
  expiry: { proposed: string; min: string; max: string };
};

/** Creates an API token for a user; the token is shown once, right here. */
export function TokenCreateForm({ action, users, userId, expiry }: Props) {
  const t = useTranslations("tokens");
  const text = useMessageText();
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  const userError = errors.userId?.map(text);
  const nameError = errors.name?.map(text);
  const expiryError = errors.expiresOn?.map(text);
  return (
    <div className="flex flex-col gap-6">
      {state.secret && (
        <OneTimeSecret
          title={t("created.title")}
          label={t("created.label", { name: state.label ?? "" })}
          secret={state.secret}
        />
      )}
      {state.message && <Alert tone="danger" title={text(state.message)} testId="token-form-error" />}
      <form action={formAction} className="flex flex-wrap items-end gap-4" aria-label={t("form.label")}>
        <Field id="userId" label={t("form.user")} error={userError}>
          {(control) => (
            <OptionSelect
              control={control}
              name="userId"
              options={users}
              error={userError}
              defaultValue={userId ?? ""}
            />
          )}
        </Field>
        <Field id="tokenName" label={t("form.name")} hint={t("form.nameHint")} error={nameError}>
          {(control) => (
            <input {...control} className={inputClass(nameError)} name="name" type="text" required maxLength={100} />
          )}
        </Field>
        <Field id="expiresOn" label={t("form.expiresOn")} hint={t("form.expiresOnHint")} error={expiryError}>
          {(control) => (
            <input
              {...control}
              className={inputClass(expiryError)}
              name="expiresOn"
              type="date"
              defaultValue={expiry.proposed}
              min={expiry.min}
              max={expiry.max}
            />
          )}
        </Field>
        <div>
          <button type="submit" className="kern-btn kern-btn--primary" disabled={pending} aria-disabled={pending}>
            <span className="kern-label">{pending ? t("form.pending") : t("form.submit")}</span>
          </button>
        </div>
      </form>
    </div>
  );
}
