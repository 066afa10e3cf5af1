import { PrismaPg } from "@prisma/adapter-pg";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../lib/coverage/dates.ts";
import { computeCoverage } from "../../lib/coverage/index.ts";
import { endAssignment } from "../../lib/dal/assignments.ts";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { completeDataWorkbook } from "../../lib/export/complete-data.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { STAFF_SHEET } from "../../lib/import/format.ts";
import { deployMigrations } from "../../lib/migrate/index.ts";
import { seedHerne } from "../../prisma/seed/index.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { createTestDatabase, dropTestDatabase } from "../support/test-database.ts";
import { testViewer } from "../support/viewers.ts";

// Issue 5's round trip, completed by issue 11: the complete data exported as a workbook in
// the import format and imported into an empty database give the same records, column by
// column, and identical figures at every key date — and importing the same file again
// changes nothing. A provider's own export imports back unchanged, by that provider.

let target: { name: string; url: string };
let empty: PrismaClient;
const admin = testViewer("ADMIN");

// Every first of a month over the seed's years, the seed's key dates, and every start and
// end of an assignment, employment or school with the day after it.
async function keyDates(): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ d: string }[]>`
    SELECT DISTINCT to_char(d, 'YYYY-MM-DD') AS d FROM (
      SELECT generate_series('2010-01-01'::date, '2027-01-01'::date, interval '1 month')::date AS d
      UNION SELECT unnest(ARRAY['2016-03-07', '2017-11-15', '2019-03-01']::date[])
      UNION SELECT valid_from FROM assignment UNION SELECT valid_until FROM assignment WHERE valid_until IS NOT NULL
      UNION SELECT employed_from FROM staff_member
      UNION SELECT employed_until FROM staff_member WHERE employed_until IS NOT NULL
      UNION SELECT opened_on FROM school WHERE opened_on IS NOT NULL
      UNION SELECT closed_on FROM school WHERE closed_on IS NOT NULL
    ) dates ORDER BY 1`;
  return rows.flatMap(({ d }) => [d, addDays(d, 1)]);
}

// Ids are new in the other database; everything else must be equal.
const comparable = (report: unknown) =>
  JSON.stringify(report, (key, value) => (key === "id" || key.endsWith("Id") ? undefined : value));

type Db = Pick<PrismaClient, "$queryRawUnsafe">;
type Row = Record<string, unknown>;

// Every persisted column of the domain tables (to_jsonb takes them all, so a column added
// later is compared too), except what is not carried data: a row's own id, its bookkeeping
// (created_at, updated_at, version) and the two lifecycle stamps the import format has no
// column for (archived_at, anonymised_at). References become the natural keys of the format.
const NOT_DATA = ["id", "created_at", "updated_at", "version", "archived_at", "anonymised_at"];
const columnsOf = (alias: string, ...references: string[]) =>
  `to_jsonb(${alias}) ${[...NOT_DATA, ...references].map((column) => `- '${column}'`).join(" ")}`;
const RECORDS: Record<string, string> = {
  providers: `SELECT ${columnsOf("p")} AS r FROM provider p ORDER BY p.name`,
  districts: `SELECT ${columnsOf("d")} AS r FROM district d ORDER BY d.name`,
  schools: `SELECT ${columnsOf("s", "district_id")} || jsonb_build_object('district', d.name) AS r
              FROM school s JOIN district d ON d.id = s.district_id ORDER BY s.school_number`,
  fundingSources: `SELECT ${columnsOf("f")} AS r FROM funding_source f ORDER BY f.name`,
  staff: `SELECT ${columnsOf("m", "provider_id")} || jsonb_build_object('provider', p.short_name) AS r
            FROM staff_member m JOIN provider p ON p.id = m.provider_id ORDER BY p.short_name, m.personnel_number`,
  assignments: `SELECT ${columnsOf("a", "staff_member_id", "school_id", "funding_source_id")}
                       || jsonb_build_object('provider', p.short_name, 'personnel_number', m.personnel_number,
                                             'school_number', s.school_number, 'funding_source', f.name) AS r
                  FROM assignment a JOIN staff_member m ON m.id = a.staff_member_id
                  JOIN provider p ON p.id = m.provider_id JOIN school s ON s.id = a.school_id
                  LEFT JOIN funding_source f ON f.id = a.funding_source_id
                 ORDER BY p.short_name, m.personnel_number, s.school_number, a.valid_from`,
};

async function records(db: Db): Promise<Record<string, Row[]>> {
  const entries = await Promise.all(
    Object.entries(RECORDS).map(async ([table, sql]) => {
      const rows = await db.$queryRawUnsafe<{ r: Row }[]>(sql);
      return [table, rows.map((row) => row.r)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Every row of the domain tables as stored, bookkeeping included: "changes nothing" means this stays. */
async function storedState(db: Db): Promise<unknown[]> {
  return db.$queryRawUnsafe(
    ["provider", "district", "school", "funding_source", "staff_member", "assignment"]
      .map((table) => `SELECT '${table}' AS t, jsonb_agg(to_jsonb(x) ORDER BY x.id) AS rows FROM ${table} x`)
      .join(" UNION ALL "),
  );
}

/** Columns without a single value in a table: the round trip would not notice their loss. */
const neverFilled = (tables: Record<string, Row[]>) =>
  Object.entries(tables).flatMap(([table, rows]) =>
    rows.length === 0
      ? [`${table}: no rows`]
      : Object.keys(rows[0] ?? {})
          .filter((column) => rows.every((row) => row[column] === null))
          .map((column) => `${table}.${column}`),
  );

const xlsx = (bytes: Buffer) => ({ filename: "stellwerk-daten.xlsx", bytes: new Uint8Array(bytes) });

beforeAll(async () => {
  await resetDatabase();
  await seedHerne(prisma);
  // The seed leaves school addresses and staff phone numbers empty; fill some (not all: empty
  // cells must come back empty too), one with characters a CSV or a formula would trip over.
  await prisma.$executeRawUnsafe(`
    UPDATE school SET address = CASE WHEN school_number::int % 3 = 1 THEN 'Am "Alten Markt" 3; Eingang B, 44649 Herne'
                                     ELSE 'Schulstraße ' || right(school_number, 2)::int || ', 44623 Herne' END
     WHERE school_number::int % 3 <> 0`);
  await prisma.$executeRawUnsafe(`
    UPDATE staff_member m SET phone = '+49 2323 16-' || (1000 + x.n)
      FROM (SELECT id, row_number() OVER (ORDER BY personnel_number) AS n FROM staff_member) x
     WHERE x.id = m.id AND x.n % 2 = 1`);
  // As long as the forms allow (longer than the import format used to accept).
  await prisma.provider.update({
    where: { shortName: "GFS" },
    data: { contact: `GFS Herne, ${"Kontakt ".repeat(120).trimEnd()}` },
  });
  const [member] = await prisma.staffMember.findMany({ orderBy: { personnelNumber: "desc" }, take: 1 });
  await prisma.staffMember.update({
    where: { id: member?.id ?? "" },
    data: { email: `${"vorname.nachname.".repeat(13)}x@gfs-herne.example` },
  });
  target = await createTestDatabase("stellwerk_roundtrip");
  await deployMigrations(target.url);
  empty = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
});
afterAll(async () => {
  await empty?.$disconnect();
  if (target) await dropTestDatabase(target.name);
  await prisma.$disconnect();
});

describe("export → import into an empty database", () => {
  it("gives the same records, column by column, and a second import changes nothing", async () => {
    // The seed keeps one assignment from before the within-employment rule (Claudia Fuchs's,
    // never closed when her employment ended): the import refuses to create it, naming the line.
    const legacy = await runImport(empty, admin, xlsx((await completeDataWorkbook(admin)).workbook), {
      dryRun: false,
    });
    expect(legacy.committed).toBe(false);
    expect(legacy.issues.map((issue) => [issue.sheetKey, issue.key, issue.params?.value])).toEqual([
      ["assignments", "outsideEmployment", "420056"],
    ]);
    // The fix the dashboard's warning asks for: end it on her last day. No figure changes.
    const fuchs = await prisma.assignment.findFirstOrThrow({
      where: { staffMember: { personnelNumber: "420056" }, validUntil: null },
    });
    const figuresBefore = await computeCoverage(prisma, "2017-11-15", { kind: "all" });
    const ended = await endAssignment(admin, { id: fuchs.id, version: fuchs.version, validUntil: "2017-01-31" });
    expect(ended.ok).toBe(true);
    expect(await computeCoverage(prisma, "2017-11-15", { kind: "all" })).toEqual(figuresBefore);

    const source = await records(prisma);
    // Every column holds a value somewhere (contact, address, Sozialindex, phone, note …):
    // otherwise losing it on the way would go unnoticed.
    expect(neverFilled(source)).toEqual([]);

    const file = xlsx((await completeDataWorkbook(admin)).workbook);
    const first = await runImport(empty, admin, file, { dryRun: false });
    expect(first.issues.slice(0, 5)).toEqual([]);
    expect(first.committed).toBe(true);
    expect(first.totals.created).toBeGreaterThan(100);

    const imported = await records(empty);
    for (const table of Object.keys(RECORDS)) {
      // Row by row, so that a difference names its record.
      const differing = (source[table] ?? [])
        .map((row, index) => ({ row, other: imported[table]?.[index] }))
        .filter(({ row, other }) => JSON.stringify(row) !== JSON.stringify(other))
        .slice(0, 3);
      expect({ table, differing }).toEqual({ table, differing: [] });
      expect({ table, rows: imported[table]?.length }).toEqual({ table, rows: source[table]?.length });
    }

    const state = await storedState(empty);
    const again = await runImport(empty, admin, file, { dryRun: false });
    expect(again.issues).toEqual([]);
    expect({ created: again.totals.created, updated: again.totals.updated }).toEqual({ created: 0, updated: 0 });
    expect(await storedState(empty)).toEqual(state);
  });

  it("gives identical figures at every key date", async () => {
    const dates = await keyDates();
    expect(dates.length).toBeGreaterThan(200);
    const differences: string[] = [];
    for (const date of dates) {
      const [before, after] = await Promise.all([
        computeCoverage(prisma, date, { kind: "all" }),
        computeCoverage(empty, date, { kind: "all" }),
      ]);
      if (comparable(after) !== comparable(before))
        differences.push(`${date}: ${comparable(before)} ≠ ${comparable(after)}`);
    }
    expect(differences.slice(0, 3)).toEqual([]);
  });
});

describe("a provider's own export", () => {
  it("holds their staff and nothing of anyone else, and the provider imports it back unchanged", async () => {
    const [gbh, others] = await Promise.all([
      prisma.provider.findUniqueOrThrow({ where: { shortName: "GBH" } }),
      prisma.provider.findMany({ where: { shortName: { not: "GBH" } }, include: { staff: true } }),
    ]);
    const provider = testViewer("PROVIDER", { providerId: gbh.id });
    const { scope, workbook } = await completeDataWorkbook(provider);
    expect(scope).toEqual({ kind: "provider", providerId: gbh.id, provider: gbh.name });

    // Only the sheet a provider may import; only their own staff in it.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([STAFF_SHEET.name]);
    const cells: string[][] = [];
    book.worksheets[0]?.eachRow((row, line) => {
      if (line > 1) cells.push((row.values as unknown[]).slice(1).map((value) => String(value ?? "")));
    });
    const own = (await records(prisma)).staff?.filter((row) => row.provider === "GBH") ?? [];
    expect(cells.map((row) => row[1])).toEqual(own.map((row) => row.personnel_number));
    expect(new Set(cells.map((row) => row[0]))).toEqual(new Set(["GBH"]));
    const text = cells.flat().join("\n");
    const foreign = others.flatMap((other) => [
      other.name,
      other.shortName,
      ...other.staff.flatMap((member) => [member.personnelNumber, member.email ?? "", member.phone ?? ""]),
    ]);
    expect(foreign.filter((value) => value !== "" && text.includes(value))).toEqual([]);

    const state = await storedState(prisma);
    const unchanged = { created: 0, updated: 0, unchanged: own.length };
    const preview = await runImport(prisma, provider, xlsx(workbook), { dryRun: true });
    expect(preview.issues).toEqual([]);
    expect(preview.totals).toEqual(unchanged);
    const committed = await runImport(prisma, provider, xlsx(workbook), { dryRun: false });
    expect(committed.issues).toEqual([]);
    expect({ committed: committed.committed, totals: committed.totals }).toEqual({
      committed: true,
      totals: unchanged,
    });
    expect(await storedState(prisma)).toEqual(state);
  });
});
