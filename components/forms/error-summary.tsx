"use client";

import { useTranslations } from "next-intl";
import { type MouseEvent, useEffect, useRef } from "react";

// The error summary at the top of a refused form (the GOV.UK / KERN pattern): it takes focus
// after every refused submit, names how many entries need correcting, and links each one to its
// field. Without JavaScript it still shows, and its links still lead to the fields.

export type SummaryItem = { id: string; label: string; message: string };

type Props = {
  items: SummaryItem[];
  /** Changes with every answer of the form's action, so that each refused submit moves focus here. */
  round?: unknown;
  testId?: string;
};

export function ErrorSummary({ items, round, testId }: Props) {
  const t = useTranslations("errors.summary");
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is the trigger, not read.
  useEffect(() => {
    ref.current?.focus();
  }, [round]);

  // A fragment link scrolls to the field but leaves focus where it was: focus the field itself.
  function toField(event: MouseEvent<HTMLAnchorElement>, id: string) {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
  }

  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="kern-alert kern-alert--danger"
      role="alert"
      aria-labelledby="fehlerzusammenfassung-titel"
      data-testid={testId}
    >
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 className="kern-title" id="fehlerzusammenfassung-titel">
          {t("title", { count: items.length })}
        </h2>
      </div>
      <div className="kern-alert__body">
        <ul className="kern-list" data-testid="error-summary">
          {items.map((item) => (
            <li key={item.id}>
              <a className="kern-link" href={`#${item.id}`} onClick={(event) => toField(event, item.id)}>
                {item.label}: {item.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
