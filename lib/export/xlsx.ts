import ExcelJS from "exceljs";
import type { IsoDate } from "../coverage/types.ts";

// Writing table sheets with ExcelJS the same way everywhere: a bold header row that stays
// frozen, an auto filter, widths from the content, and typed cells (numbers as numbers,
// dates as date cells). Number formats are stored in Excel's neutral notation; German Excel
// shows 0.0## as 39,5 and dd.mm.yyyy as 15.11.2017.

export type ColumnKind = "text" | "integer" | "fte" | "decimal" | "date";
export type SheetColumn = { header: string; kind: ColumnKind };
export type SheetCell = string | number | Date | null;

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

export function newWorkbook(created: Date = new Date()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Stellwerk";
  workbook.created = created;
  workbook.modified = created;
  return workbook;
}

/** One sheet: header row, then one row per entry; cells checked against the column kind. */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: SheetColumn[],
  rows: SheetCell[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };

  for (const values of rows) {
    const row = sheet.addRow(values);
    columns.forEach((column, index) => {
      const value = values[index] ?? null;
      if (value === null) return;
      const cell = row.getCell(index + 1);
      if (column.kind === "text") {
        if (typeof value !== "string") throw new TypeError(`${name}/${column.header}: text expected`);
      } else if (column.kind === "date") {
        if (!(value instanceof Date)) throw new TypeError(`${name}/${column.header}: date expected`);
        cell.numFmt = NUMBER_FORMATS.date;
      } else {
        if (typeof value !== "number") throw new TypeError(`${name}/${column.header}: number expected`);
        cell.numFmt = NUMBER_FORMATS[column.kind];
      }
    });
  }

  columns.forEach((column, index) => {
    const longest = Math.max(column.header.length, ...rows.map((row) => shownLength(row[index] ?? null, column.kind)));
    const excelColumn = sheet.getColumn(index + 1);
    excelColumn.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
  if (columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  return sheet;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
