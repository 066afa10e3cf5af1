import { z } from "zod";
import type { ColumnDef, SheetDef, SheetKey } from "../import/format.ts";
import type { ImportErrorKey } from "../import/issues.ts";

// The zod schema of one row of an import sheet, built from the format's column definitions
// (lib/import/format.ts) so that the two cannot drift apart. Cells arrive already typed
// (lib/import/cells.ts): text, integers, FTE in thousandths, ISO dates, enum codes. Messages
// are keys of the "importing" catalog's errors.

const message = (key: ImportErrorKey) => ({ error: key });

function base(column: ColumnDef): z.ZodType {
  switch (column.type) {
    case "integer": {
      const [min, max] = column.range ?? [0, Number.MAX_SAFE_INTEGER];
      return z
        .number(message("required"))
        .int(message("invalidInteger"))
        .min(min, message("integerRange"))
        .max(max, message("integerRange"));
    }
    case "schoolYear":
      // The year it begins in (lib/import/cells.ts has read "2017/18" already).
      return z.number(message("required")).int(message("invalidSchoolYear"));
    case "fte":
      // Thousandths: 0 < FTE ≤ 1.
      return z.number(message("required")).int().min(1, message("fteRange")).max(1000, message("fteRange"));
    case "email":
      return z.email(message("invalidEmail")).max(column.maxLength ?? 200, message("tooLong"));
    default:
      return column.maxLength
        ? z.string(message("required")).min(1, message("required")).max(column.maxLength, message("tooLong"))
        : z.string(message("required")).min(1, message("required"));
  }
}

function columnSchema(column: ColumnDef): z.ZodType {
  const value = column.nullable ? base(column).nullable() : base(column);
  // An optional column may be absent from the file altogether (undefined: keep what is stored).
  return column.required ? value : value.optional();
}

/** Date pairs that must be in order: [from, until, strictly after?, message]. */
const DATE_ORDER: Partial<Record<SheetKey, [string, string, boolean, ImportErrorKey]>> = {
  schools: ["openedOn", "closedOn", true, "closedBeforeOpened"],
  funding: ["validFrom", "validUntil", false, "dateOrder"],
  staff: ["employedFrom", "employedUntil", false, "dateOrder"],
  assignments: ["validFrom", "validUntil", false, "dateOrder"],
};

const cache = new Map<SheetKey, z.ZodType<Record<string, unknown>>>();

export function rowSchema(sheet: SheetDef): z.ZodType<Record<string, unknown>> {
  const cached = cache.get(sheet.key);
  if (cached) return cached;
  const shape = Object.fromEntries(sheet.columns.map((column) => [column.field, columnSchema(column)]));
  const order = DATE_ORDER[sheet.key];
  const schema = z.object(shape).superRefine((row, context) => {
    if (!order) return;
    const [fromField, untilField, strict, key] = order;
    const from = row[fromField];
    const until = row[untilField];
    if (typeof from !== "string" || typeof until !== "string") return;
    if (strict ? until <= from : until < from) context.addIssue({ code: "custom", path: [untilField], message: key });
  }) as unknown as z.ZodType<Record<string, unknown>>;
  cache.set(sheet.key, schema);
  return schema;
}

/** The fields of a date-order rule, so that its message can name both dates. */
export function dateOrderOf(sheet: SheetKey): { from: string; until: string } | null {
  const order = DATE_ORDER[sheet];
  return order ? { from: order[0], until: order[1] } : null;
}
