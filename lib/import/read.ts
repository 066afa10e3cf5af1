import { createHash } from "node:crypto";
import { readCsv } from "./csv.ts";
import { fileIssue, ImportFileError, type ImportIssue, sortIssues } from "./issues.ts";
import { MAX_FILE_BYTES } from "./limits.ts";
import { type ParsedSheet, parseSheet } from "./rows.ts";
import type { RawSheet } from "./sheet.ts";
import { readXlsx } from "./xlsx.ts";

// An uploaded file, from bytes to typed, validated sheets. Whatever the bytes are, this
// answers with issues rather than throwing: an empty or over-size file, a wrong type, a
// corrupt workbook all become one clear file-level issue.

export type ImportFile = { filename: string; bytes: Uint8Array };

export type ParsedImport = {
  sheets: ParsedSheet[];
  issues: ImportIssue[];
  /** A problem with the file or a header row: the rows cannot be checked against the database. */
  structural: boolean;
  /** SHA-256 of the bytes, hex: lets a commit insist on the very file that was previewed. */
  hash: string;
};

type Kind = "xlsx" | "csv" | "legacyXls" | "unknown";

const startsWith = (bytes: Uint8Array, ...signature: number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

/** What the file is, by its first bytes (a renamed file is read for what it is) and its name. */
function kindOf(file: ImportFile): Kind {
  const { bytes } = file;
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return "xlsx";
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return "legacyXls";
  const extension = /\.([^./\\]+)$/.exec(file.filename)?.[1]?.toLowerCase() ?? "";
  if (["xlsx", "xlsm"].includes(extension)) return "xlsx"; // not a ZIP: the reader says "corrupt"
  if (["csv", "txt", "tsv", ""].includes(extension)) return "csv";
  return "unknown";
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function readSheets(file: ImportFile): Promise<{ sheets: RawSheet[]; issues: ImportIssue[] }> {
  switch (kindOf(file)) {
    case "xlsx":
      return readXlsx(file.bytes);
    case "csv":
      return { sheets: [readCsv(file.bytes, file.filename)], issues: [] };
    case "legacyXls":
      throw new ImportFileError(fileIssue("legacyXls"));
    default:
      throw new ImportFileError(fileIssue("wrongType"));
  }
}

export async function parseImportFile(file: ImportFile): Promise<ParsedImport> {
  const hash = sha256(file.bytes);
  const refuse = (issue: ImportIssue): ParsedImport => ({ sheets: [], issues: [issue], structural: true, hash });
  if (file.bytes.length === 0) return refuse(fileIssue("emptyFile"));
  if (file.bytes.length > MAX_FILE_BYTES) return refuse(fileIssue("tooLarge", { max: { bytes: MAX_FILE_BYTES } }));

  let raw: { sheets: RawSheet[]; issues: ImportIssue[] };
  try {
    raw = await readSheets(file);
  } catch (error) {
    if (error instanceof ImportFileError) return refuse(error.issue);
    throw error;
  }
  const issues = [...raw.issues];
  let structural = raw.issues.some((issue) => issue.line === null);
  const sheets: ParsedSheet[] = [];
  const sheetCount = raw.sheets.length;
  // Each raw sheet is let go once it is parsed: a large file never holds all its cells twice.
  for (let rawSheet = raw.sheets.shift(); rawSheet; rawSheet = raw.sheets.shift()) {
    const parsed = parseSheet(rawSheet);
    issues.push(...parsed.issues);
    structural ||= parsed.structural;
    sheets.push(parsed.sheet);
  }
  if (sheetCount === 0 && issues.length === 0) return refuse(fileIssue("noSheets"));
  if (!structural && sheets.every((sheet) => sheet.rows.length === 0) && issues.length === 0) {
    return refuse(fileIssue("noRows"));
  }
  return { sheets, issues: sortIssues(issues), structural, hash };
}
