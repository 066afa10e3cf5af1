import { parseIsoDate } from "../coverage/dates.ts";
import type { CoverageDb } from "../coverage/sql.ts";
import type { IsoDate } from "../coverage/types.ts";
import { assignmentHref, fundingSourceHref, schoolHref, staffHref } from "./links.ts";
import { bySeverity } from "./severity.ts";
import { WARNING_KINDS, type Warning, type WarningKind, type WarningReport, type WarningScope } from "./types.ts";

// The soft rules of docs/domain.md for key date D, in ONE statement (one snapshot, one round trip).
// "Active at D" is the definition of the figures: the SQL function active_assignments
// (the assignment's range covers D, its staff member is employed at D and its school is open).
//
// Decisions (documented here because the rules leave them open):
// - "a staff member at ≥ 1.0 FTE" / "at ≤ 0.5 FTE" is the CONTRACT FTE (employmentFte): the
//   guideline speaks of the post. Counting the assigned FTE instead would let a full-time
//   person spread 0.3 + 0.3 + 0.3 over three schools without any warning. "Schools at once"
//   is the number of distinct schools of the person's assignments active at D.
// - "a school with no assignment": a school open at D without an active assignment (the
//   uncovered schools of the figures).
// - "more than <threshold> pupils per FTE": pupilCount > threshold × the school's FTE at D, the
//   pupils of D's school year (pupil_counts_in, as in the figures)
//   (strictly more; exact numeric). Schools without FTE are "uncovered" instead. The
//   threshold is municipality.pupilsPerFteThreshold (first municipality by name), else 150.
// - "a funding source that ends within 6 months": D ≤ validUntil ≤ D + 6 months (calendar
//   months; PostgreSQL clamps 31 Aug + 6 months to 28/29 Feb). It carries the FTE of the
//   active assignments it pays at D.
// - "an assignment with no funding source": an assignment active at D without one.
// - "an assignment outside its staff member's employment": an assignment whose own range
//   covers D (not "active": one left open after the employment ended is never active, and
//   must still show) and of which any day lies outside employedFrom..employedUntil.

const DEFAULT_THRESHOLD = 150;

type Row = {
  kind: WarningKind | "header";
  id: string | null;
  name: string | null;
  sort_key: string | null;
  staff_id: string | null;
  school_id: string | null;
  school_name: string | null;
  school_number: string | null;
  provider_name: string | null;
  employment_fte_milli: number | null;
  schools: number | null;
  fte_milli: number | null;
  pupil_count: number | null;
  assignments: number | null;
  valid_from: string | null;
  valid_until: string | null;
  employed_from: string | null;
  employed_until: string | null;
  threshold: number | null;
  horizon: string | null;
};

function checkedDate(date: IsoDate): IsoDate {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not an ISO calendar date: ${JSON.stringify(date)}`);
  return parsed;
}

/** The warnings at key date `date`, for the whole municipality. One statement; see above. */
export async function listWarnings(
  db: CoverageDb,
  date: IsoDate,
  scope: WarningScope = { kind: "all" },
): Promise<WarningReport> {
  if (scope.kind !== "all") throw new TypeError(`unsupported warning scope: ${JSON.stringify(scope)}`);
  const keyDate = checkedDate(date);

  // The first row ("header") carries the threshold, the horizon and (in `schools`) the number
  // of schools open at D, also when nothing is wrong. Dates leave as text via to_char (the text form of a date follows DateStyle);
  // thousandths and counts become int, they are small.
  const rows = await db.$queryRaw<Row[]>`
    WITH key_date AS (
      SELECT ${keyDate}::date AS d,
             (${keyDate}::date + interval '6 months')::date AS horizon,
             COALESCE((SELECT m.pupils_per_fte_threshold FROM municipality m ORDER BY m.name LIMIT 1),
                      ${DEFAULT_THRESHOLD}::int) AS threshold
    ),
    open_school AS (
      SELECT s.id, s.name, s.school_number, pc.pupil_count
        FROM school s CROSS JOIN key_date k
        LEFT JOIN pupil_counts_in(school_year_of(k.d)) pc ON pc.school_id = s.id
       WHERE school_open_at(s.opened_on, s.closed_on, k.d)
    ),
    active AS (
      SELECT a.id, a.staff_member_id, a.school_id, a.fte, a.funding_source_id, a.valid_from, a.valid_until
        FROM key_date k CROSS JOIN LATERAL active_assignments(k.d) a
    ),
    staff_load AS (
      SELECT staff_member_id, COUNT(DISTINCT school_id)::int AS schools, SUM(fte) AS fte
        FROM active GROUP BY staff_member_id
    ),
    school_load AS (SELECT school_id, SUM(fte) AS fte FROM active GROUP BY school_id),
    -- Assignments to report one by one, with their staff member and school.
    flagged AS (
      SELECT 'assignmentUnfunded' AS kind, a.id, a.staff_member_id, a.school_id, a.fte, a.valid_from, a.valid_until
        FROM active a
       WHERE a.funding_source_id IS NULL
      UNION ALL
      SELECT 'assignmentOutsideEmployment', a.id, a.staff_member_id, a.school_id, a.fte, a.valid_from, a.valid_until
        FROM assignment a
        JOIN staff_member m ON m.id = a.staff_member_id
        CROSS JOIN key_date k
       WHERE date_range_covers(a.valid_from, a.valid_until, k.d)
         AND NOT within_employment(a.valid_from, a.valid_until, m.employed_from, m.employed_until)
    )
    SELECT 'header' AS kind, NULL::text AS id, NULL::text AS name, NULL::text AS sort_key,
           NULL::text AS staff_id, NULL::text AS school_id, NULL::text AS school_name, NULL::text AS school_number,
           NULL::text AS provider_name, NULL::int AS employment_fte_milli,
           (SELECT COUNT(*)::int FROM open_school) AS schools,
           NULL::int AS fte_milli, NULL::int AS pupil_count, NULL::int AS assignments,
           NULL::text AS valid_from, NULL::text AS valid_until, NULL::text AS employed_from,
           NULL::text AS employed_until, k.threshold, to_char(k.horizon, 'YYYY-MM-DD') AS horizon
      FROM key_date k
    UNION ALL
    SELECT CASE WHEN m.employment_fte >= 1 THEN 'fullTimeTooManySchools' ELSE 'partTimeTooManySchools' END,
           m.id::text, m.first_name || ' ' || m.last_name, m.last_name || ' ' || m.first_name,
           m.id::text, NULL, NULL, NULL, p.name, (m.employment_fte * 1000)::int, sl.schools,
           (sl.fte * 1000)::int, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
      FROM staff_load sl
      JOIN staff_member m ON m.id = sl.staff_member_id
      JOIN provider p ON p.id = m.provider_id
     WHERE (m.employment_fte >= 1 AND sl.schools > 2) OR (m.employment_fte <= 0.5 AND sl.schools > 1)
    UNION ALL
    SELECT CASE WHEN l.fte IS NULL THEN 'schoolUncovered' ELSE 'pupilsPerFteAboveThreshold' END,
           os.id::text, os.name, os.school_number::text, NULL, os.id::text, os.name, os.school_number::text,
           NULL, NULL, NULL, COALESCE(l.fte * 1000, 0)::int, os.pupil_count, NULL,
           NULL, NULL, NULL, NULL, k.threshold, NULL
      FROM open_school os
      CROSS JOIN key_date k
      LEFT JOIN school_load l ON l.school_id = os.id
     WHERE l.fte IS NULL OR os.pupil_count > k.threshold * l.fte
    UNION ALL
    SELECT 'fundingEnding', f.id::text, f.name, f.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           COALESCE(SUM(a.fte) * 1000, 0)::int, NULL, COUNT(a.id)::int,
           to_char(f.valid_from, 'YYYY-MM-DD'), to_char(f.valid_until, 'YYYY-MM-DD'), NULL, NULL, NULL, NULL
      FROM funding_source f
      JOIN key_date k ON f.valid_until BETWEEN k.d AND k.horizon
      LEFT JOIN active a ON a.funding_source_id = f.id
     GROUP BY f.id
    UNION ALL
    SELECT fl.kind, fl.id::text, m.first_name || ' ' || m.last_name,
           m.last_name || ' ' || m.first_name || ' ' || s.name,
           m.id::text, s.id::text, s.name, s.school_number::text, p.name, NULL, NULL,
           (fl.fte * 1000)::int, NULL, NULL,
           to_char(fl.valid_from, 'YYYY-MM-DD'), to_char(fl.valid_until, 'YYYY-MM-DD'),
           to_char(m.employed_from, 'YYYY-MM-DD'), to_char(m.employed_until, 'YYYY-MM-DD'), NULL, NULL
      FROM flagged fl
      JOIN staff_member m ON m.id = fl.staff_member_id
      JOIN provider p ON p.id = m.provider_id
      JOIN school s ON s.id = fl.school_id
  `;

  return assemble(keyDate, rows);
}

const collator = new Intl.Collator("de", { sensitivity: "variant" });
const KIND_ORDER = new Map(WARNING_KINDS.map((kind, index) => [kind, index]));

/** Not null in the rows of this kind (the SQL above guarantees it); fails loudly otherwise. */
function need<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`warning row without ${what}`);
  return value;
}

function toWarning(row: Row & { kind: WarningKind }): Warning {
  const id = need(row.id, "id");
  const name = need(row.name, "name");
  switch (row.kind) {
    case "fullTimeTooManySchools":
    case "partTimeTooManySchools":
      return {
        kind: row.kind,
        record: { type: "staff", id, name },
        href: staffHref(id),
        providerName: need(row.provider_name, "provider"),
        employmentFteMilli: need(row.employment_fte_milli, "employment FTE"),
        schools: need(row.schools, "schools"),
        fteMilli: need(row.fte_milli, "FTE"),
      };
    case "schoolUncovered":
      return {
        kind: row.kind,
        record: { type: "school", id, name },
        href: schoolHref(id),
        schoolNumber: need(row.school_number, "school number"),
        pupilCount: need(row.pupil_count, "pupils"),
      };
    case "pupilsPerFteAboveThreshold": {
      const pupilCount = need(row.pupil_count, "pupils");
      const fteMilli = need(row.fte_milli, "FTE");
      return {
        kind: row.kind,
        record: { type: "school", id, name },
        href: schoolHref(id),
        schoolNumber: need(row.school_number, "school number"),
        pupilCount,
        fteMilli,
        pupilsPerFte: (pupilCount * 1000) / fteMilli,
        threshold: need(row.threshold, "threshold"),
      };
    }
    case "fundingEnding":
      return {
        kind: row.kind,
        record: { type: "fundingSource", id, name },
        href: fundingSourceHref(id),
        validUntil: need(row.valid_until, "end"),
        fteMilli: need(row.fte_milli, "FTE"),
        assignments: need(row.assignments, "assignments"),
      };
    case "assignmentUnfunded":
    case "assignmentOutsideEmployment": {
      const staffId = need(row.staff_id, "staff");
      const facts = {
        record: { type: "assignment" as const, id, name },
        href: assignmentHref(staffId, id),
        staffId,
        schoolId: need(row.school_id, "school"),
        schoolName: need(row.school_name, "school name"),
        fteMilli: need(row.fte_milli, "FTE"),
        validFrom: need(row.valid_from, "start"),
        validUntil: row.valid_until,
      };
      if (row.kind === "assignmentUnfunded") return { kind: row.kind, ...facts };
      return {
        kind: row.kind,
        ...facts,
        employedFrom: need(row.employed_from, "employment start"),
        employedUntil: row.employed_until,
      };
    }
  }
}

function assemble(date: IsoDate, rows: Row[]): WarningReport {
  const header = rows.find((row) => row.kind === "header");
  const warnings = rows
    .filter((row): row is Row & { kind: WarningKind } => row.kind !== "header")
    .map((row) => ({ row, warning: toWarning(row) }))
    .sort(
      (a, b) =>
        (KIND_ORDER.get(a.row.kind) ?? 0) - (KIND_ORDER.get(b.row.kind) ?? 0) ||
        bySeverity(a.warning, b.warning) ||
        collator.compare(a.row.sort_key ?? "", b.row.sort_key ?? "") ||
        (a.row.id ?? "").localeCompare(b.row.id ?? ""),
    )
    .map(({ warning }) => warning);
  const counts = Object.fromEntries(WARNING_KINDS.map((kind) => [kind, 0])) as Record<WarningKind, number>;
  for (const warning of warnings) counts[warning.kind]++;
  return {
    date,
    threshold: header?.threshold ?? DEFAULT_THRESHOLD,
    fundingHorizon: need(header?.horizon ?? null, "horizon"),
    openSchools: header?.schools ?? 0,
    warnings,
    counts,
  };
}
