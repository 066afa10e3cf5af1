import { parseIsoDate } from "../coverage/dates.ts";
import type { CoverageDb } from "../coverage/sql.ts";
import type { CoverageScope, IsoDate, TrendPoint } from "../coverage/types.ts";

// The monthly trend of the dashboard: the same numbers as computeTrend (lib/coverage/sql.ts),
// computed by a sweep over the timeline instead of one coverage report per key date.
//
// Why: computeTrend joins every key date with every open school and its assignments; with
// 6,000 schools, 100,000 assignments and 190 months that is ~1 M index probes and took ~30 s
// on the scale dataset. Here every row is read once:
// 1. each assignment's ACTIVE range = its own range ∩ its staff member's employment ∩ its
//    school's opening (closedOn is the first closed day), so "active at D" ⟺ lo ≤ D ≤ hi;
// 2. ranges of one staff member (and of one school) are merged into disjoint islands, so a
//    person with two schools counts once — "distinct staff" becomes "islands containing D";
// 3. every range and island becomes +1 at its start and −1 the day after its end; a running
//    sum over the timeline, read at each key date, gives FTE, staff, schools covered and
//    (from the schools' own opening ranges) schools total.
// tests/integration/dashboard-trend.test.ts checks it against the reference on random data.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function scopeIds(scope: CoverageScope): { providerId: string | null; schoolId: string | null } {
  const providerId = scope.kind === "provider" ? scope.providerId : null;
  const schoolId = scope.kind === "school" ? scope.schoolId : null;
  for (const id of [providerId, schoolId]) {
    if (id !== null && !UUID.test(id)) throw new TypeError(`scope id is not a UUID: ${JSON.stringify(id)}`);
  }
  return { providerId, schoolId };
}

type Row = { date: IsoDate; staff: number; fte_milli: number; schools_covered: number; schools_total: number };

export async function computeTrendBySweep(
  db: CoverageDb,
  dates: IsoDate[],
  scope: CoverageScope = { kind: "all" },
): Promise<TrendPoint[]> {
  const keyDates = dates.map((date) => {
    const parsed = parseIsoDate(date);
    if (!parsed) throw new RangeError(`not an ISO calendar date: ${JSON.stringify(date)}`);
    return parsed;
  });
  if (keyDates.length === 0) return [];
  const { providerId, schoolId } = scopeIds(scope);

  // 'infinity' stands for open ends; hi + 1 is only taken for finite ends.
  const rows = await db.$queryRaw<Row[]>`
    WITH key_date AS (SELECT DISTINCT unnest(${keyDates}::date[]) AS d),
    last_key AS (SELECT max(d) AS d FROM key_date),
    scoped_school AS (
      SELECT s.id, COALESCE(s.opened_on, '-infinity'::date) AS opened, s.closed_on
        FROM school s
       WHERE ${schoolId}::uuid IS NULL OR s.id = ${schoolId}::uuid
    ),
    ranges AS (
      SELECT * FROM (
        SELECT a.staff_member_id, a.school_id, a.fte,
               GREATEST(a.valid_from, m.employed_from, s.opened) AS lo,
               LEAST(COALESCE(a.valid_until, 'infinity'::date), COALESCE(m.employed_until, 'infinity'::date),
                     COALESCE(s.closed_on - 1, 'infinity'::date)) AS hi
          FROM assignment a
          JOIN staff_member m ON m.id = a.staff_member_id
          JOIN scoped_school s ON s.id = a.school_id
         WHERE ${providerId}::uuid IS NULL OR m.provider_id = ${providerId}::uuid
      ) r
      WHERE r.lo <= r.hi AND r.lo <= (SELECT d FROM last_key)
    ),
    -- Gaps and islands: a range opens a new island unless an earlier range of the same key
    -- (staff member or school) still runs on its first day.
    staff_marked AS (
      SELECT staff_member_id AS k, lo, hi,
             CASE WHEN lo <= MAX(hi) OVER (PARTITION BY staff_member_id ORDER BY lo, hi
                                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                  THEN 0 ELSE 1 END AS opens
        FROM ranges
    ),
    staff_islands AS (
      SELECT MIN(lo) AS lo, MAX(hi) AS hi
        FROM (SELECT k, lo, hi, SUM(opens) OVER (PARTITION BY k ORDER BY lo, hi ROWS UNBOUNDED PRECEDING) AS island
                FROM staff_marked) g
       GROUP BY k, island
    ),
    school_marked AS (
      SELECT school_id AS k, lo, hi,
             CASE WHEN lo <= MAX(hi) OVER (PARTITION BY school_id ORDER BY lo, hi
                                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                  THEN 0 ELSE 1 END AS opens
        FROM ranges
    ),
    school_islands AS (
      SELECT MIN(lo) AS lo, MAX(hi) AS hi
        FROM (SELECT k, lo, hi, SUM(opens) OVER (PARTITION BY k ORDER BY lo, hi ROWS UNBOUNDED PRECEDING) AS island
                FROM school_marked) g
       GROUP BY k, island
    ),
    events (at, fte, staff, covered, total) AS (
      SELECT lo, fte, 0, 0, 0 FROM ranges
      UNION ALL SELECT hi + 1, -fte, 0, 0, 0 FROM ranges WHERE hi < 'infinity'::date
      UNION ALL SELECT lo, 0, 1, 0, 0 FROM staff_islands
      UNION ALL SELECT hi + 1, 0, -1, 0, 0 FROM staff_islands WHERE hi < 'infinity'::date
      UNION ALL SELECT lo, 0, 0, 1, 0 FROM school_islands
      UNION ALL SELECT hi + 1, 0, 0, -1, 0 FROM school_islands WHERE hi < 'infinity'::date
      UNION ALL SELECT opened, 0, 0, 0, 1 FROM scoped_school
      UNION ALL SELECT closed_on, 0, 0, 0, -1 FROM scoped_school WHERE closed_on IS NOT NULL
    ),
    daily AS (
      SELECT at, SUM(fte) AS fte, SUM(staff) AS staff, SUM(covered) AS covered, SUM(total) AS total, false AS is_key
        FROM events
       WHERE at <= (SELECT d FROM last_key)
       GROUP BY at
      UNION ALL
      SELECT d, 0, 0, 0, 0, true FROM key_date
    ),
    running AS (
      -- The default frame (RANGE … CURRENT ROW) includes every event on the key date itself.
      SELECT at, is_key,
             SUM(fte) OVER w AS fte, SUM(staff) OVER w AS staff,
             SUM(covered) OVER w AS covered, SUM(total) OVER w AS total
        FROM daily
      WINDOW w AS (ORDER BY at)
    )
    SELECT to_char(at, 'YYYY-MM-DD') AS date, staff::int AS staff, (fte * 1000)::int AS fte_milli,
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
