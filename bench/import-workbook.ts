import ExcelJS from "exceljs";
import {
  ASSIGNMENTS_SHEET,
  enumLabel,
  FUNDING_SHEET,
  PROVIDERS_SHEET,
  SCHOOLS_SHEET,
  STAFF_SHEET,
} from "../lib/import/format.ts";

// A deterministic workbook in the import format for the benchmark: the same sizes always
// give the same bytes' content. Every staff member's assignments add up to at most their
// contract, never overlap and lie within the employment, so the whole workbook imports
// without an issue.

export type WorkbookSize = { staff: number; assignmentsPerStaff: number; schools: number };

/** mulberry32: a small seeded generator, so "random" data is the same on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Anna", "Ben", "Clara", "Deniz", "Emil", "Fatma", "Greta", "Hakan", "Ida", "Jonas", "Lea", "Milan"];
const LAST = ["Becker", "Schulz", "Yilmaz", "Wagner", "Kaya", "Hoffmann", "Novak", "Weber", "Schmidt", "Krause"];
const DISTRICTS = ["Mitte", "Nord", "Ost", "West"];
const TYPES = ["GRUNDSCHULE", "REALSCHULE", "GESAMTSCHULE", "GYMNASIUM", "FOERDERSCHULE", "BERUFSKOLLEG"];
const PROVIDERS = [
  { name: "Stadt Benchstadt (Fachbereich 42)", shortName: "Stadt", kind: "MUNICIPAL" },
  { name: "Land NRW", shortName: "Land", kind: "STATE" },
  { name: "Verein für Schulsozialarbeit e.V.", shortName: "VSA", kind: "NON_PROFIT" },
  { name: "Jugendhilfe Benchstadt gGmbH", shortName: "JHB", kind: "NON_PROFIT" },
];
const FUNDING = [
  { name: "Landesprogramm Schulsozialarbeit", kind: "LANDESPROGRAMM", from: "2015-01-01" },
  { name: "Landesstellen", kind: "LANDESSTELLE", from: "2008-08-01" },
  { name: "Kommunale Mittel", kind: "KOMMUNAL", from: "2010-01-01" },
];
const CONTRACTS = [1000, 1000, 750, 500];

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function addSheet(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: unknown[][]) {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(headers);
  sheet.addRows(rows);
}

export async function generateWorkbook(size: WorkbookSize, seed = 42): Promise<Uint8Array> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const workbook = new ExcelJS.Workbook();
  const headers = (sheet: { columns: readonly { header: string }[] }, count: number) =>
    sheet.columns.slice(0, count).map((column) => column.header);
  // Columns named by field, so that an optional column added to the format does not shift the rows.
  const headersOf = (sheet: { columns: readonly { header: string; field: string }[] }, fields: string[]) =>
    fields.map((field) => {
      const column = sheet.columns.find((candidate) => candidate.field === field);
      if (!column) throw new Error(`the import format has no column for ${field}`);
      return column.header;
    });

  addSheet(
    workbook,
    PROVIDERS_SHEET.name,
    headers(PROVIDERS_SHEET, 3),
    PROVIDERS.map((p) => [p.name, p.shortName, enumLabel("providerKind", p.kind)]),
  );
  const schoolNumbers = Array.from({ length: size.schools }, (_, index) => String(100001 + index));
  addSheet(
    workbook,
    SCHOOLS_SHEET.name,
    headersOf(SCHOOLS_SHEET, ["schoolNumber", "name", "type", "district", "pupilCount", "openedOn", "closedOn"]),
    schoolNumbers.map((number, index) => [
      number,
      `Schule ${index + 1}`,
      enumLabel("schoolType", pick(TYPES)),
      pick(DISTRICTS),
      100 + Math.floor(next() * 1200),
      index % 10 === 0 ? date("2012-08-01") : null,
      null,
    ]),
  );
  addSheet(
    workbook,
    FUNDING_SHEET.name,
    headers(FUNDING_SHEET, 4),
    FUNDING.map((f) => [f.name, enumLabel("fundingKind", f.kind), date(f.from), null]),
  );

  const staffRows: unknown[][] = [];
  const assignmentRows: unknown[][] = [];
  for (let index = 0; index < size.staff; index++) {
    const provider = PROVIDERS[index % PROVIDERS.length]?.shortName ?? "Stadt";
    const personnel = `P${String(index + 1).padStart(6, "0")}`;
    const contract = pick(CONTRACTS);
    const from = addDays("2014-01-01", Math.floor(next() * 1500));
    const ended = next() < 0.2;
    const lastName = pick(LAST);
    const firstName = pick(FIRST);
    const employedUntil = ended ? addDays(from, 700 + Math.floor(next() * 800)) : null;
    staffRows.push([
      provider,
      personnel,
      lastName,
      firstName,
      contract / 1000,
      date(from),
      employedUntil ? date(employedUntil) : null,
      `${personnel.toLowerCase()}@example.org`,
    ]);
    // Assignments at distinct schools, each a share of the contract: never above it, never overlapping.
    const share = Math.floor(contract / size.assignmentsPerStaff);
    const first = Math.floor(next() * size.schools);
    for (let n = 0; n < size.assignmentsPerStaff; n++) {
      const school = schoolNumbers[(first + n * 37) % size.schools];
      const start = addDays(from, n * 30);
      const planned = next() < 0.3 ? addDays(start, 365 + Math.floor(next() * 700)) : null;
      // Within the employment (lib/assignment-rules.ts): an assignment ends with it at the latest.
      const until = employedUntil !== null && (planned === null || planned > employedUntil) ? employedUntil : planned;
      assignmentRows.push([
        provider,
        personnel,
        school,
        share / 1000,
        date(start),
        until ? date(until) : null,
        pick(FUNDING).name,
      ]);
    }
  }
  addSheet(workbook, STAFF_SHEET.name, headers(STAFF_SHEET, 8), staffRows);
  addSheet(workbook, ASSIGNMENTS_SHEET.name, headers(ASSIGNMENTS_SHEET, 7), assignmentRows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
