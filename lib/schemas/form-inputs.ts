import { z } from "zod";
import { parseIsoDate } from "../coverage/dates.ts";
import type { IsoDate } from "../coverage/types.ts";
import type { ErrorKey } from "../dal/internal/write-result.ts";

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

/** The id of a chosen record (a select's value): "required" when none is chosen, else "invalid" if malformed. */
export const idInput = z
  .string()
  .trim()
  .min(1, "required")
  .refine((value) => value === "" || UUID.test(value), "invalid");

/** An optional choice: the empty option means none (null). */
export const optionalIdInput = z
  .string()
  .trim()
  .refine((value) => value === "" || UUID.test(value), "invalid")
  .transform((value) => (value === "" ? null : value));

/** The record version a form was loaded at (optimistic concurrency). */
export const versionInput = z.coerce.number().int().min(1);

// --- rules across fields ------------------------------------------------------------------

type Issue = { field: string; message: ErrorKey };

/**
 * A rule across fields that runs in the same round as the field rules. Zod skips an object's
 * refinements once a field has failed (e.g. an empty FTE), so a form would report an end before
 * its start only after everything else was fixed; this one always runs. A field that failed
 * holds no value of its type here, so the rule sees `unknown` and checks what it reads.
 */
export function acrossFields(rule: (value: Record<string, unknown>) => Issue[]) {
  return z.superRefine<Record<string, unknown>>(
    (value, context) => {
      if (typeof value !== "object" || value === null) return;
      for (const { field, message } of rule(value)) context.addIssue({ code: "custom", path: [field], message });
    },
    { when: () => true },
  );
}

/** A parsed calendar day, or nothing (empty, missing, or failed to parse). */
export const dayOf = (value: unknown): IsoDate | null => (typeof value === "string" ? (value as IsoDate) : null);

/**
 * `until` on or after `from` (both inclusive; a missing end is open-ended): "dateOrder" on
 * `until`. With `strict`, the same day is refused too (a school closed the day it opened).
 */
export const datesInOrder = (from: string, until: string, options: { strict?: boolean } = {}) =>
  acrossFields((value) => {
    const start = dayOf(value[from]);
    const end = dayOf(value[until]);
    const wrong = start !== null && end !== null && (options.strict ? end <= start : end < start);
    return wrong ? [{ field: until, message: "dateOrder" }] : [];
  });
