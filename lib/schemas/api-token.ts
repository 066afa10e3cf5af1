import { z } from "zod";

// Creating an API token: for which user, and a label to recognise it by. The messages are
// catalog keys (lib/i18n/messages/<locale>/tokens.json); fieldErrorsOf turns them into Messages.
export const createApiTokenSchema = z.object({
  userId: z.uuid({ error: "tokens.errors.userRequired" }),
  name: z
    .string({ error: "tokens.errors.nameMissing" })
    .trim()
    .min(1, "tokens.errors.nameRequired")
    .max(100, "tokens.errors.nameTooLong"),
});
export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;

export const apiTokenIdSchema = z.uuid({ error: "tokens.errors.invalidToken" });
