import type { PrismaClient } from "../generated/prisma/client.ts";
import { parseIsoDate } from "./dates.ts";
import { pupilsPerFte } from "./fte.ts";
import { compareDistricts, compareProviders, compareSchools, compareSchoolTypes } from "./order.ts";
import type {
  CoverageReport,
  CoverageScope,
  DistrictFigures,
  Figures,
  IsoDate,
  ProviderFigures,
  SchoolCoverage,
  SchoolType,
  SchoolTypeFigures,
  TrendPoint,
} from "./types.ts";

// The figures of docs/domain.md ("The figures"), computed by PostgreSQL aggregates.
// Each call is one statement, so all figures of a report come from one snapshot.

/** What the figures need of a Prisma client; the app's client, a transaction or a test client. */
export type CoverageDb = Pick<PrismaClient, "$queryRaw">;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkedDate(date: IsoDate): IsoDate {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not an ISO calendar date: ${JSON.stringify(date)}`);
  return parsed;
}

/** The scope as two nullable SQL parameters. Ids come from sessions and validated input. */
function scopeParameters(scope: CoverageScope): { providerId: string | null; schoolId: string | null } {
  const id = scope.kind === "provider" ? scope.providerId : scope.kind === "school" ? scope.schoolId : null;
  if (id !== null && !UUID.test(id)) throw new TypeError(`scope id is not a UUID: ${JSON.stringify(id)}`);
  return {
    providerId: scope.kind === "provider" ? scope.providerId : null,
    schoolId: scope.kind === "school" ? scope.schoolId : null,
  };
}

type ReportRow = {
  kind: "total" | "type" | "district" | "provider" | "school";
  /** School type, district id, provider id or school id; null for the total. */
  key: string | null;
  /** District, provider or school name. */
  label: string | null;
  school_number: string | null;
  school_type: SchoolType | null;
  district_id: string | null;
  pupil_count: number | null;
  staff: number;
  fte_milli: number;
  schools_covered: number;
  /** Open schools of the group; null for providers and single schools. */
  schools_total: number | null;
};

/**
 * The report for key date `date`. Scope "provider" counts only that provider's staff (against
 * all open schools); scope "school" looks at that one school only.
 *
 * Breakdowns: every school type and district with at least one open school in scope (zeros
 * where nothing is covered); every provider with at least one active assignment in scope
 * (providers without one are left out, so a scoped report names no unrelated provider).
 * Types are listed in enum order, districts and providers by name, schools by number.
 */
export async function computeCoverage(
  db: CoverageDb,
  date: IsoDate,
  scope: CoverageScope = { kind: "all" },
): Promise<CoverageReport> {
  const keyDate = checkedDate(date);
  const { providerId, schoolId } = scopeParameters(scope);

  // `active` holds the assignments active at D (the SQL function active_assignments, the one
  // definition: migration 20261207065000_active_at) within scope; one GROUPING SETS pass over
  // it gives the total and every breakdown, a second one over the open schools gives the
  // schools totals. A school's pupils are those of D's school year (the SQL function
  // pupil_counts_in, the one definition: migration 20261207225906). Bigint counts become int: they are small.
  const rows = await db.$queryRaw<ReportRow[]>`
    WITH key_date AS (SELECT ${keyDate}::date AS d),
    open_school AS (
      SELECT s.id, s.school_number, s.name, s.type, s.district_id, pc.pupil_count
        FROM school s CROSS JOIN key_date k
        LEFT JOIN pupil_counts_in(school_year_of(k.d)) pc ON pc.school_id = s.id
       WHERE school_open_at(s.opened_on, s.closed_on, k.d)
         AND (${schoolId}::uuid IS NULL OR s.id = ${schoolId}::uuid)
    ),
    active AS (
      SELECT a.staff_member_id, a.school_id, a.fte, a.provider_id, os.type, os.district_id
        FROM key_date k
        CROSS JOIN LATERAL active_assignments(k.d) a
        JOIN open_school os ON os.id = a.school_id
       WHERE ${providerId}::uuid IS NULL OR a.provider_id = ${providerId}::uuid
    ),
    figures AS (
      SELECT CASE WHEN GROUPING(type) = 0 THEN 'type'
                  WHEN GROUPING(district_id) = 0 THEN 'district'
                  WHEN GROUPING(provider_id) = 0 THEN 'provider'
                  WHEN GROUPING(school_id) = 0 THEN 'school'
                  ELSE 'total' END AS kind,
             type, district_id, provider_id, school_id,
             COUNT(DISTINCT staff_member_id)::int AS staff,
             COALESCE(SUM(fte) * 1000, 0)::int AS fte_milli,
             COUNT(DISTINCT school_id)::int AS schools_covered
        FROM active
       GROUP BY GROUPING SETS ((), (type), (district_id), (provider_id), (school_id))
    ),
    school_totals AS (
      SELECT CASE WHEN GROUPING(type) = 0 THEN 'type'
                  WHEN GROUPING(district_id) = 0 THEN 'district'
                  ELSE 'total' END AS kind,
             type, district_id, COUNT(*)::int AS schools_total
        FROM open_school
       GROUP BY GROUPING SETS ((), (type), (district_id))
    )
    SELECT t.kind, COALESCE(t.type::text, t.district_id::text) AS key, dist.name AS label,
           NULL::text AS school_number, NULL::text AS school_type, NULL::text AS district_id,
           NULL::int AS pupil_count,
           COALESCE(f.staff, 0) AS staff, COALESCE(f.fte_milli, 0) AS fte_milli,
           COALESCE(f.schools_covered, 0) AS schools_covered, t.schools_total
      FROM school_totals t
      LEFT JOIN figures f ON f.kind = t.kind
                         AND f.type IS NOT DISTINCT FROM t.type
                         AND f.district_id IS NOT DISTINCT FROM t.district_id
      LEFT JOIN district dist ON dist.id = t.district_id
    UNION ALL
    SELECT f.kind, f.provider_id::text, p.name, NULL, NULL, NULL, NULL,
           f.staff, f.fte_milli, f.schools_covered, NULL
      FROM figures f JOIN provider p ON p.id = f.provider_id
     WHERE f.kind = 'provider'
    UNION ALL
    SELECT 'school', os.id::text, os.name, os.school_number::text, os.type::text, os.district_id::text,
           os.pupil_count, COALESCE(f.staff, 0), COALESCE(f.fte_milli, 0), COALESCE(f.schools_covered, 0), NULL
      FROM open_school os
      LEFT JOIN figures f ON f.kind = 'school' AND f.school_id = os.id
  `;

  return assembleReport(keyDate, rows);
}

function figuresOf(row: ReportRow): Figures {
  return {
    staff: row.staff,
    fteMilli: row.fte_milli,
    schoolsCovered: row.schools_covered,
    schoolsTotal: row.schools_total ?? 0,
  };
}

function assembleReport(date: IsoDate, rows: ReportRow[]): CoverageReport {
  let total: Figures = { staff: 0, fteMilli: 0, schoolsCovered: 0, schoolsTotal: 0 };
  const bySchoolType: SchoolTypeFigures[] = [];
  const byDistrict: DistrictFigures[] = [];
  const byProvider: ProviderFigures[] = [];
  const schools: SchoolCoverage[] = [];

  for (const row of rows) {
    const key = row.key ?? "";
    const label = row.label ?? "";
    switch (row.kind) {
      case "total":
        total = figuresOf(row);
        break;
      case "type":
        bySchoolType.push({ type: key as SchoolType, ...figuresOf(row) });
        break;
      case "district":
        byDistrict.push({ districtId: key, district: label, ...figuresOf(row) });
        break;
      case "provider": {
        const { schoolsTotal: _none, ...figures } = figuresOf(row);
        byProvider.push({ providerId: key, provider: label, ...figures });
        break;
      }
      case "school":
        schools.push({
          schoolId: key,
          schoolNumber: row.school_number ?? "",
          name: label,
          type: row.school_type as SchoolType,
          districtId: row.district_id ?? "",
          pupilCount: row.pupil_count ?? 0,
          staff: row.staff,
          fteMilli: row.fte_milli,
          pupilsPerFte: pupilsPerFte(row.pupil_count ?? 0, row.fte_milli),
        });
        break;
    }
  }

  bySchoolType.sort(compareSchoolTypes);
  byDistrict.sort(compareDistricts);
  byProvider.sort(compareProviders);
  schools.sort(compareSchools);

  return {
    date,
    total,
    bySchoolType,
    byDistrict,
    byProvider,
    schools,
    uncoveredSchools: schools
      .filter((school) => school.staff === 0)
      .map(({ schoolId, schoolNumber, name }) => ({ schoolId, schoolNumber, name })),
  };
}

type TrendRow = { date: IsoDate; staff: number; fte_milli: number; schools_covered: number; schools_total: number };

/**
 * The total figures at many key dates in one query (for the chart over the years): one point
 * per distinct date, in ascending date order. Same definitions and scope as computeCoverage.
 */
export async function computeTrend(
  db: CoverageDb,
  dates: IsoDate[],
  scope: CoverageScope = { kind: "all" },
): Promise<TrendPoint[]> {
  const keyDates = dates.map(checkedDate);
  if (keyDates.length === 0) return [];
  const { providerId, schoolId } = scopeParameters(scope);

  // A sweep instead of one join per key date (which costs key dates × schools index probes):
  // every assignment becomes one half-open span [lo, hi) clipped to the employment and the
  // school's opening; a staff member's (a school's) overlapping spans form islands; each
  // span adds ±FTE and each island ±1 as events, and the figures at D are the running sums
  // of all events up to D. Open schools likewise. O(n log n) in the assignments,
  // whatever the number of key dates. to_char rather than ::text: the text form of a date
  // follows the session's DateStyle.
  const rows = await db.$queryRaw<TrendRow[]>`
    WITH key_date AS (SELECT DISTINCT unnest(${keyDates}::date[]) AS d),
    span AS (
      SELECT a.staff_member_id, a.school_id, a.fte,
             GREATEST(a.valid_from, m.employed_from, COALESCE(s.opened_on, '-infinity'::date)) AS lo,
             LEAST(COALESCE(a.valid_until + 1, 'infinity'::date), COALESCE(m.employed_until + 1, 'infinity'::date),
                   COALESCE(s.closed_on, 'infinity'::date)) AS hi
        FROM assignment a
        JOIN staff_member m ON m.id = a.staff_member_id
        JOIN school s ON s.id = a.school_id
       WHERE (${providerId}::uuid IS NULL OR m.provider_id = ${providerId}::uuid)
         AND (${schoolId}::uuid IS NULL OR s.id = ${schoolId}::uuid)
    ),
    live AS (SELECT * FROM span WHERE lo < hi),
    member AS (
      SELECT 0 AS kind, staff_member_id AS k, lo, hi FROM live
      UNION ALL
      SELECT 1, school_id, lo, hi FROM live
    ),
    -- One pass over each staff member's (school's) spans in order: a span that starts after
    -- everything before it has ended opens an island (+1) and closes the previous one (-1 at
    -- that end); the last span closes the last island. Touching spans join one island.
    edge AS (
      SELECT kind, lo,
             MAX(hi) OVER (PARTITION BY kind, k ORDER BY lo, hi ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end,
             MAX(hi) OVER (PARTITION BY kind, k ORDER BY lo, hi ROWS UNBOUNDED PRECEDING) AS run_end,
             LEAD(lo) OVER (PARTITION BY kind, k ORDER BY lo, hi) AS next_lo
        FROM member
    ),
    island_event AS (
      SELECT kind, lo AS at, 1 AS delta FROM edge WHERE prev_end IS NULL OR lo > prev_end
      UNION ALL
      SELECT kind, prev_end, -1 FROM edge WHERE lo > prev_end AND prev_end < 'infinity'::date
      UNION ALL
      SELECT kind, run_end, -1 FROM edge WHERE next_lo IS NULL AND run_end < 'infinity'::date
    ),
    event AS (
      SELECT lo AS at, fte AS fte, 0 AS staff, 0 AS covered, 0 AS total FROM live
      UNION ALL SELECT hi, -fte, 0, 0, 0 FROM live WHERE hi < 'infinity'::date
      UNION ALL SELECT at, 0, CASE kind WHEN 0 THEN delta ELSE 0 END, CASE kind WHEN 1 THEN delta ELSE 0 END, 0
                  FROM island_event
      UNION ALL SELECT COALESCE(s.opened_on, '-infinity'::date), 0, 0, 0, 1 FROM school s
                 WHERE ${schoolId}::uuid IS NULL OR s.id = ${schoolId}::uuid
      UNION ALL SELECT s.closed_on, 0, 0, 0, -1 FROM school s
                 WHERE s.closed_on IS NOT NULL AND (${schoolId}::uuid IS NULL OR s.id = ${schoolId}::uuid)
    ),
    daily AS (
      SELECT at, SUM(fte) AS fte, SUM(staff) AS staff, SUM(covered) AS covered, SUM(total) AS total, false AS is_key
        FROM event GROUP BY at
      UNION ALL
      SELECT d, 0, 0, 0, 0, true FROM key_date
    ),
    running AS (
      -- RANGE (the default): a key date sees every event of its own day.
      SELECT at, is_key, SUM(fte) OVER w AS fte, SUM(staff) OVER w AS staff,
             SUM(covered) OVER w AS covered, SUM(total) OVER w AS total
        FROM daily WINDOW w AS (ORDER BY at)
    )
    SELECT to_char(at, 'YYYY-MM-DD') AS date,
           staff::int AS staff, (fte * 1000)::int AS fte_milli,
           covered::int AS schools_covered, total::int AS schools_total
      FROM running
     WHERE is_key
     ORDER BY at
  `;

  return rows.map((row) => ({
    date: row.date,
    staff: row.staff,
    fteMilli: row.fte_milli,
    schoolsCovered: row.schools_covered,
    schoolsTotal: row.schools_total,
  }));
}
