import type { SheetKey } from "./format.ts";
import type { ImportIssue } from "./issues.ts";
import { columnLetters } from "./sheet.ts";
import { attributes } from "./xlsx-parts.ts";

// Hidden rows and columns are refused like hidden sheets: what they hold would be imported
// although nobody sees it on screen (a filter hides rows the same way). Empty hidden rows and
// columns are harmless ("hide everything right of column H") and pass.

const HIDDEN = /\shidden\s*=\s*["'](?:1|true)["']/;

/** Whether a `<row …>` start tag (its attributes) marks the row hidden. */
export const isHiddenRow = (rowAttributes: string): boolean => HIDDEN.test(rowAttributes);

/** Column ranges (1-based, inclusive) that `<cols>` marks hidden: `<col min="3" max="4" hidden="1"/>`. */
function hiddenColumnRanges(sheetXml: string): [number, number][] {
  // `<cols>` comes before the sheet data; the data itself need not be scanned for it.
  const end = sheetXml.search(/<(?:[\w.-]+:)?sheetData\b/);
  const head = end < 0 ? sheetXml : sheetXml.slice(0, end);
  const ranges: [number, number][] = [];
  for (const match of head.matchAll(/<(?:[\w.-]+:)?col\b([^>]*)>/g)) {
    const found = attributes(match[1] ?? "");
    const hidden = found.get("hidden");
    if (hidden !== "1" && hidden !== "true") continue;
    const min = Number(found.get("min"));
    const max = Number(found.get("max") ?? min);
    if (Number.isInteger(min) && Number.isInteger(max) && min > 0 && max >= min) ranges.push([min, max]);
  }
  return ranges;
}

/** Collects, while a sheet is read, the hidden rows and columns that have content. */
export class HiddenContent {
  private readonly columns: [number, number][];
  /** Hidden column → the first line with content in it. */
  private readonly columnLines = new Map<number, number>();
  /** Runs of consecutive hidden lines with content, reported as one issue each. */
  private readonly rowRuns: { from: number; to: number }[] = [];

  constructor(sheetXml: string) {
    this.columns = hiddenColumnRanges(sheetXml);
  }

  /** A cell with content (a value, or one that was refused) in `line`, `column`. */
  content(line: number, column: number, rowHidden: boolean): void {
    if (rowHidden) {
      const last = this.rowRuns.at(-1);
      if (last && line - last.to <= 1) last.to = line;
      else this.rowRuns.push({ from: line, to: line });
    }
    if (this.columns.length === 0 || this.columnLines.has(column)) return;
    if (this.columns.some(([min, max]) => column >= min && column <= max)) this.columnLines.set(column, line);
  }

  issues(sheet: string, sheetKey: SheetKey, columnName: (column: number) => string): ImportIssue[] {
    const rows = this.rowRuns.map(
      ({ from, to }): ImportIssue => ({
        sheet,
        sheetKey,
        line: from,
        column: null,
        key: from === to ? "hiddenRow" : "hiddenRows",
        params: from === to ? { line: from } : { from, to },
      }),
    );
    const columns = [...this.columnLines].map(
      ([column, line]): ImportIssue => ({
        sheet,
        sheetKey,
        line,
        column: columnName(column),
        key: "hiddenColumn",
        params: { column: columnLetters(column) },
      }),
    );
    return [...rows, ...columns];
  }
}
