import { parseIsoDate } from "../coverage/dates.ts";
import type { CoverageDb } from "../coverage/sql.ts";
import type { IsoDate } from "../coverage/types.ts";
import { assignmentHref, fundingSourceHref, schoolHref, staffHref } from "../warnings/links.ts";
import type {
  EndingAssignment,
  EndingEmployment,
  ExpiringFunding,
  ForecastChanges,
  ProviderChange,
  SchoolLosingCover,
} from "./types.ts";

// What ends between today (T) and a future key date (F), and what that does to the figures,
// in ONE statement: every list comes back as a JSON array of one row. "Active" is the
// definition of the figures (docs/domain.md), evaluated at T and at F in one pass.

/**
 * Whose changes: everything, or one provider's staff (their assignments and employments; the
 * funding and school lists then count only that provider's assignments). The data layer
 * decides who may ask for which.
 */
export type ForecastScope = { kind: "all" } | { kind: "provider"; providerId: string };

type Json<T> = Omit<T, "href">[];

type Row = {
  ending_assignments: Json<EndingAssignment>;
  expiring_funding: Json<ExpiringFunding>;
  ending_employments: Json<EndingEmployment>;
  schools_losing_cover: Json<SchoolLosingCover>;
  providers: ProviderChange[];
};

function checkedDate(date: IsoDate): IsoDate {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not an ISO calendar date: ${JSON.stringify(date)}`);
  return parsed;
}

export async function computeForecastChanges(
  db: CoverageDb,
  today: IsoDate,
  date: IsoDate,
  scope: ForecastScope = { kind: "all" },
): Promise<ForecastChanges> {
  const t = checkedDate(today);
  const f = checkedDate(date);
  if (f <= t) throw new RangeError(`forecast date ${f} must lie after ${t}`);
  const provider = scope.kind === "provider" ? scope.providerId : null;

  const [row] = await db.$queryRaw<Row[]>`
    WITH key_date AS (SELECT ${t}::date AS t, ${f}::date AS f, ${provider}::uuid AS provider),
    days AS (SELECT k.t AS d FROM key_date k UNION ALL SELECT k.f FROM key_date k),
    active AS (
      SELECT dd.d, a.id, a.staff_member_id, a.school_id, a.fte, a.funding_source_id
        FROM days dd CROSS JOIN LATERAL active_assignments(dd.d) a
       WHERE ${provider}::uuid IS NULL OR a.provider_id = ${provider}::uuid
    ),
    active_today AS (SELECT a.* FROM active a JOIN key_date k ON a.d = k.t),
    active_then AS (SELECT a.* FROM active a JOIN key_date k ON a.d = k.f),
    ending_assignments AS (
      SELECT a.id, m.id AS "staffId", m.first_name || ' ' || m.last_name AS "staffName", p.name AS "providerName",
             s.id AS "schoolId", s.name AS "schoolName", (a.fte * 1000)::int AS "fteMilli",
             to_char(a.valid_until, 'YYYY-MM-DD') AS "validUntil"
        FROM assignment a
        JOIN staff_member m ON m.id = a.staff_member_id
        JOIN provider p ON p.id = m.provider_id
        JOIN school s ON s.id = a.school_id
        CROSS JOIN key_date k
       WHERE a.valid_until >= k.t AND a.valid_until < k.f
         AND (k.provider IS NULL OR m.provider_id = k.provider)
    ),
    expiring_funding AS (
      SELECT fs.id, fs.name, to_char(fs.valid_until, 'YYYY-MM-DD') AS "validUntil",
             COALESCE(SUM(at.fte) * 1000, 0)::int AS "fteMilliToday", COUNT(at.id)::int AS "assignmentsToday"
        FROM funding_source fs
        CROSS JOIN key_date k
        LEFT JOIN active_today at ON at.funding_source_id = fs.id
       WHERE fs.valid_until >= k.t AND fs.valid_until < k.f
       GROUP BY fs.id
    ),
    ending_employments AS (
      SELECT m.id AS "staffId", m.first_name || ' ' || m.last_name AS "staffName", p.name AS "providerName",
             (m.employment_fte * 1000)::int AS "employmentFteMilli",
             to_char(m.employed_until, 'YYYY-MM-DD') AS "employedUntil",
             COALESCE(SUM(at.fte) * 1000, 0)::int AS "fteMilliToday"
        FROM staff_member m
        JOIN provider p ON p.id = m.provider_id
        CROSS JOIN key_date k
        LEFT JOIN active_today at ON at.staff_member_id = m.id
       WHERE m.employed_until >= k.t AND m.employed_until < k.f
         AND (k.provider IS NULL OR m.provider_id = k.provider)
       GROUP BY m.id, p.name
    ),
    schools_losing_cover AS (
      SELECT s.id AS "schoolId", s.school_number::text AS "schoolNumber", s.name,
             (SUM(at.fte) * 1000)::int AS "fteMilliToday"
        FROM active_today at
        JOIN school s ON s.id = at.school_id
        CROSS JOIN key_date k
       WHERE school_open_at(s.opened_on, s.closed_on, k.f)
         AND NOT EXISTS (SELECT 1 FROM active_then th WHERE th.school_id = s.id)
       GROUP BY s.id
    ),
    per_assignment AS (
      SELECT a.id, a.staff_member_id, a.fte, bool_or(a.d = k.t) AS at_t, bool_or(a.d = k.f) AS at_f
        FROM active a CROSS JOIN key_date k
       GROUP BY a.id, a.staff_member_id, a.fte
    ),
    providers AS (
      SELECT p.id AS "providerId", p.name AS provider,
             COALESCE(SUM(pa.fte) FILTER (WHERE pa.at_t) * 1000, 0)::int AS "fteMilliToday",
             COALESCE(SUM(pa.fte) FILTER (WHERE pa.at_t AND NOT pa.at_f) * 1000, 0)::int AS "fteMilliLost",
             COALESCE(SUM(pa.fte) FILTER (WHERE pa.at_f AND NOT pa.at_t) * 1000, 0)::int AS "fteMilliGained",
             COALESCE(SUM(pa.fte) FILTER (WHERE pa.at_f) * 1000, 0)::int AS "fteMilliAtDate"
        FROM per_assignment pa
        JOIN staff_member m ON m.id = pa.staff_member_id
        JOIN provider p ON p.id = m.provider_id
       GROUP BY p.id
    )
    SELECT (SELECT COALESCE(json_agg(x), '[]') FROM ending_assignments x) AS ending_assignments,
           (SELECT COALESCE(json_agg(x), '[]') FROM expiring_funding x) AS expiring_funding,
           (SELECT COALESCE(json_agg(x), '[]') FROM ending_employments x) AS ending_employments,
           (SELECT COALESCE(json_agg(x), '[]') FROM schools_losing_cover x) AS schools_losing_cover,
           (SELECT COALESCE(json_agg(x), '[]') FROM providers x) AS providers
  `;
  if (!row) throw new Error("forecast query returned no row");
  return assemble(t, f, row);
}

const collator = new Intl.Collator("de", { sensitivity: "variant" });
const byText = (a: string, b: string) => collator.compare(a, b);
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function assemble(today: IsoDate, date: IsoDate, row: Row): ForecastChanges {
  return {
    today,
    date,
    endingAssignments: row.ending_assignments
      .map((a) => ({ ...a, href: assignmentHref(a.staffId, a.id) }))
      .sort((a, b) => byCode(a.validUntil, b.validUntil) || byText(a.staffName, b.staffName) || byCode(a.id, b.id)),
    expiringFunding: row.expiring_funding
      .map((fs) => ({ ...fs, href: fundingSourceHref(fs.id) }))
      .sort((a, b) => byCode(a.validUntil, b.validUntil) || byText(a.name, b.name)),
    endingEmployments: row.ending_employments
      .map((e) => ({ ...e, href: staffHref(e.staffId) }))
      .sort(
        (a, b) =>
          byCode(a.employedUntil, b.employedUntil) || byText(a.staffName, b.staffName) || byCode(a.staffId, b.staffId),
      ),
    schoolsLosingCover: row.schools_losing_cover
      .map((s) => ({ ...s, href: schoolHref(s.schoolId) }))
      .sort((a, b) => byCode(a.schoolNumber, b.schoolNumber)),
    providers: row.providers.sort((a, b) => byText(a.provider, b.provider) || byCode(a.providerId, b.providerId)),
  };
}
