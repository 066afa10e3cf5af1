import { CsvError, parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import type { RawCell } from "./cells.ts";
import { columnByHeader, normalizeName, SHEETS, type SheetDef } from "./format.ts";
import { fileIssue, ImportFileError } from "./issues.ts";
import { MAX_ROWS_PER_SHEET } from "./limits.ts";
import type { RawRow, RawSheet } from "./sheet.ts";
import { cleanText } from "./text.ts";

// Reads one CSV file (one sheet) as Excel and other tools write it: `;` (German Excel) or
// `,` or tab as delimiter, UTF-8 with or without BOM, UTF-16 with BOM ("Unicode text"), or
// Windows-1252 (older Excel's "CSV"), recognised by not being valid UTF-8.

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8OrLegacy(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(Buffer.from(bytes.subarray(2)), "utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(Buffer.from(bytes.subarray(2)), "utf16be");
  return decodeUtf8OrLegacy(bytes);
}

function decodeUtf8OrLegacy(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), "win1252");
  }
}

/** The delimiter of the header line: the most frequent of `;`, `,` and tab outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ";";
  for (const [char, count] of counts) if (count > (counts.get(best) ?? 0)) best = char;
  return best;
}

/** The sheet a CSV holds: named by its file name, else the best match of its headers. */
export function identifySheet(filename: string, headers: string[]): SheetDef | null {
  const base = normalizeName(filename.replace(/\.[^.]*$/, ""));
  const byName = SHEETS.filter((sheet) =>
    [sheet.name, ...sheet.aliases].some((name) => base.includes(normalizeName(name))),
  );
  if (byName.length === 1 && byName[0]) return byName[0];
  let best: { sheet: SheetDef; score: number; complete: boolean } | null = null;
  for (const sheet of SHEETS) {
    const found = new Set(headers.map((header) => columnByHeader(sheet, header)?.field).filter(Boolean));
    const score = found.size;
    const complete = sheet.columns.every((column) => !column.required || found.has(column.field));
    const better = !best || (complete && !best.complete) || (complete === best.complete && score > best.score);
    if (score > 0 && better) best = { sheet, score, complete };
  }
  return best?.sheet ?? null;
}

export function readCsv(bytes: Uint8Array, filename: string): RawSheet {
  const text = decodeText(bytes);
  if (text.includes("\u0000")) throw new ImportFileError(fileIssue("wrongType"));
  if (cleanText(text) === "") throw new ImportFileError(fileIssue("emptyFile"));
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      // A quote inside an unquoted value ("Becker "Anni"") is taken literally, as Excel does.
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (error) {
    const line = error instanceof CsvError ? ((error as CsvError & { lines?: number }).lines ?? 1) : 1;
    throw new ImportFileError(fileIssue("corruptCsv", { line }));
  }
  if (records.length > MAX_ROWS_PER_SHEET + 1) {
    throw new ImportFileError(fileIssue("tooManyRows", { max: MAX_ROWS_PER_SHEET }));
  }
  const headerCells = records[0] ?? [];
  const def = identifySheet(
    filename,
    headerCells.map((cell) => cleanText(cell)),
  );
  if (!def) {
    throw new ImportFileError(
      fileIssue("csvSheetUnknown", { expected: SHEETS.map((sheet) => `„${sheet.name}“`).join(", ") }),
    );
  }
  const header = new Map<number, string>();
  headerCells.forEach((cell, index) => {
    if (cleanText(cell) !== "") header.set(index + 1, cell);
  });
  const rows: RawRow[] = records.slice(1).map((record, index) => {
    const cells = new Map<number, RawCell>();
    record.forEach((cell, column) => {
      if (cleanText(cell) !== "") cells.set(column + 1, cell);
    });
    return { line: index + 2, cells };
  });
  return { name: def.name, def, header, rows };
}
