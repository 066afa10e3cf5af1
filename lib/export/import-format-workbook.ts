import { fteToNumber } from "../coverage/fte.ts";
import { type ColumnDef, type ColumnType, enumLabel, SHEETS, type SheetKey, type SheetRow } from "../import/format.ts";
import { schoolYearLabel } from "../school-year.ts";
import { type ColumnKind, excelDate, type SheetCell, type TableSheet, writeWorkbook } from "./xlsx.ts";

// The complete data as a workbook in the import format (docs/domain.md "Import format"). Sheets,
// columns and German headers come from the format's one definition (lib/import/format.ts),
// so every column the importer reads is written, in its order: export → import is a round
// trip. The headers are part of the file format, so they are fixed German, not translated.

/** The records of each sheet, keyed by the format's fields; a sheet left out is not written. */
export type ImportFormatData = { [K in SheetKey]?: SheetRow<K>[] };

/** How a cell of each column type is stored in the workbook. */
const CELL_KIND: Record<ColumnType, ColumnKind> = {
  text: "text",
  email: "text",
  schoolNumber: "text",
  schoolYear: "text",
  integer: "integer",
  fte: "fte",
  date: "date",
  providerKind: "text",
  schoolType: "text",
  fundingKind: "text",
};

/** A record's value as the cell the importer reads back as the same value. */
function cellOf(sheet: string, column: ColumnDef, record: Record<string, unknown>): SheetCell {
  const value = record[column.field];
  // A field the reader did not fill (a typo in a SQL alias, say) must not become an empty
  // cell: on import, an empty cell clears the stored value.
  if (value === undefined) throw new TypeError(`${sheet}/${column.header}: no value for field ${column.field}`);
  if (value === null) return null;
  switch (column.type) {
    case "fte":
      return fteToNumber(value as number);
    case "date":
      return excelDate(value as string);
    case "schoolYear":
      return schoolYearLabel(value as number);
    case "providerKind":
    case "schoolType":
    case "fundingKind":
      return enumLabel(column.type, value as string);
    default:
      return value as string | number;
  }
}

export async function importFormatWorkbook(data: ImportFormatData): Promise<Buffer> {
  const sheets: TableSheet[] = [];
  for (const sheet of SHEETS) {
    const records = data[sheet.key] as Record<string, unknown>[] | undefined;
    if (!records) continue;
    const columns: readonly ColumnDef[] = sheet.columns;
    sheets.push({
      name: sheet.name,
      columns: columns.map((column) => ({ header: column.header, kind: CELL_KIND[column.type] })),
      rows: records.map((record) => columns.map((column) => cellOf(sheet.name, column, record))),
    });
  }
  return writeWorkbook(sheets);
}
