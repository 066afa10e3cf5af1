import type importing from "../i18n/messages/de/importing.json";
import { SHEETS, type SheetKey } from "./format.ts";

// What the importer reports: every problem with where it is (sheet, line as Excel shows it
// with the header in line 1, column header) and a message KEY of the "importing" catalog
// with its parameters. lib/import/describe.ts turns them into text at the edge.

export type ImportErrorKey = keyof (typeof importing)["errors"];

/** A parameter: plain, or a value the describer formats for the reader's locale. */
export type IssueParam = string | number | { date: string } | { fte: number } | { bytes: number };

export type ImportIssue = {
  /** The sheet as named in the file (for a CSV: the German name of the sheet it holds). */
  sheet: string | null;
  line: number | null;
  /** The column header as written in the file (the German header when the column is missing). */
  column: string | null;
  key: ImportErrorKey;
  params?: Record<string, IssueParam>;
  /** Which sheet of the format, when known (for sorting and counting). */
  sheetKey?: SheetKey;
};

export const fileIssue = (key: ImportErrorKey, params?: Record<string, IssueParam>): ImportIssue => ({
  sheet: null,
  line: null,
  column: null,
  key,
  params,
});

/** Thrown while reading a file whose problem ends the reading (corrupt, wrong type …). */
export class ImportFileError extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.key);
    this.name = "ImportFileError";
  }
}

const SHEET_ORDER = new Map(SHEETS.map((sheet, index) => [sheet.key, index]));

/** File-level issues first, then sheet by sheet in the format's order, then by line. */
export function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  const rank = (issue: ImportIssue) => (issue.sheetKey ? (SHEET_ORDER.get(issue.sheetKey) ?? 0) + 1 : 0);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.index - b.index)
    .map(({ issue }) => issue);
}
