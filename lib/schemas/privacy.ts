import { z } from "zod";
import { parseIsoDate } from "../coverage/dates.ts";

// Input of the data-protection page and its actions. Messages are keys of the "privacy"
// catalog; the UI translates them.

/** The search box of the Art. 15 export (?suche=…): trimmed, at most 100 characters. */
export const staffSearchSchema = z
  .string()
  .trim()
  .max(100)
  .catch("")
  .transform((value) => value.replace(/\s+/g, " "));

export function readStaffSearch(searchParams: Record<string, string | string[] | undefined>): string {
  const raw = searchParams.suche;
  return staffSearchSchema.parse(Array.isArray(raw) ? raw[0] : (raw ?? ""));
}

/**
 * The confirmation of an anonymisation: the cut-off date and the number of staff the admin
 * saw in the preview (if either has changed since, nothing is done), and the tick box.
 */
export const anonymiseSchema = z.object({
  cutoff: z.string().refine((value) => parseIsoDate(value) !== null, "anonymise.errors.invalid"),
  expected: z.coerce.number().int().min(0),
  confirmed: z.literal("on", { error: "anonymise.errors.notConfirmed" }),
});

export type AnonymiseInput = z.infer<typeof anonymiseSchema>;
