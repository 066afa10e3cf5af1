// What the anonymisation action answers (useActionState). Messages are keys of the
// "privacy.anonymise" catalog, translated by the form.

export type AnonymiseMessage = "errors.invalid" | "errors.notConfirmed" | "errors.stale" | "errors.notAllowed";

export type AnonymiseState = {
  message?: AnonymiseMessage;
  fieldErrors?: { confirmed?: AnonymiseMessage[] };
  /** After a run: how many staff were anonymised. */
  done?: { count: number };
};
