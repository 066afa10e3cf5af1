import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeCoverage } from "../../lib/coverage/index.ts";
import { HERNE_KEY_FIGURES, type SeedSummary, seedHerne } from "../../prisma/seed/index.ts";
import { prisma, resetDatabase } from "../support/db.ts";

// The Herne seed: the figures of docs/domain.md, the deliberate soft-rule cases, idempotency.
// The figures are computed here with plain SQL straight from the definitions, so that this
// test does not depend on lib/coverage; a second test cross-checks lib/coverage.

type Figures = { staff: number; fteMilli: number; schoolsCovered: number; schoolsTotal: number };

const NOVEMBER_2017 = Array.from({ length: 30 }, (_, i) => `2017-11-${String(i + 1).padStart(2, "0")}`);

/** staff / FTE / covered / total at each date, by the definitions in docs/domain.md. */
async function figuresBySql(dates: string[]): Promise<Map<string, Figures>> {
  const rows = await prisma.$queryRaw<
    { day: string; staff: number; fte_milli: number; covered: number; total: number }[]
  >`
    WITH days AS (SELECT unnest(${dates}::date[]) AS day),
    active AS (
      SELECT days.day, a.staff_member_id, a.school_id, a.fte
        FROM days
        JOIN assignment a ON a.valid_from <= days.day AND (a.valid_until IS NULL OR days.day <= a.valid_until)
        JOIN staff_member m ON m.id = a.staff_member_id
         AND m.employed_from <= days.day AND (m.employed_until IS NULL OR days.day <= m.employed_until)
        JOIN school s ON s.id = a.school_id
         AND (s.opened_on IS NULL OR s.opened_on <= days.day) AND (s.closed_on IS NULL OR days.day < s.closed_on)
    )
    SELECT to_char(days.day, 'YYYY-MM-DD') AS day,
           (SELECT count(DISTINCT staff_member_id) FROM active WHERE active.day = days.day)::int AS staff,
           (SELECT COALESCE(sum(fte) * 1000, 0) FROM active WHERE active.day = days.day)::int AS fte_milli,
           (SELECT count(DISTINCT school_id) FROM active WHERE active.day = days.day)::int AS covered,
           (SELECT count(*) FROM school s
             WHERE (s.opened_on IS NULL OR s.opened_on <= days.day)
               AND (s.closed_on IS NULL OR days.day < s.closed_on))::int AS total
      FROM days`;
  return new Map(
    rows.map((r) => [
      r.day,
      { staff: r.staff, fteMilli: r.fte_milli, schoolsCovered: r.covered, schoolsTotal: r.total },
    ]),
  );
}

const expected = (date: string): Figures => {
  const novemberFigures = HERNE_KEY_FIGURES[1];
  const row = date.startsWith("2017-11-") ? novemberFigures : HERNE_KEY_FIGURES.find((f) => f.date === date);
  if (!row) throw new Error(`no expected figures for ${date}`);
  const { staff, fteMilli, schoolsCovered, schoolsTotal } = row;
  return { staff, fteMilli, schoolsCovered, schoolsTotal };
};

const SEEDED_TABLES = [
  "municipality",
  "provider",
  "district",
  "school",
  "funding_source",
  "staff_member",
  "assignment",
] as const;

/** Row count and a checksum of every column (and xmin, so that even a no-op write shows). */
async function snapshot(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of SEEDED_TABLES) {
    const [row] = await prisma.$queryRawUnsafe<{ count: number; checksum: string | null }[]>(
      `SELECT count(*)::int AS count,
              md5(string_agg(t.xmin::text || ':' || row_to_json(t)::text, ',' ORDER BY t.id)) AS checksum
         FROM "${table}" t`,
    );
    result[table] = `${row?.count} ${row?.checksum}`;
  }
  return result;
}

const writes = (summary: SeedSummary) =>
  Object.values(summary).reduce((sum, counts) => sum + counts.created + counts.updated, 0);

let first: SeedSummary;

beforeAll(async () => {
  await resetDatabase();
  first = await seedHerne(prisma);
});
afterAll(() => prisma.$disconnect());

describe("Herne seed: the figures", () => {
  it("creates the expected rows", () => {
    expect(first.municipality.created).toBe(1);
    expect(first.providers.created).toBe(4);
    expect(first.districts.created).toBe(4);
    expect(first.schools.created).toBe(47);
    expect(first.fundingSources.created).toBe(5);
    expect(first.staff.created).toBeGreaterThanOrEqual(50);
    expect(first.assignments.created).toBeGreaterThanOrEqual(80);
  });

  it("gives exactly the figures of docs/domain.md on the key dates and every day of November 2017", async () => {
    const dates = ["2016-03-07", ...NOVEMBER_2017, "2019-03-01"];
    const figures = await figuresBySql(dates);
    for (const date of dates) expect({ date, ...figures.get(date) }).toEqual({ date, ...expected(date) });
  });

  it("leaves only the Haranni-Gymnasium uncovered on 01.03.2019", async () => {
    const rows = await prisma.$queryRaw<{ name: string }[]>`
      SELECT s.name FROM school s
       WHERE (s.opened_on IS NULL OR s.opened_on <= '2019-03-01') AND (s.closed_on IS NULL OR '2019-03-01' < s.closed_on)
         AND NOT EXISTS (
           SELECT 1 FROM assignment a JOIN staff_member m ON m.id = a.staff_member_id
            WHERE a.school_id = s.id
              AND a.valid_from <= '2019-03-01' AND (a.valid_until IS NULL OR '2019-03-01' <= a.valid_until)
              AND m.employed_from <= '2019-03-01' AND (m.employed_until IS NULL OR '2019-03-01' <= m.employed_until))`;
    expect(rows.map((r) => r.name)).toEqual(["Haranni-Gymnasium"]);
  });

  it("agrees with lib/coverage (computeCoverage)", async () => {
    for (const date of ["2016-03-07", ...NOVEMBER_2017, "2019-03-01"]) {
      const { total } = await computeCoverage(prisma, date);
      expect({ date, ...total }).toEqual({ date, ...expected(date) });
    }
  });
});

describe("Herne seed: the deliberate soft-rule cases", () => {
  /** Personnel numbers of staff serving more than `maxSchools` schools on some day. */
  async function servingMoreThan(maxSchools: number, fteCondition: "full" | "half"): Promise<string[]> {
    const rows = await prisma.$queryRaw<{ personnel_number: string }[]>`
      SELECT DISTINCT m.personnel_number
        FROM staff_member m
        JOIN assignment start ON start.staff_member_id = m.id
       WHERE CASE WHEN ${fteCondition}::text = 'full' THEN m.employment_fte >= 1 ELSE m.employment_fte <= 0.5 END
         AND (SELECT count(DISTINCT a.school_id) FROM assignment a
               WHERE a.staff_member_id = m.id
                 AND a.valid_from <= start.valid_from
                 AND (a.valid_until IS NULL OR start.valid_from <= a.valid_until)) > ${maxSchools}
       ORDER BY 1`;
    return rows.map((r) => r.personnel_number);
  }

  it("has exactly one person at ≥ 1,0 FTE serving more than 2 schools at once", async () => {
    expect(await servingMoreThan(2, "full")).toEqual(["420094"]);
  });

  it("has exactly one person at ≤ 0,5 FTE serving more than 1 school at once", async () => {
    expect(await servingMoreThan(1, "half")).toEqual(["GBH-031"]);
  });

  it("has two assignments without funding source and one outside its employment", async () => {
    const unfunded = await prisma.assignment.findMany({
      where: { fundingSourceId: null },
      select: { staffMember: { select: { personnelNumber: true } } },
    });
    expect(unfunded.map((a) => a.staffMember.personnelNumber).sort()).toEqual(["420084", "F-125"]);

    const outside = await prisma.$queryRaw<{ personnel_number: string }[]>`
      SELECT m.personnel_number FROM assignment a JOIN staff_member m ON m.id = a.staff_member_id
       WHERE a.valid_from < m.employed_from
          OR (m.employed_until IS NOT NULL AND (a.valid_until IS NULL OR a.valid_until > m.employed_until))`;
    expect(outside.map((r) => r.personnel_number)).toEqual(["420056"]);
  });

  it("keeps funded assignments inside their funding source's validity (open ends aside)", async () => {
    const rows = await prisma.$queryRaw<{ id: string }[]>`
      SELECT a.id FROM assignment a JOIN funding_source f ON f.id = a.funding_source_id
       WHERE a.valid_from < f.valid_from
          OR (f.valid_until IS NOT NULL AND a.valid_from > f.valid_until)
          OR (f.valid_until IS NOT NULL AND a.valid_until IS NOT NULL AND a.valid_until > f.valid_until)`;
    expect(rows).toEqual([]);
  });
});

describe("Herne seed: idempotency", () => {
  it("changes nothing on a second run", async () => {
    const before = await snapshot();
    const second = await seedHerne(prisma);
    expect(writes(second)).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("repairs drifted rows and recreates deleted ones, and then is stable again", async () => {
    await prisma.$executeRaw`UPDATE school SET name = name || ' (alt)' WHERE school_number = '120301'`;
    await prisma.$executeRaw`UPDATE school_pupil_count SET pupil_count = pupil_count + 1
                              WHERE school_id = (SELECT id FROM school WHERE school_number = '120301')`;
    const victim = await prisma.assignment.findFirstOrThrow({ where: { note: { not: null } } });
    await prisma.assignment.delete({ where: { id: victim.id } });

    const repair = await seedHerne(prisma);
    expect(repair.schools).toEqual({ created: 0, updated: 1, unchanged: 46 });
    expect(repair.pupilCounts).toEqual({ created: 0, updated: 1, unchanged: 46 });
    expect(repair.assignments.created).toBe(1);
    expect(writes(repair)).toBe(3);
    const school = await prisma.school.findUniqueOrThrow({
      where: { schoolNumber: "120301" },
      include: { pupilCounts: true },
    });
    expect(school.pupilCounts.map((row) => row.pupilCount)).toEqual([312]);
    expect(school.version).toBe(2);

    const before = await snapshot();
    expect(writes(await seedHerne(prisma))).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
