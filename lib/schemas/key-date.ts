import { z } from "zod";
import { parseIsoDate } from "../coverage/index.ts";
import type { IsoDate } from "../coverage/types.ts";

/** A key date as typed by a person or an API client: a real calendar date, YYYY-MM-DD. */
export const keyDateSchema = z.string().transform((input, context): IsoDate => {
  const date = parseIsoDate(input.trim());
  if (!date) {
    context.addIssue({
      code: "custom",
      message: `Ungültiges Datum „${input.slice(0, 40)}“: erwartet wird ein Kalenderdatum im Format JJJJ-MM-TT, z. B. 2017-11-15.`,
    });
    return z.NEVER;
  }
  return date;
});

export type KeyDateResult = { ok: true; date: IsoDate } | { ok: false; message: string };

/** Reads an optional key date; absent or empty means `fallback` (usually today). */
export function readKeyDate(input: string | null | undefined, fallback: IsoDate): KeyDateResult {
  if (input === null || input === undefined || input.trim() === "") return { ok: true, date: fallback };
  const parsed = keyDateSchema.safeParse(input);
  if (parsed.success) return { ok: true, date: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? "Ungültiges Datum." };
}
