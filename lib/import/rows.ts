import { dateOrderOf, rowSchema } from "../schemas/import-rows.ts";
import { type CellValue, readCell } from "./cells.ts";
import { type ColumnDef, columnByHeader, type SheetDef } from "./format.ts";
import type { ImportErrorKey, ImportIssue, IssueParam } from "./issues.ts";
import { MAX_COLLECTED_ISSUES, MAX_QUOTED_CHARS } from "./limits.ts";
import type { RawSheet } from "./sheet.ts";
import { cleanText } from "./text.ts";

// One sheet's rows, typed and validated: the header row mapped to the format's columns,
// every cell converted (lib/import/cells.ts), every row checked with its zod schema, and
// natural keys that occur twice in the file reported. What needs the database (unknown
// references, overlaps, FTE over contract) is checked later, in lib/dal.

export type ParsedRow = {
  line: number;
  /** No problem found in this row so far. */
  valid: boolean;
  /** Typed values of the columns present in the file (a cell that failed is left out). */
  values: Record<string, CellValue>;
};

export type ParsedSheet = {
  def: SheetDef;
  /** As named in the file. */
  name: string;
  /** The header as written in the file, per field of the columns present. */
  headers: Map<string, string>;
  rows: ParsedRow[];
};

export type SheetParse = {
  sheet: ParsedSheet;
  issues: ImportIssue[];
  /** The header row is unusable (missing, unknown or repeated columns): rows were not read. */
  structural: boolean;
};

/** Names compare case-insensitively (as the database lookups do); numbers and dates exactly. */
const CASE_INSENSITIVE = new Set(["name", "shortName", "provider"]);

function keyPart(field: string, value: CellValue): string {
  const text = String(value);
  return CASE_INSENSITIVE.has(field) ? text.toLowerCase() : text;
}

/** A key value as the file shows it (dates as dd.mm.yyyy). */
function displayKey(value: CellValue, column: ColumnDef | undefined): string {
  const text = String(value);
  return column?.type === "date" ? text.split("-").reverse().join(".") : text;
}

export function parseSheet(raw: RawSheet): SheetParse {
  const { def } = raw;
  const issues: ImportIssue[] = [];
  const at = (line: number, column: string, key: ImportErrorKey, params?: Record<string, IssueParam>) =>
    issues.push({ sheet: raw.name, sheetKey: def.key, line, column, key, params });

  // Header row.
  const byColumn = new Map<number, ColumnDef>();
  const headers = new Map<string, string>();
  let structural = false;
  for (const [index, written] of raw.header) {
    const full = cleanText(written);
    const text = full.length > MAX_QUOTED_CHARS ? `${full.slice(0, MAX_QUOTED_CHARS)}…` : full;
    if (text === "") continue;
    const column = columnByHeader(def, full);
    if (!column) {
      at(1, text, "unknownColumn", { column: text, expected: def.columns.map((c) => c.header).join(", ") });
      structural = true;
    } else if (headers.has(column.field)) {
      at(1, text, "duplicateColumn", { column: text });
      structural = true;
    } else {
      byColumn.set(index, column);
      headers.set(column.field, text);
    }
  }
  if (raw.header.size === 0) {
    at(1, "", "headerMissing");
    structural = true;
  }
  for (const column of def.columns) {
    if (column.required && !headers.has(column.field) && raw.header.size > 0) {
      at(1, column.header, "missingColumn", { column: column.header });
      structural = true;
    }
  }
  const sheet: ParsedSheet = { def, name: raw.name, headers, rows: [] };
  if (structural) return { sheet, issues, structural };

  const schema = rowSchema(def);
  const order = dateOrderOf(def.key);
  const columnOf = new Map(def.columns.map((column) => [column.field, column]));
  const headerOf = (field: string) => headers.get(field) ?? columnOf.get(field)?.header ?? field;
  const reportedStray = new Set<number>();
  const firstLineOfKey = def.keys.map(() => new Map<string, number>());

  for (const row of raw.rows) {
    if (row.cells.size === 0 && !row.refused?.size) continue;
    if (issues.length >= MAX_COLLECTED_ISSUES) {
      at(row.line, "", "stoppedAfter", { count: MAX_COLLECTED_ISSUES });
      return { sheet, issues, structural: true };
    }
    const issuesBefore = issues.length;
    const values: Record<string, CellValue> = {};
    const failed = new Set<string>();
    for (const column of byColumn.values()) values[column.field] = null;
    for (const index of row.refused ?? []) {
      const column = byColumn.get(index);
      if (column) {
        failed.add(column.field);
        delete values[column.field];
      }
    }
    for (const [index, rawValue] of row.cells) {
      const column = byColumn.get(index);
      if (!column) {
        // A value under no (or an unknown) header would be lost silently.
        if (!raw.header.has(index) && !reportedStray.has(index)) {
          reportedStray.add(index);
          at(row.line, "", "unexpectedCell");
        }
        continue;
      }
      const result = readCell(column.type, rawValue);
      if (result.ok) values[column.field] = result.value;
      else {
        failed.add(column.field);
        delete values[column.field];
        at(row.line, headerOf(column.field), result.key, result.params);
      }
    }

    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        if (failed.has(field)) continue;
        const column = columnOf.get(field);
        const key = issue.message as ImportErrorKey;
        const value = values[field];
        const params: Record<string, IssueParam> = {};
        if (key === "tooLong") params.max = column?.maxLength ?? 0;
        if (key === "integerRange") [params.min, params.max] = column?.range ?? [0, 0];
        if (key === "fteRange" && typeof value === "number") params.value = { fte: value };
        if (key === "invalidEmail") params.value = String(value ?? "");
        if ((key === "dateOrder" || key === "closedBeforeOpened") && order) {
          params.from = { date: String(values[order.from]) };
          params.until = { date: String(values[order.until]) };
        }
        failed.add(field);
        // Only values that passed go on (a too-long text or an FTE of 12 must not reach SQL).
        delete values[field];
        at(row.line, headerOf(field), key, params);
      }
    }

    // Natural keys used twice in the file: the later row is the error.
    let duplicate = false;
    def.keys.forEach((fields, index) => {
      const parts = fields.map((field) => values[field]);
      if (parts.some((part) => part === null || part === undefined)) return;
      const key = fields.map((field, i) => keyPart(field, parts[i] ?? null)).join("\u0000");
      const seen = firstLineOfKey[index]?.get(key);
      if (seen === undefined) {
        firstLineOfKey[index]?.set(key, row.line);
        return;
      }
      duplicate = true;
      const shown = fields.map((field, i) => displayKey(parts[i] ?? null, columnOf.get(field)));
      at(row.line, headerOf(fields[0] ?? ""), "duplicateKey", { line: seen, key: shown.join(" / ") });
    });
    if (duplicate) continue;
    sheet.rows.push({ line: row.line, valid: issues.length === issuesBefore && failed.size === 0, values });
  }
  return { sheet, issues, structural };
}
