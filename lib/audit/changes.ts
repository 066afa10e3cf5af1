import { formatDateTime, formatDay, formatFte, formatNumber, type Locale } from "../format.ts";
import { parseFteInput } from "../schemas/form-inputs.ts";
import { type FieldFormat, formatOf, HIDDEN_FIELDS } from "./fields.ts";

// An audit event's before/after as a person reads it: one row per field that is shown, with
// its label in the reader's language and both values formatted (dates, FTE, kinds, and ids
// of other records by name). Pure: the names come from the data layer (lib/dal/audit-log.ts),
// the texts from the catalogs through `t`.

/** A translator over the whole catalog ("audit.fields.name", "common.roles.ADMIN", …). */
export type Translate = { (key: string): string; has(key: string): boolean };

/** The name of a referenced record, by id: a name, or null when it no longer exists. */
export type NameOf = (id: string) => string | null;

export type ChangeRow = { key: string; label: string; before: string | null; after: string | null };

type Snapshot = Record<string, unknown>;

const asSnapshot = (value: unknown): Snapshot | null =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : null;

/** A missing value and an empty one read the same ("–" in the table). */
const isEmpty = (value: unknown) => value === null || value === undefined || value === "";

export type FormatContext = { t: Translate; locale: Locale; nameOf: NameOf; entity: string };

function labelOf(key: string, t: Translate): string {
  return t.has(`audit.fields.${key}`) ? t(`audit.fields.${key}`) : key;
}

function enumLabel(t: Translate, prefix: string, code: unknown): string {
  const key = `${prefix}.${String(code)}`;
  return t.has(key) ? t(key) : String(code);
}

function nested(value: Snapshot, context: FormatContext): string {
  return Object.entries(value)
    .filter(([key, inner]) => !HIDDEN_FIELDS.has(key) && !isEmpty(inner))
    .map(([key, inner]) => `${labelOf(key, context.t)}: ${formatValue(key, inner, context)}`)
    .join("; ");
}

function formatAs(format: FieldFormat, key: string, value: unknown, context: FormatContext): string {
  const { t, locale } = context;
  switch (format) {
    case "count":
      return typeof value === "number" || /^-?\d+$/.test(String(value))
        ? formatNumber(Number(value), locale, 0)
        : String(value);
    case "day":
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? formatDay(String(value), locale) : String(value);
    case "instant": {
      const date = new Date(String(value));
      return Number.isNaN(date.getTime()) ? String(value) : formatDateTime(date, locale);
    }
    case "fteMilli":
      return Number.isSafeInteger(value) ? formatFte(value as number, locale) : String(value);
    case "fteDecimal": {
      const milli = parseFteInput(String(value));
      return milli === null ? String(value) : formatFte(milli, locale);
    }
    case "bool":
      return value === true ? t("audit.values.yes") : value === false ? t("audit.values.no") : String(value);
    case "role":
      return enumLabel(t, "common.roles", value);
    case "schoolType":
      return enumLabel(t, "common.schoolTypes", value);
    case "providerKind":
      return enumLabel(t, "providers.kinds", value);
    case "fundingKind":
      return enumLabel(t, "funding.kinds", value);
    case "reason":
      return enumLabel(t, "audit.reasons", value);
    case "reference":
      return context.nameOf(String(value)) ?? t("audit.names.gone");
    case "scope": {
      const scope = asSnapshot(value);
      const id = scope?.providerId ?? scope?.schoolId;
      if (typeof id === "string") return context.nameOf(id) ?? t("audit.names.gone");
      return scope?.kind === "all" ? t("audit.values.scopeAll") : String(scope?.kind ?? value);
    }
    case "fieldList":
      return Array.isArray(value) ? value.map((field) => labelOf(String(field), t)).join(", ") : String(value);
    case "text":
      return formatValue(key, value, context, true);
  }
}

function formatValue(key: string, value: unknown, context: FormatContext, plain = false): string {
  if (!plain) {
    const format = formatOf(key, context.entity);
    if (format && format !== "text") return formatAs(format, key, value, context);
  }
  if (typeof value === "boolean") return formatAs("bool", key, value, context);
  if (typeof value === "number") return formatNumber(value, context.locale);
  const object = asSnapshot(value);
  if (object) return nested(object, context);
  if (Array.isArray(value)) return value.map((item) => formatValue(key, item, context, true)).join(", ");
  return String(value);
}

/**
 * The rows of an event's change. A change of a record lists the fields that differ; a
 * creation (no before) or an event with only details (an export, a sign-in) lists every field
 * that has a value. Hidden bookkeeping keys never show.
 */
export function changeRows(
  event: { entity: string; before: unknown; after: unknown },
  context: Omit<FormatContext, "entity">,
): ChangeRow[] {
  const before = asSnapshot(event.before);
  const after = asSnapshot(event.after);
  const full = { ...context, entity: event.entity };
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const rows: ChangeRow[] = [];
  for (const key of keys) {
    if (HIDDEN_FIELDS.has(key)) continue;
    const a = before?.[key];
    const b = after?.[key];
    if (before && after && JSON.stringify(a ?? null) === JSON.stringify(b ?? null)) continue;
    if (isEmpty(a) && isEmpty(b)) continue;
    if (key === "personalFieldsChanged" && Array.isArray(b) && b.length === 0) continue;
    rows.push({
      key,
      label: labelOf(key, context.t),
      before: isEmpty(a) ? null : formatValue(key, a, full),
      after: isEmpty(b) ? null : formatValue(key, b, full),
    });
  }
  return rows;
}
