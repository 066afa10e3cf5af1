import type { RawCell } from "./cells.ts";
import { SHEETS, sheetByName } from "./format.ts";
import { fileIssue, ImportFileError, type ImportIssue } from "./issues.ts";
import { MAX_ROWS_PER_SHEET, MAX_UNPACKED_BYTES } from "./limits.ts";
import { columnLetters, type RawRow, type RawSheet } from "./sheet.ts";
import { HiddenContent, isHiddenRow } from "./xlsx-hidden.ts";
import {
  attributes,
  dateStyles,
  decodeXml,
  itemText,
  serialToDate,
  sharedStrings,
  workbookSheets,
} from "./xlsx-parts.ts";
import { openZip, type ZipArchive } from "./zip.ts";

// Reads an XLSX workbook. What a spreadsheet can hide is refused rather than guessed at:
// formulas (the cached result may be stale), merged cells (which row does the value belong
// to?), hidden sheets, rows and columns with content (nobody reviewed them), Excel error values.
//
// Why not ExcelJS here (it writes the test fixtures and the exports): loading a workbook of
// 30,000 rows took it 3–9 s on the project machine, once for the preview and again for the
// commit; the import's budget for both together is 10 s. This reader inflates the parts with
// zlib and scans the few XML elements a data sheet consists of, in a fraction of that time.

type Merge = { top: number; left: number; bottom: number; right: number; range: string };

const expectedSheets = () => SHEETS.map((sheet) => `„${sheet.name}“`).join(", ");

/** "B12" → [12, 2]. */
function position(reference: string): [number, number] | null {
  let column = 0;
  let index = reference.charCodeAt(0) === 36 ? 1 : 0; // "$"
  for (; index < reference.length; index++) {
    const code = reference.charCodeAt(index) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  const line = Number(reference.slice(reference.charCodeAt(index) === 36 ? index + 1 : index));
  return column > 0 && Number.isInteger(line) && line > 0 ? [line, column] : null;
}

function mergesOf(xml: string): Merge[] {
  const merges: Merge[] = [];
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?mergeCell\b([^>]*)>/g)) {
    const range = attributes(match[1] ?? "").get("ref") ?? "";
    const [from, to = from] = range.split(":");
    const start = position(from ?? "");
    const end = position(to ?? "");
    if (start && end) merges.push({ top: start[0], left: start[1], bottom: end[0], right: end[1], range });
  }
  return merges;
}

type Refused = { refused: "formula" | "cellError"; value?: string };

type Context = { strings: string[]; dates: boolean[]; date1904: boolean };

// The attributes of a cell, read one by one (a general attribute map per cell costs too much
// for tens of thousands of cells).
const CELL_REFERENCE = /\sr\s*=\s*["']([^"']*)["']/;
const CELL_TYPE = /\st\s*=\s*["']([^"']*)["']/;
const CELL_STYLE = /\ss\s*=\s*["']([^"']*)["']/;
const FORMULA = /<(?:[\w.-]+:)?f[\s/>]/;
const VALUE = /<(?:[\w.-]+:)?v\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const INLINE = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;

/** The text of `<v>`: the plain `<v>…</v>` Excel writes is cut out without a regex. */
function valueText(body: string): string | undefined {
  if (body.startsWith("<v>") && body.endsWith("</v>") && body.indexOf("<", 3) === body.length - 4) {
    return body.slice(3, -4);
  }
  return VALUE.exec(body)?.[1];
}

/** One `<c>` element's value for the importer, or what is refused about it. */
function cellValue(tag: string, body: string, context: Context): RawCell | Refused {
  if (body === "") return null;
  if (FORMULA.test(body)) return { refused: "formula" };
  const type = CELL_TYPE.exec(tag)?.[1] ?? "n";
  if (type === "inlineStr") {
    const inline = INLINE.exec(body)?.[1];
    return inline === undefined ? null : itemText(inline);
  }
  const raw = valueText(body);
  if (raw === undefined) return null;
  const text = decodeXml(raw);
  switch (type) {
    case "s":
      return context.strings[Number(text)] ?? null;
    case "e":
      return { refused: "cellError", value: text };
    case "b":
      return text === "1" ? "true" : "false";
    case "d":
      return Number.isNaN(Date.parse(text)) ? text : new Date(`${text.slice(0, 10)}T00:00:00Z`);
    case "str":
      return text;
    default: {
      const number = Number(text);
      if (!Number.isFinite(number) || text.trim() === "") return text;
      return context.dates[Number(CELL_STYLE.exec(tag)?.[1] ?? 0)] ? serialToDate(number, context.date1904) : number;
    }
  }
}

function open(bytes: Uint8Array): ZipArchive {
  const zip = openZip(bytes);
  if (!zip) throw new ImportFileError(fileIssue("corruptXlsx"));
  if (!zip.names.includes("xl/workbook.xml")) {
    // Another Office file (.docx, .pptx, .ods …) or just any ZIP archive.
    const office = zip.names.includes("[Content_Types].xml") || zip.names.includes("mimetype");
    throw new ImportFileError(fileIssue(office ? "wrongType" : "corruptXlsx"));
  }
  if (zip.unpackedBytes > MAX_UNPACKED_BYTES) {
    throw new ImportFileError(fileIssue("unpackedTooLarge", { max: { bytes: MAX_UNPACKED_BYTES } }));
  }
  for (const name of zip.names) {
    if (/\.(xml|rels)$/i.test(name) && declaresDoctype(zip.text(name))) {
      throw new ImportFileError(fileIssue("xmlDoctype", { part: name }));
    }
  }
  return zip;
}

/**
 * Whether an XML part's prolog declares a document type. A DTD can define entities (billion
 * laughs, external files); no spreadsheet program writes one, so any DOCTYPE is refused. It
 * can only stand before the root element, which is where it is looked for.
 */
function declaresDoctype(part: string | null): boolean {
  if (part === null) return false; // an unreadable part is reported when it is read
  const root = /<(?![?!])/.exec(part);
  // Not XML at all (no element): a DOCTYPE anywhere in it is refused all the same.
  return /<!DOCTYPE/i.test(root ? part.slice(0, root.index) : part);
}

// One pass over the sheet data: a row's start tag (group 1) or a cell (groups 2 and 3).
const ROW_OR_CELL = /<(?:[\w.-]+:)?row\b([^>]*)>|<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const ROW_NUMBER = /\sr\s*=\s*["'](\d+)["']/;

export function readXlsx(bytes: Uint8Array): { sheets: RawSheet[]; issues: ImportIssue[] } {
  const zip = open(bytes);
  const workbookXml = zip.text("xl/workbook.xml");
  const listing = workbookXml ? workbookSheets(workbookXml, zip.text("xl/_rels/workbook.xml.rels")) : null;
  if (!listing) throw new ImportFileError(fileIssue("corruptXlsx"));
  const context: Context = {
    strings: sharedStrings(zip.text("xl/sharedStrings.xml")),
    dates: dateStyles(zip.text("xl/styles.xml")),
    date1904: listing.date1904,
  };
  const issues: ImportIssue[] = [];
  const sheets: RawSheet[] = [];
  const seen = new Set<string>();

  for (const entry of listing.sheets) {
    const xml = zip.text(entry.path);
    if (xml === null) throw new ImportFileError(fileIssue("corruptXlsx"));
    const data = /<(?:[\w.-]+:)?sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?sheetData>)/.exec(xml)?.[1] ?? "";
    // Empty extra sheets ("Tabelle2") are harmless, hidden or not.
    if (!/<(?:[\w.-]+:)?[vt]\b/.test(data)) continue;
    const name = entry.name;
    const sheetIssue = (key: ImportIssue["key"], params?: ImportIssue["params"]): ImportIssue => ({
      ...fileIssue(key, params),
      sheet: name,
    });
    if (entry.state !== "visible") {
      issues.push(sheetIssue("hiddenSheet", { name }));
      continue;
    }
    const def = sheetByName(name);
    if (!def) {
      issues.push(sheetIssue("unknownSheet", { name, expected: expectedSheets() }));
      continue;
    }
    if (seen.has(def.key)) {
      issues.push(sheetIssue("duplicateSheet", { name }));
      continue;
    }
    seen.add(def.key);

    const header = new Map<number, string>();
    const rows: RawRow[] = [];
    const columnName = (column: number) => header.get(column)?.trim() || columnLetters(column);
    // Every cell of a merged range is refused (reported once, at its top-left cell).
    const merges = mergesOf(xml);
    const merged = new Set<string>();
    for (const merge of merges) {
      for (let line = merge.top; line <= merge.bottom; line++) {
        for (let column = merge.left; column <= merge.right; column++) merged.add(`${line}:${column}`);
      }
    }
    const hidden = new HiddenContent(xml);
    let line = 0;
    let column = 0;
    let rowHidden = false;
    let tooMany = false;
    let cells = new Map<number, RawCell>();
    // Created only for a row that has a refused cell (rare): tens of thousands of rows.
    let refused: Set<number> | undefined;
    const endRow = () => {
      if (line > 1 && (cells.size > 0 || refused)) rows.push({ line, cells, refused });
      cells = new Map();
      refused = undefined;
    };
    for (const match of data.matchAll(ROW_OR_CELL)) {
      if (match[1] !== undefined) {
        endRow();
        line = Number(ROW_NUMBER.exec(match[1])?.[1] ?? line + 1);
        column = 0;
        rowHidden = isHiddenRow(match[1]);
        if (line > MAX_ROWS_PER_SHEET + 1) {
          tooMany = true;
          break;
        }
        continue;
      }
      const tag = match[2] ?? "";
      const reference = CELL_REFERENCE.exec(tag)?.[1];
      const at = reference ? position(reference) : null;
      column = at ? at[1] : column + 1;
      if (merged.size > 0 && merged.has(`${line}:${column}`)) {
        refused = (refused ?? new Set()).add(column);
        continue;
      }
      const value = cellValue(tag, match[3] ?? "", context);
      if (value !== null && value !== "") hidden.content(line, column, rowHidden);
      if (value !== null && typeof value === "object" && !(value instanceof Date)) {
        refused = (refused ?? new Set()).add(column);
        issues.push({
          sheet: name,
          sheetKey: def.key,
          line,
          column: line === 1 ? columnLetters(column) : columnName(column),
          key: value.refused,
          params: value.value ? { value: value.value } : undefined,
        });
        continue;
      }
      if (value === null || value === "") continue;
      if (line === 1) header.set(column, value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
      else cells.set(column, value);
    }
    endRow();
    if (tooMany) {
      issues.push(sheetIssue("tooManyRows", { max: MAX_ROWS_PER_SHEET }));
      continue;
    }
    issues.push(...hidden.issues(name, def.key, columnName));
    for (const merge of merges) {
      issues.push({
        sheet: name,
        sheetKey: def.key,
        line: merge.top,
        column: columnName(merge.left),
        key: "mergedCells",
        params: { range: merge.range },
      });
    }
    sheets.push({ name, def, header, rows });
  }
  return { sheets, issues };
}
