// CSV for German Excel: `;` as separator, UTF-8 with a byte order mark (so Excel does not
// guess Windows-1252), CRLF line ends, and quoting as RFC 4180 describes it. Values arrive
// already formatted (decimal comma, dd.mm.yyyy); this file only writes them safely.
// csv-stringify is not installed; the rules are few enough to write and test here.

export const CSV_SEPARATOR = ";";
export const CSV_BOM = "\uFEFF";

/**
 * A text cell. Quoted when it holds the separator, a quote, a line break or edge spaces.
 * A text that a spreadsheet would run as a formula (= + - @, tab, CR at the start) gets a
 * leading apostrophe: names come from people, and a name must never become a formula.
 */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A cell that is a number or a date already formatted by us ("39,5", "15.11.2017"): written as is. */
export type CsvValue = string | { raw: string } | null;

/** Marks an already formatted number or date, which must not get the formula guard (e.g. "-1,5"). */
export const raw = (value: string): CsvValue => ({ raw: value });

function cell(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "string") return csvText(value);
  if (!/^[\d.,:\- ]*$/.test(value.raw)) throw new TypeError(`not a formatted number or date: ${value.raw}`);
  return value.raw;
}

/** The whole file: BOM, one line per row, CRLF after every line. */
export function toCsv(rows: CsvValue[][]): string {
  return CSV_BOM + rows.map((row) => `${row.map(cell).join(CSV_SEPARATOR)}\r\n`).join("");
}
