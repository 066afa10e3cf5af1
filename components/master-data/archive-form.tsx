"use client";

import { useActionState } from "react";
import { Alert } from "@/components/admin/alert";
import type { FormState } from "@/components/forms/form-state";
import { useErrorText } from "@/components/forms/use-error-text";

// Archive or restore a record (instead of deleting it: history and figures keep it). Carries
// the version the page was loaded at; a stale page gets the conflict message.

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  id: string;
  version: number;
  archived: boolean;
  labels: { heading: string; button: string; hint: string; reload: string };
  reloadHref: string;
};

export function ArchiveForm({ action, id, version, archived, labels, reloadHref }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const errorText = useErrorText();
  return (
    <section aria-labelledby="archive-heading" className="flex max-w-2xl flex-col gap-3">
      <h2 id="archive-heading" className="kern-heading-small">
        {labels.heading}
      </h2>
      {state.message && (
        <Alert tone="danger" title={errorText([state.message])?.[0] ?? ""} testId="archive-error">
          <p className="kern-body">
            <a className="kern-link" href={reloadHref}>
              {labels.reload}
            </a>
          </p>
        </Alert>
      )}
      <p className="kern-body">{labels.hint}</p>
      <form action={formAction}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="archived" value={archived ? "false" : "true"} />
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={pending} aria-disabled={pending}>
          <span className="kern-label">{labels.button}</span>
        </button>
      </form>
    </section>
  );
}
