import { z } from "zod";
import { type Message, message } from "../i18n/message.ts";
import { isMessageKey } from "../i18n/message-text.ts";
import type { Role } from "../permissions.ts";

// User administration input, shared by the admin forms, their server actions and the CLI.
// Zod messages are catalog keys (users.json); fieldErrorsOf turns them into Messages.
// The binding follows the database rule (app_user_role_binding): a PROVIDER user is bound
// to exactly one provider, a SCHOOL user to one school, everyone else to none.

export const ROLES = ["ADMIN", "SUPERVISOR", "PROVIDER", "SCHOOL"] as const satisfies readonly Role[];

/** A select left on its empty option arrives as "": that means "none". */
const optionalId = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z.uuid({ error: "users.errors.invalidChoice" }).optional(),
);

export const emailSchema = z
  .string({ error: "users.errors.emailRequired" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "users.errors.emailInvalid" }).max(254, "users.errors.emailTooLong"));

export const roleSchema = z.enum(ROLES, { error: "users.errors.roleRequired" });

const accountFields = z.object({
  email: emailSchema,
  name: z
    .string({ error: "users.errors.nameRequired" })
    .trim()
    .min(1, "users.errors.nameRequired")
    .max(200, "users.errors.nameTooLong"),
  role: roleSchema,
  providerId: optionalId,
  schoolId: optionalId,
});

type AccountFields = z.infer<typeof accountFields>;

function requireBinding(value: AccountFields, context: z.RefinementCtx): void {
  if (value.role === "PROVIDER" && !value.providerId) {
    context.addIssue({ code: "custom", path: ["providerId"], message: "users.errors.providerRequired" });
  }
  if (value.role === "SCHOOL" && !value.schoolId) {
    context.addIssue({ code: "custom", path: ["schoolId"], message: "users.errors.schoolRequired" });
  }
}

/** Keeps only the binding the role allows; a provider picked before switching to ADMIN is dropped. */
function normaliseBinding<T extends AccountFields>(value: T) {
  return {
    ...value,
    providerId: value.role === "PROVIDER" ? (value.providerId ?? null) : null,
    schoolId: value.role === "SCHOOL" ? (value.schoolId ?? null) : null,
  };
}

export const createUserSchema = accountFields.superRefine(requireBinding).transform(normaliseBinding);
export type CreateUserInput = z.output<typeof createUserSchema>;

export const updateUserSchema = accountFields
  .extend({
    id: z.uuid({ error: "users.errors.invalidUser" }),
    version: z.coerce
      .number({ error: "users.errors.invalidVersion" })
      .int("users.errors.invalidVersion")
      .min(1, "users.errors.invalidVersion"),
  })
  .superRefine(requireBinding)
  .transform(normaliseBinding);
export type UpdateUserInput = z.output<typeof updateUserSchema>;

export const userIdSchema = z.uuid({ error: "users.errors.invalidUser" });

/** Field name → messages (catalog keys), for forms. */
export type FieldErrors = Partial<Record<string, Message[]>>;

/** A failed parse as Messages per field; a message that is no catalog key (zod's own) reads "invalid". */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const flat = z.flattenError(error).fieldErrors as Partial<Record<string, string[]>>;
  const out: FieldErrors = {};
  for (const [field, texts] of Object.entries(flat)) {
    // A full catalog key, or a key of the "errors" catalog as the shared inputs use (form-inputs.ts).
    out[field] = (texts ?? []).map((text) => {
      const key = isMessageKey(text) ? text : `errors.${text}`;
      return message(isMessageKey(key) ? key : "errors.invalid");
    });
  }
  return out;
}
