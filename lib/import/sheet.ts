import type { RawCell } from "./cells.ts";
import type { SheetDef } from "./format.ts";

// A sheet as the XLSX and CSV readers hand it on: which sheet of the format it is, its
// header cells and its data rows, each with the line number Excel shows (header = 1).

export type RawRow = {
  line: number;
  cells: Map<number, RawCell>;
  /** Columns whose cell was refused and already reported (a formula, part of merged cells). */
  refused?: Set<number>;
};

export type RawSheet = {
  /** The name as written in the file (for a CSV: the German name of the sheet it holds). */
  name: string;
  def: SheetDef;
  /** Header text per column number (1-based), as written. */
  header: Map<number, string>;
  rows: RawRow[];
};

/** Excel's column letters for a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let rest = column;
  let letters = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}
