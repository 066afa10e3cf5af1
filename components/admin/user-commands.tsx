"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useMessageText } from "@/components/i18n/use-message-text";
import { Alert } from "./alert";
import type { NoticeState, SecretState } from "./form-state";
import { OneTimeSecret } from "./one-time-secret";

type NoticeAction = (state: NoticeState, data: FormData) => Promise<NoticeState>;
type SecretAction = (state: SecretState, data: FormData) => Promise<SecretState>;

type Props = {
  userId: string;
  active: boolean;
  /** The admin's own account: disabling it is not offered (the DAL refuses it anyway). */
  self: boolean;
  actions: { setActive: NoticeAction; signOutEverywhere: NoticeAction; resetPassword: SecretAction };
};

function CommandForm({
  action,
  userId,
  label,
  explanation,
  primary = false,
  fields = {},
}: {
  action: (data: FormData) => void;
  userId: string;
  label: string;
  explanation: string;
  primary?: boolean;
  fields?: Record<string, string>;
}) {
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={userId} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="kern-body kern-body--small">{explanation}</p>
      <div>
        <button type="submit" className={`kern-btn ${primary ? "kern-btn--primary" : "kern-btn--secondary"}`}>
          <span className="kern-label">{label}</span>
        </button>
      </div>
    </form>
  );
}

/** The detail page's access commands: disable/enable, new one-time password, sign out everywhere. */
export function UserCommands({ userId, active, self, actions }: Props) {
  const [toggleState, toggle] = useActionState(actions.setActive, {});
  const [signOutState, signOut] = useActionState(actions.signOutEverywhere, {});
  const [resetState, reset] = useActionState(actions.resetPassword, {});
  const t = useTranslations("users.commands");
  const text = useMessageText();
  const problems = [toggleState.message, signOutState.message, resetState.message].flatMap((m) => (m ? [text(m)] : []));
  const notices = [toggleState.notice, signOutState.notice].flatMap((m) => (m ? [text(m)] : []));

  return (
    <section aria-labelledby="zugriff-heading" className="flex flex-col gap-6">
      <h2 id="zugriff-heading" className="kern-heading-medium">
        {t("heading")}
      </h2>
      {problems.map((message) => (
        <Alert key={message} tone="danger" title={message} testId="user-command-error" />
      ))}
      {notices.map((notice) => (
        <Alert key={notice} tone="success" title={notice} testId="user-command-notice" />
      ))}
      {resetState.secret && (
        <OneTimeSecret
          title={t("resetTitle")}
          label={t("resetLabel", { email: resetState.label ?? "" })}
          secret={resetState.secret}
        />
      )}
      <div className="grid gap-6 md:grid-cols-3">
        {active && !self && (
          <CommandForm
            action={toggle}
            userId={userId}
            fields={{ active: "false" }}
            label={t("disable")}
            explanation={t("disableExplanation")}
          />
        )}
        {!active && (
          <CommandForm
            action={toggle}
            userId={userId}
            fields={{ active: "true" }}
            label={t("enable")}
            explanation={t("enableExplanation")}
            primary
          />
        )}
        <CommandForm action={reset} userId={userId} label={t("resetPassword")} explanation={t("resetExplanation")} />
        <CommandForm
          action={signOut}
          userId={userId}
          label={t("signOutEverywhere")}
          explanation={t("signOutExplanation")}
        />
      </div>
    </section>
  );
}
