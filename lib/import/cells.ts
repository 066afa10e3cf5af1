import { parseIsoDate } from "../coverage/dates.ts";
import { parseSchoolYear } from "../school-year.ts";
import { type ColumnType, ENUM_VALUES, enumCode } from "./format.ts";
import type { ImportErrorKey, IssueParam } from "./issues.ts";
import { MAX_QUOTED_CHARS } from "./limits.ts";
import { cleanText } from "./text.ts";

// One cell, as read from XLSX or CSV, turned into the value its column's type asks for.
// Empty cells become null (whether that is allowed is the row schema's business).

/** A cell as the readers hand it on: text, a number, a real date (XLSX), or empty. */
export type RawCell = string | number | Date | null;

/** The typed value of a cell: text, integer, FTE in thousandths, ISO date or enum code. */
export type CellValue = string | number | null;

export type CellResult =
  | { ok: true; value: CellValue }
  | { ok: false; key: ImportErrorKey; params?: Record<string, IssueParam> };

const ok = (value: CellValue): CellResult => ({ ok: true, value });
/** A value quoted back in a message, cut short when it is long. */
const quoted = (value: IssueParam): IssueParam =>
  typeof value === "string" && value.length > MAX_QUOTED_CHARS ? `${value.slice(0, MAX_QUOTED_CHARS)}…` : value;

const fail = (key: ImportErrorKey, params?: Record<string, IssueParam>): CellResult => ({
  ok: false,
  key,
  params: params && Object.fromEntries(Object.entries(params).map(([name, value]) => [name, quoted(value)])),
});

/** Numbers as text without float noise or exponent (1e21 and beyond do not occur here). */
function numberText(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(value);
}

function asText(raw: RawCell): string | null {
  if (raw === null) return null;
  if (raw instanceof Date) return null;
  const text = typeof raw === "number" ? numberText(raw) : cleanText(raw);
  return text === "" ? null : text;
}

const DE_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function plausible(iso: string, shown: string): CellResult {
  const year = Number(iso.slice(0, 4));
  return year < MIN_YEAR || year > MAX_YEAR ? fail("dateOutOfRange", { value: shown }) : ok(iso);
}

const two = (value: number) => (value < 10 ? `0${value}` : String(value));

/** The calendar day of a date cell (ExcelJS and our reader give midnight UTC). */
function isoDay(date: Date): string {
  const year = date.getUTCFullYear();
  return `${year < 1000 ? String(year).padStart(4, "0") : year}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

/** dd.mm.yyyy or yyyy-mm-dd as text, or a real date cell (its calendar day in UTC, as ExcelJS reads it). */
export function readDate(raw: RawCell): CellResult {
  if (raw === null) return ok(null);
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return fail("invalidDate", { value: "?" });
    const iso = isoDay(raw);
    return plausible(iso, iso);
  }
  const text = asText(raw);
  if (text === null) return ok(null);
  if (typeof raw === "number") return fail("invalidDate", { value: text });
  const german = DE_DATE.exec(text);
  const iso = german
    ? `${german[3]}-${german[2]?.padStart(2, "0")}-${german[1]?.padStart(2, "0")}`
    : ISO_DATE.test(text)
      ? text
      : null;
  if (iso === null) return fail("invalidDate", { value: text });
  if (!parseIsoDate(iso)) return fail("impossibleDate", { value: text });
  return plausible(iso, text);
}

const INTEGER = /^[+]?\d+$/;
const GROUPED_INTEGER = /^\d{1,3}(?:[. ]\d{3})+$/;

export function readInteger(raw: RawCell): CellResult {
  if (raw instanceof Date) return fail("invalidInteger", { value: isoDay(raw) });
  if (typeof raw === "number") {
    return Number.isSafeInteger(raw) ? ok(raw) : fail("invalidInteger", { value: numberText(raw) });
  }
  const text = asText(raw);
  if (text === null) return ok(null);
  if (INTEGER.test(text) || GROUPED_INTEGER.test(text)) {
    const value = Number(text.replace(/[+. ]/g, ""));
    if (Number.isSafeInteger(value)) return ok(value);
  }
  return fail("invalidInteger", { value: text });
}

const DECIMAL = /^(\d+)(?:[.,](\d+))?$/;

/** An FTE as integer thousandths (0,5 → 500), exactly: never through a binary float sum. */
export function readFte(raw: RawCell): CellResult {
  if (raw instanceof Date) return fail("invalidFte", { value: isoDay(raw) });
  const text = asText(raw);
  if (text === null) return ok(null);
  // A number cell's shortest round-trip text is the decimal that was typed (0.3 → "0.3").
  const match = DECIMAL.exec(text);
  if (!match) return fail("invalidFte", { value: text });
  const whole = match[1] ?? "0";
  const fraction = match[2] ?? "";
  if (fraction.length > 3 && /[1-9]/.test(fraction.slice(3))) return fail("fteDecimals", { value: text });
  const milli = Number(whole) * 1000 + Number(fraction.slice(0, 3).padEnd(3, "0"));
  if (!Number.isSafeInteger(milli)) return fail("invalidFte", { value: text });
  return ok(milli);
}

export function readSchoolNumber(raw: RawCell): CellResult {
  const text = raw instanceof Date ? raw.toISOString() : asText(raw);
  if (text === null) return ok(null);
  // Excel drops leading zeros of numbers; a Schulnummer always has six digits.
  if (/^\d{1,6}$/.test(text)) return ok(text.padStart(6, "0"));
  return fail("invalidSchoolNumber", { value: text });
}

/** "2017/18", "2017/2018" or 2017 (a number cell): the year the school year begins in. */
export function readSchoolYear(raw: RawCell): CellResult {
  if (raw instanceof Date) return fail("invalidSchoolYear", { value: isoDay(raw) });
  const text = asText(raw);
  if (text === null) return ok(null);
  const year = parseSchoolYear(text);
  return year === null ? fail("invalidSchoolYear", { value: text }) : ok(year);
}

function readEnum(type: keyof typeof ENUM_VALUES, raw: RawCell): CellResult {
  const text = asText(raw);
  if (text === null) return raw instanceof Date ? fail("invalidText") : ok(null);
  const code = enumCode(type, text);
  if (code) return ok(code);
  return fail("unknownEnum", { value: text, allowed: ENUM_VALUES[type].map((entry) => entry.label).join(", ") });
}

export function readText(raw: RawCell): CellResult {
  if (raw instanceof Date) return fail("invalidText");
  return ok(asText(raw));
}

export function readCell(type: ColumnType, raw: RawCell): CellResult {
  switch (type) {
    case "text":
    case "email":
      return readText(raw);
    case "integer":
      return readInteger(raw);
    case "fte":
      return readFte(raw);
    case "date":
      return readDate(raw);
    case "schoolNumber":
      return readSchoolNumber(raw);
    case "schoolYear":
      return readSchoolYear(raw);
    case "providerKind":
    case "schoolType":
    case "fundingKind":
      return readEnum(type, raw);
  }
}
