import { z } from "zod";
import { optionalDateInput } from "./form-inputs.ts";

// Creating an API token: for which user, and a label to recognise it by. The messages are
// catalog keys (lib/i18n/messages/<locale>/tokens.json); fieldErrorsOf turns them into Messages.
export const createApiTokenSchema = z.object({
  userId: z.uuid({ error: "tokens.errors.userRequired" }),
  name: z
    .string({ error: "tokens.errors.nameMissing" })
    .trim()
    .min(1, "tokens.errors.nameRequired")
    .max(100, "tokens.errors.nameTooLong"),
  /** The last day the token is valid; empty or absent: one year. The range is the DAL's rule. */
  expiresOn: optionalDateInput.optional(),
});
export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;

export const apiTokenIdSchema = z.uuid({ error: "tokens.errors.invalidToken" });
