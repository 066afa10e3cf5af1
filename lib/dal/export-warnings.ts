import "server-only";
import type { CoverageReport, CoverageScope, IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { type ExportWarning, sortWarnings } from "../export/warnings.ts";

// The soft rules of DESIGN.md at one key date, for the exports (lib/export/warnings.ts has
// the shape). A minimal, self-contained implementation: when the dashboard's shared warnings
// module lands, exportWarnings can delegate to it and keep its signature.
//
// Which rules a scope sees follows the permission table: a provider gets the rules about
// their own staff and assignments; a school head only pupils per FTE at their own school
// (staff rules would reveal other schools, and funding and personnel numbers are not theirs
// to read); funding sources only admin and supervisor.

type StaffRow = { provider: string; personnel_number: string; employment_fte_milli: number; schools: number };
type AssignmentRow = {
  provider: string;
  personnel_number: string;
  employment_fte_milli: number;
  school_number: string;
  school: string;
  valid_from: string;
  valid_until: string | null;
  employed_from: string;
  employed_until: string | null;
};

const staffRef = (row: Pick<StaffRow, "provider" | "personnel_number" | "employment_fte_milli">) => ({
  provider: row.provider,
  personnelNumber: row.personnel_number,
  employmentFteMilli: row.employment_fte_milli,
});

/** Staff at ≥ 1,0 FTE at more than 2 schools, or at ≤ 0,5 FTE at more than 1 school, at D. */
async function staffServingManySchools(date: IsoDate, providerId: string | null): Promise<ExportWarning[]> {
  const rows = await prisma.$queryRaw<StaffRow[]>`
    WITH active AS (
      SELECT a.staff_member_id, a.school_id
        FROM assignment a
        JOIN staff_member m ON m.id = a.staff_member_id
        JOIN school s ON s.id = a.school_id
       WHERE a.valid_from <= ${date}::date AND (a.valid_until IS NULL OR ${date}::date <= a.valid_until)
         AND m.employed_from <= ${date}::date AND (m.employed_until IS NULL OR ${date}::date <= m.employed_until)
         AND (s.opened_on IS NULL OR s.opened_on <= ${date}::date)
         AND (s.closed_on IS NULL OR ${date}::date < s.closed_on)
         AND (${providerId}::uuid IS NULL OR m.provider_id = ${providerId}::uuid)
    )
    SELECT p.short_name AS provider, m.personnel_number, (m.employment_fte * 1000)::int AS employment_fte_milli,
           COUNT(DISTINCT active.school_id)::int AS schools
      FROM active
      JOIN staff_member m ON m.id = active.staff_member_id
      JOIN provider p ON p.id = m.provider_id
     GROUP BY m.id, p.id
    HAVING (m.employment_fte >= 1 AND COUNT(DISTINCT active.school_id) > 2)
        OR (m.employment_fte <= 0.5 AND COUNT(DISTINCT active.school_id) > 1)
     ORDER BY p.short_name, m.personnel_number`;
  return rows.map((row) => ({
    rule: row.employment_fte_milli >= 1000 ? "fullTimeManySchools" : "partTimeManySchools",
    staff: staffRef(row),
    schools: row.schools,
  }));
}

/**
 * Assignments running at D that either have no funding source (when active at D) or reach
 * outside their staff member's employment (checked on the assignment's dates, since such an
 * assignment may not count at D at all).
 */
async function assignmentWarnings(date: IsoDate, providerId: string | null): Promise<ExportWarning[]> {
  const rows = await prisma.$queryRaw<(AssignmentRow & { unfunded: boolean; outside: boolean })[]>`
    SELECT p.short_name AS provider, m.personnel_number, (m.employment_fte * 1000)::int AS employment_fte_milli,
           s.school_number::text AS school_number, s.name AS school,
           to_char(a.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(a.valid_until, 'YYYY-MM-DD') AS valid_until,
           to_char(m.employed_from, 'YYYY-MM-DD') AS employed_from,
           to_char(m.employed_until, 'YYYY-MM-DD') AS employed_until,
           (a.funding_source_id IS NULL
             AND m.employed_from <= ${date}::date AND (m.employed_until IS NULL OR ${date}::date <= m.employed_until)
             AND (s.opened_on IS NULL OR s.opened_on <= ${date}::date)
             AND (s.closed_on IS NULL OR ${date}::date < s.closed_on)) AS unfunded,
           (a.valid_from < m.employed_from
             OR (m.employed_until IS NOT NULL AND (a.valid_until IS NULL OR a.valid_until > m.employed_until))) AS outside
      FROM assignment a
      JOIN staff_member m ON m.id = a.staff_member_id
      JOIN provider p ON p.id = m.provider_id
      JOIN school s ON s.id = a.school_id
     WHERE a.valid_from <= ${date}::date AND (a.valid_until IS NULL OR ${date}::date <= a.valid_until)
       AND (${providerId}::uuid IS NULL OR m.provider_id = ${providerId}::uuid)
     ORDER BY p.short_name, m.personnel_number, s.school_number, a.valid_from`;
  const warnings: ExportWarning[] = [];
  for (const row of rows) {
    const school = { schoolNumber: row.school_number, school: row.school };
    if (row.outside) {
      warnings.push({
        rule: "outsideEmployment",
        staff: staffRef(row),
        school,
        from: row.valid_from,
        until: row.valid_until,
        employedFrom: row.employed_from,
        employedUntil: row.employed_until,
      });
    }
    if (row.unfunded) warnings.push({ rule: "unfunded", staff: staffRef(row), school, from: row.valid_from });
  }
  return warnings;
}

/** Funding sources valid at D that end within six months after D. */
async function fundingEnding(date: IsoDate): Promise<ExportWarning[]> {
  const rows = await prisma.$queryRaw<{ name: string; valid_until: string }[]>`
    SELECT f.name, to_char(f.valid_until, 'YYYY-MM-DD') AS valid_until
      FROM funding_source f
     WHERE f.valid_from <= ${date}::date
       AND f.valid_until >= ${date}::date
       AND f.valid_until <= (${date}::date + interval '6 months')::date
     ORDER BY f.valid_until, f.name`;
  return rows.map((row) => ({ rule: "fundingEnding", funding: row.name, until: row.valid_until }));
}

/** Schools above the municipality's pupils-per-FTE threshold (from the report's own figures). */
function crowdedSchools(report: CoverageReport, threshold: number): ExportWarning[] {
  return report.schools
    .filter((school) => school.pupilsPerFte !== null && school.pupilsPerFte > threshold)
    .map((school) => ({
      rule: "pupilsPerFte",
      school: { schoolNumber: school.schoolNumber, school: school.name },
      pupilsPerFte: school.pupilsPerFte ?? 0,
      threshold,
    }));
}

export async function exportWarnings(
  date: IsoDate,
  scope: CoverageScope,
  report: CoverageReport,
  threshold: number,
): Promise<ExportWarning[]> {
  if (scope.kind === "provider") {
    const [staff, assignments] = await Promise.all([
      staffServingManySchools(date, scope.providerId),
      assignmentWarnings(date, scope.providerId),
    ]);
    return sortWarnings([...staff, ...assignments]);
  }
  // Funding is not a school head's to read, nor are personnel numbers: only the school's own rule.
  if (scope.kind === "school") return crowdedSchools(report, threshold);
  const [staff, assignments, funding] = await Promise.all([
    staffServingManySchools(date, null),
    assignmentWarnings(date, null),
    fundingEnding(date),
  ]);
  return sortWarnings([...staff, ...assignments, ...crowdedSchools(report, threshold), ...funding]);
}
