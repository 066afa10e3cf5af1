import type { SheetKey } from "./format.ts";
import type { ImportIssue } from "./issues.ts";
import { type ImportFile, parseImportFile } from "./read.ts";
import type { ParsedSheet } from "./rows.ts";

// What the database part of an import needs of a file, and nothing more: per sheet its name,
// its header, its number of rows and the rows to stage as ONE JSON text (the parameter of the
// staging statement, lib/dal/internal/import-stage.ts). Built where the file is parsed (the
// parse worker, ./parse-off-thread.ts), so that the request thread never holds a row object:
// a JSON text is one allocation, 100,000 row objects are millions.

export type PreparedSheet = {
  key: SheetKey;
  /** As named in the file. */
  name: string;
  /** The header as written in the file, per field of the columns present. */
  headers: Map<string, string>;
  rowCount: number;
  /** The rows whose natural key could be read, as JSON for json_to_recordset. */
  stageRows: string;
};

export type PreparedImport = {
  sheets: PreparedSheet[];
  issues: ImportIssue[];
  /** A problem with the file or a header row: the rows cannot be checked against the database. */
  structural: boolean;
  /** SHA-256 of the bytes, hex. */
  hash: string;
};

/** The fields a row needs to take part, per sheet (any of them for providers: name or short name). */
const STAGE_KEYS: Record<SheetKey, { fields: string[]; anyKey?: boolean }> = {
  providers: { fields: ["name", "shortName"], anyKey: true },
  schools: { fields: ["schoolNumber"] },
  funding: { fields: ["name"] },
  staff: { fields: ["provider", "personnelNumber"] },
  assignments: { fields: ["provider", "personnelNumber", "schoolNumber", "validFrom"] },
};

/** The rows of a sheet that can take part (their natural key could be read), as JSON. */
function stageRows(sheet: ParsedSheet): string {
  const { fields, anyKey = false } = STAGE_KEYS[sheet.def.key];
  const rows = sheet.rows
    .filter((row) => {
      const present = fields.map((field) => row.values[field] !== null && row.values[field] !== undefined);
      return anyKey ? present.some(Boolean) : present.every(Boolean);
    })
    .map((row) => ({ line: row.line, valid: row.valid, ...row.values }));
  return JSON.stringify(rows);
}

export async function prepareImport(file: ImportFile): Promise<PreparedImport> {
  const parsed = await parseImportFile(file);
  return {
    hash: parsed.hash,
    issues: parsed.issues,
    structural: parsed.structural,
    sheets: parsed.sheets.map((sheet) => {
      const prepared = {
        key: sheet.def.key,
        name: sheet.name,
        headers: sheet.headers,
        rowCount: sheet.rows.length,
        stageRows: stageRows(sheet),
      };
      // Its row objects are not needed any more: let them go before the next sheet's JSON.
      sheet.rows = [];
      return prepared;
    }),
  };
}
