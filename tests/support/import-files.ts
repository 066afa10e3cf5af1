import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { prisma } from "./db.ts";

// Import fixtures built in the test (no binary files checked in): workbooks with ExcelJS,
// CSV in the encodings Excel writes; and a fingerprint of every table an import may write,
// to prove that a refused import changed nothing.

export type Cell = string | number | Date | null | ExcelJS.CellValue;
export type SheetRows = Cell[][];

/** An XLSX workbook: sheet name → rows (row 1 = header). */
export async function xlsx(
  sheets: Record<string, SheetRows>,
  adjust?: (workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  adjust?.(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export type CsvOptions = { delimiter?: ";" | "," | "\t"; encoding?: "utf8" | "utf8bom" | "win1252" | "utf16le" };

/** A CSV file as Excel and friends write it. */
export function csv(rows: (string | number)[][], options: CsvOptions = {}): Uint8Array<ArrayBuffer> {
  const delimiter = options.delimiter ?? ";";
  const quote = (value: string | number) => {
    const text = String(value);
    return /["\n\r;,\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const text = `${rows.map((row) => row.map(quote).join(delimiter)).join("\r\n")}\r\n`;
  switch (options.encoding ?? "utf8") {
    case "utf8bom":
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
    case "win1252":
      return new Uint8Array(iconv.encode(text, "win1252"));
    case "utf16le":
      return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16le")]));
    default:
      return new Uint8Array(Buffer.from(text, "utf8"));
  }
}

const TABLES = ["provider", "district", "school", "funding_source", "staff_member", "assignment"] as const;

/** Row count and content hash of every table an import writes, plus the import audit events. */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await prisma.$queryRawUnsafe<{ count: number; hash: string | null }[]>(
      `SELECT count(*)::int AS count, md5(string_agg(t::text, '|' ORDER BY t.id)) AS hash FROM "${table}" t`,
    );
    out[table] = `${row?.count}:${row?.hash}`;
  }
  out.importEvents = String(await prisma.auditEvent.count({ where: { action: "import.commit" } }));
  return out;
}

/** A date cell as ExcelJS writes it (midnight UTC of the calendar day). */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
