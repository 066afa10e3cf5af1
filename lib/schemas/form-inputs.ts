import { z } from "zod";
import { parseIsoDate } from "../coverage/dates.ts";
import type { IsoDate } from "../coverage/types.ts";

// Form inputs as people type them in Germany: FTE with a decimal comma ("0,5") or point,
// dates as ISO (from <input type="date">) or dd.mm.yyyy. Messages are keys of the "errors"
// catalog (lib/schemas/form-errors.ts).

const FTE_INPUT = /^(\d*)(?:[.,](\d{1,3}))?$/;

/** "0,5" → 500, "1" → 1000, ",75" → 750; null when it is not a number with ≤ 3 decimals. */
export function parseFteInput(input: string): number | null {
  const match = FTE_INPUT.exec(input.trim());
  if (!match || (match[1] === "" && match[2] === undefined)) return null;
  const whole = Number(match[1] || "0");
  const fraction = Number((match[2] ?? "").padEnd(3, "0") || "0");
  return whole * 1000 + fraction;
}

/** 500 → "0.500": the Decimal(4,3) string the database takes, without binary floats. */
export function fteMilliToDecimal(milli: number): string {
  return `${Math.floor(milli / 1000)}.${String(milli % 1000).padStart(3, "0")}`;
}

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** "2017-11-15" or "15.11.2017" → "2017-11-15"; null when it is no real calendar date. */
export function parseDateInput(input: string): IsoDate | null {
  const value = input.trim();
  const german = GERMAN_DATE.exec(value);
  if (german) {
    const [, day, month, year] = german;
    return parseIsoDate(`${year}-${month?.padStart(2, "0")}-${day?.padStart(2, "0")}`);
  }
  return parseIsoDate(value);
}

/** An FTE share 0 < x ≤ 1 in thousandths. */
export const fteInput = z
  .string()
  .trim()
  .min(1, "required")
  .transform((value, context) => {
    const milli = parseFteInput(value);
    if (milli === null) {
      context.addIssue({ code: "custom", message: "invalidNumber" });
      return z.NEVER;
    }
    if (milli <= 0 || milli > 1000) {
      context.addIssue({ code: "custom", message: "fteRange" });
      return z.NEVER;
    }
    return milli;
  });

export const dateInput = z
  .string()
  .trim()
  .min(1, "required")
  .transform((value, context): IsoDate => {
    const date = parseDateInput(value);
    if (!date) {
      context.addIssue({ code: "custom", message: "invalidDate" });
      return z.NEVER;
    }
    return date;
  });

/** An optional date: empty means none (null). */
export const optionalDateInput = z
  .string()
  .trim()
  .transform((value, context): IsoDate | null => {
    if (value === "") return null;
    const date = parseDateInput(value);
    if (!date) {
      context.addIssue({ code: "custom", message: "invalidDate" });
      return z.NEVER;
    }
    return date;
  });

/** Optional free text: empty means none (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .transform((value) => (value === "" ? null : value));

export const requiredText = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id of a chosen record (a select's value). */
export const idInput = z.string().trim().min(1, "required").regex(UUID, "invalid");

/** An optional choice: the empty option means none (null). */
export const optionalIdInput = z
  .string()
  .trim()
  .refine((value) => value === "" || UUID.test(value), "invalid")
  .transform((value) => (value === "" ? null : value));

/** The record version a form was loaded at (optimistic concurrency). */
export const versionInput = z.coerce.number().int().min(1);

/** Whether `until` is on or after `from` (both inclusive; a missing end is open-ended). */
export const inOrder = (from: IsoDate | null | undefined, until: IsoDate | null | undefined) =>
  !from || !until || until >= from;
