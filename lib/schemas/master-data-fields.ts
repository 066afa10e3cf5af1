import { z } from "zod";
import { parseIsoDate } from "../coverage/dates.ts";
import type { IsoDate } from "../coverage/types.ts";

// Field schemas shared by the master-data forms (schools, providers, districts, funding
// sources). Messages are keys of the "errors" catalog; form values arrive as strings.

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A calendar date typed as YYYY-MM-DD (date inputs) or TT.MM.JJJJ; null when not a real date. */
export function readDate(input: string): IsoDate | null {
  const text = input.trim();
  const german = GERMAN_DATE.exec(text);
  if (german) {
    const [, day = "", month = "", year = ""] = german;
    return parseIsoDate(`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`);
  }
  return parseIsoDate(text);
}

export const requiredText = (max = 200) => z.string().trim().min(1, "required").max(max, "tooLong");

/** Empty means "none" (null). */
export const optionalText = (max = 500) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .transform((value) => (value === "" ? null : value));

export const requiredDate = z.string().transform((input, context): IsoDate => {
  if (input.trim() === "") {
    context.addIssue({ code: "custom", message: "required" });
    return z.NEVER;
  }
  const date = readDate(input);
  if (!date) {
    context.addIssue({ code: "custom", message: "invalidDate" });
    return z.NEVER;
  }
  return date;
});

export const optionalDate = z.string().transform((input, context): IsoDate | null => {
  if (input.trim() === "") return null;
  const date = readDate(input);
  if (!date) {
    context.addIssue({ code: "custom", message: "invalidDate" });
    return z.NEVER;
  }
  return date;
});

/** A whole number typed into a form (no grouping, no decimals). */
export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, "required")
    .regex(/^-?\d+$/, "invalidNumber")
    .transform(Number)
    .pipe(z.number().int().min(min, "invalidNumber").max(max, "invalidNumber"));

export const optionalWholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^(-?\d+)?$/, "invalidNumber")
    .transform((value) => (value === "" ? null : Number(value)))
    .pipe(z.number().int().min(min, "invalidNumber").max(max, "invalidNumber").nullable());

/** A select's value: one of the options, or "required" when left on the placeholder. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .refine((value) => value !== "", "required")
    .pipe(z.enum(values, "invalid"));

export const recordId = z.uuid("invalid");
export const versionField = z.coerce.number("invalid").int("invalid").min(1, "invalid");

/** The record and version an edit form was loaded at (optimistic concurrency). */
export const editedRecord = z.object({ id: recordId, version: versionField });
export type EditedRecord = z.output<typeof editedRecord>;

/** Archive (true) or restore (false), for the version the page was loaded at. */
export const archiveSchema = editedRecord.extend({
  archived: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type ArchiveInput = z.output<typeof archiveSchema>;

/** A checkbox of a GET filter form: "1" when ticked. */
export const flag = z
  .string()
  .optional()
  .transform((value) => value === "1" || value === "true")
  .catch(false);
