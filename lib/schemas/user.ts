import { z } from "zod";
import type { Role } from "../permissions.ts";

// User administration input, shared by the admin forms, their server actions and the CLI.
// The binding follows the database rule (app_user_role_binding): a PROVIDER user is bound
// to exactly one provider, a SCHOOL user to one school, everyone else to none.

export const ROLES = ["ADMIN", "SUPERVISOR", "PROVIDER", "SCHOOL"] as const satisfies readonly Role[];

/** A select left on its empty option arrives as "": that means "none". */
const optionalId = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z.uuid({ error: "Ungültige Auswahl." }).optional(),
);

export const emailSchema = z
  .string({ error: "Bitte geben Sie eine E-Mail-Adresse an." })
  .trim()
  .toLowerCase()
  .pipe(
    z
      .email({ error: "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@herne.de." })
      .max(254, "Die E-Mail-Adresse ist zu lang."),
  );

export const roleSchema = z.enum(ROLES, {
  error: `Bitte wählen Sie eine Rolle (${ROLES.join(", ")}).`,
});

const accountFields = z.object({
  email: emailSchema,
  name: z
    .string({ error: "Bitte geben Sie einen Namen an." })
    .trim()
    .min(1, "Bitte geben Sie einen Namen an.")
    .max(200, "Der Name darf höchstens 200 Zeichen lang sein."),
  role: roleSchema,
  providerId: optionalId,
  schoolId: optionalId,
});

type AccountFields = z.infer<typeof accountFields>;

function requireBinding(value: AccountFields, context: z.RefinementCtx): void {
  if (value.role === "PROVIDER" && !value.providerId) {
    context.addIssue({ code: "custom", path: ["providerId"], message: "Bitte wählen Sie den Träger dieses Zugangs." });
  }
  if (value.role === "SCHOOL" && !value.schoolId) {
    context.addIssue({ code: "custom", path: ["schoolId"], message: "Bitte wählen Sie die Schule dieses Zugangs." });
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
    id: z.uuid({ error: "Ungültiger Zugang." }),
    version: z.coerce.number({ error: "Ungültige Version." }).int().min(1, "Ungültige Version."),
  })
  .superRefine(requireBinding)
  .transform(normaliseBinding);
export type UpdateUserInput = z.output<typeof updateUserSchema>;

export const userIdSchema = z.uuid({ error: "Ungültiger Zugang." });

/** Field name → German messages, for forms. */
export type FieldErrors = Partial<Record<string, string[]>>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}
