"use client";

import { useActionState } from "react";
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
  const problems = [toggleState.message, signOutState.message, resetState.message].filter(Boolean);
  const notices = [toggleState.notice, signOutState.notice].filter(Boolean);

  return (
    <section aria-labelledby="zugriff-heading" className="flex flex-col gap-6">
      <h2 id="zugriff-heading" className="kern-heading-medium">
        Zugriff
      </h2>
      {problems.map((message) => (
        <Alert key={message} tone="danger" title={message ?? ""} testId="user-command-error" />
      ))}
      {notices.map((notice) => (
        <Alert key={notice} tone="success" title={notice ?? ""} testId="user-command-notice" />
      ))}
      {resetState.secret && (
        <OneTimeSecret
          title="Neues Einmal-Passwort vergeben"
          label={`Einmal-Passwort für ${resetState.label ?? "den Zugang"}. Das bisherige Passwort gilt nicht mehr; alle Sitzungen sind beendet.`}
          secret={resetState.secret}
        />
      )}
      <div className="grid gap-6 md:grid-cols-3">
        {active && !self && (
          <CommandForm
            action={toggle}
            userId={userId}
            fields={{ active: "false" }}
            label="Zugang deaktivieren"
            explanation="Die Person wird sofort abgemeldet und kann sich nicht mehr anmelden. Ihre API-Tokens gelten nicht mehr."
          />
        )}
        {!active && (
          <CommandForm
            action={toggle}
            userId={userId}
            fields={{ active: "true" }}
            label="Zugang wieder aktivieren"
            explanation="Die Person kann sich wieder mit ihrem bisherigen Passwort anmelden."
            primary
          />
        )}
        <CommandForm
          action={reset}
          userId={userId}
          label="Neues Einmal-Passwort"
          explanation="Ersetzt das Passwort durch ein Einmal-Passwort (wird einmal angezeigt) und beendet alle Sitzungen."
        />
        <CommandForm
          action={signOut}
          userId={userId}
          label="Überall abmelden"
          explanation="Beendet alle Sitzungen dieses Zugangs; die Person kann sich danach wieder anmelden."
        />
      </div>
    </section>
  );
}
