import { z } from "zod";
import { parseIsoDate } from "../coverage/index.ts";
import type { IsoDate } from "../coverage/types.ts";
import { type Message, message } from "../i18n/message.ts";
import { messageText } from "../i18n/message-text.ts";

/**
 * A key date as typed by a person or an API client: a real calendar date, YYYY-MM-DD. Its
 * message is the "errors" catalog key "invalidDate", so fieldErrorKeys maps it on forms.
 */
export const keyDateSchema = z.string().transform((input, context): IsoDate => {
  const date = parseIsoDate(input.trim());
  if (!date) {
    context.addIssue({ code: "custom", message: "invalidDate" });
    return z.NEVER;
  }
  return date;
});

/**
 * `error` is for pages (translate it in the reader's language); `message` is the same in
 * German, for the JSON API, whose answers are German.
 */
export type KeyDateResult = { ok: true; date: IsoDate } | { ok: false; error: Message; message: string };

/** Reads an optional key date; absent or empty means `fallback` (usually today). */
export function readKeyDate(input: string | null | undefined, fallback: IsoDate): KeyDateResult {
  if (input === null || input === undefined || input.trim() === "") return { ok: true, date: fallback };
  const parsed = keyDateSchema.safeParse(input);
  if (parsed.success) return { ok: true, date: parsed.data };
  const error = message("errors.keyDate.invalid", { input: input.slice(0, 40) });
  return { ok: false, error, message: messageText(error) };
}
