import type { ErrorKey, FieldErrorKeys } from "@/lib/dal/internal/write-result";

// What the create/edit forms' server actions answer (useActionState). Errors are keys of the
// "errors" catalog; the form translates them. A refused form gets back what was typed.

export type FormState = {
  message?: ErrorKey;
  fieldErrors?: FieldErrorKeys;
  /** What was typed, so that nothing is lost on a refusal. */
  values?: Record<string, string>;
  /** A stale save: the values stored now, shown next to what was typed. */
  current?: Record<string, string>;
  /** Set after a successful save when the form stays on the page. */
  saved?: boolean;
};

export type { ErrorKey, FieldErrorKeys };
