import type { Message } from "@/lib/i18n/message";
import type { FieldErrors } from "@/lib/schemas/user";

// What the admin forms' server actions answer (useActionState). Secrets (a one-time password,
// a new API token) travel only in such an answer: never in a URL, never stored, gone on reload.
// Texts are Messages (catalog key + values); the forms translate them.

export type { FieldErrors };

export type UserFormValues = { email: string; name: string; role: string; providerId: string; schoolId: string };

export type UserFormState = {
  message?: Message;
  /** A stale form: someone else saved in between; nothing was written. */
  conflict?: boolean;
  fieldErrors?: FieldErrors;
  /** What was typed, so that a refused form keeps it. */
  values?: UserFormValues;
  created?: { id: string; email: string; name: string; oneTimePassword: string };
};

export type SecretState = { message?: Message; fieldErrors?: FieldErrors; secret?: string; label?: string };

export type NoticeState = { message?: Message; notice?: Message };
