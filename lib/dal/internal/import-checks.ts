import { SHEET_BY_KEY, type SheetKey } from "../../import/format.ts";
import type { ImportErrorKey, IssueParam } from "../../import/issues.ts";
import { FULL_REACH_FIELDS } from "../../permissions.ts";
import type { Tx } from "./import-stage.ts";

// Step 2: the rules that need the stored data, checked in SQL on the staged rows (see
// import-stage.ts) — unknown or ambiguous references, two rows naming one record, and the
// database's own rules on the state the import would leave behind: no overlapping
// assignments of a staff member at one school, and never more assignment FTE on any day
// than the staff member's contract; and the one rule the database leaves to the writers:
// assignments within the employment. The writes would hit the same rules (EXCLUDE, trigger);
// checking first gives every violation with its line, and a dry run that writes nothing.

export type StagedIssue = {
  sheet: SheetKey;
  line: number;
  /** The field of the format's column the issue belongs to. */
  field: string;
  key: ImportErrorKey;
  params: Record<string, IssueParam>;
};

type Row = { sheet: SheetKey; line: number; field: string; key: ImportErrorKey; params: Record<string, unknown> };

/** Provider references of the staff and assignment sheets; $1 is the provider a PROVIDER user may use. */
const providerReference = (table: string, sheet: SheetKey) => `
  SELECT '${sheet}' AS sheet, line, 'provider' AS field,
         CASE WHEN $1::uuid IS NOT NULL AND (provider_n IS NULL OR provider_n > 1 OR provider_id <> $1::uuid)
                THEN 'foreignProvider'
              WHEN provider_n IS NULL THEN 'unknownProvider'
              ELSE 'ambiguousProvider' END AS key,
         jsonb_build_object('value', provider_ref, 'names', coalesce(provider_names, '')) AS params
  FROM ${table}
  WHERE provider_n IS NULL OR provider_n > 1 OR ($1::uuid IS NOT NULL AND provider_id <> $1::uuid)`;

/** Two rows that turned out to name the same record (e.g. one by Name, one by Kurzname). */
const sameRecord = (table: string, sheet: SheetKey, field: string, shown: string) => `
  SELECT '${sheet}' AS sheet, line, '${field}' AS field, 'duplicateKey' AS key,
         jsonb_build_object('line', first_line, 'key', shown) AS params
  FROM (SELECT line, ${shown} AS shown, min(line) OVER (PARTITION BY id) AS first_line
        FROM ${table} WHERE id IS NOT NULL) x
  WHERE line > first_line`;

const REFERENCES = [
  `SELECT 'providers' AS sheet, line, 'name' AS field, 'providerMatchesTwo' AS key,
          jsonb_build_object('names', names) AS params
   FROM imp_provider WHERE candidates > 1`,
  sameRecord("imp_provider", "providers", "name", "coalesce(name, short_name)"),
  providerReference("imp_staff", "staff"),
  sameRecord("imp_staff", "staff", "personnelNumber", "provider_ref || ' / ' || personnel_number"),
  // Personal data of an anonymised staff member must not come back through an import.
  `SELECT 'staff' AS sheet, s.line, 'lastName' AS field, 'anonymised' AS key, '{}'::jsonb AS params
   FROM imp_staff s JOIN staff_member m ON m.id = s.id
   WHERE s.anonymised AND s.valid AND (s.last_name, s.first_name, s.email, s.phone, s.qualification)
     IS DISTINCT FROM (m.last_name, m.first_name, m.email, m.phone, m.qualification)`,
  providerReference("imp_assignment", "assignments"),
  `SELECT 'assignments' AS sheet, line, 'personnelNumber' AS field, 'unknownStaff' AS key,
          jsonb_build_object('value', personnel_number, 'provider', provider_ref) AS params
   FROM imp_assignment WHERE provider_id IS NOT NULL AND staff_id IS NULL`,
  `SELECT 'assignments' AS sheet, line, 'schoolNumber' AS field, 'unknownSchool' AS key,
          jsonb_build_object('value', school_number) AS params
   FROM imp_assignment WHERE school_id IS NULL`,
  `SELECT 'assignments' AS sheet, line, 'funding' AS field, 'unknownFunding' AS key,
          jsonb_build_object('value', funding) AS params
   FROM imp_assignment WHERE funding IS NOT NULL AND funding_id IS NULL`,
  sameRecord(
    "imp_assignment",
    "assignments",
    "validFrom",
    "personnel_number || ' / ' || school_number || ' / ' || to_char(valid_from, 'DD.MM.YYYY')",
  ),
];

// The assignments the import would leave for every staff member it touches: the file's rows
// plus the stored ones the file does not mention (an import never deletes).
const MERGED = `
  CREATE TEMP TABLE imp_merged ON COMMIT DROP AS
  WITH touched AS (
    SELECT staff_id AS id FROM imp_assignment WHERE valid AND staff_id IS NOT NULL AND school_id IS NOT NULL
    UNION SELECT id FROM imp_staff WHERE valid AND id IS NOT NULL
  )
  SELECT a.id, a.staff_id, a.school_id, a.fte, a.valid_from, a.valid_until, a.line
  FROM imp_assignment a WHERE a.valid AND a.staff_id IS NOT NULL AND a.school_id IS NOT NULL
  UNION ALL
  SELECT x.id, x.staff_member_id, x.school_id, x.fte, x.valid_from, x.valid_until, NULL
  FROM assignment x JOIN touched t ON t.id = x.staff_member_id
  WHERE NOT EXISTS (SELECT 1 FROM imp_assignment a WHERE a.id = x.id)`;

const OVERLAPS = `
  SELECT 'assignments' AS sheet, b.line, 'validFrom' AS field,
         CASE WHEN a.line IS NULL THEN 'overlapExisting' ELSE 'overlapInFile' END AS key,
         jsonb_build_object('line', a.line, 'from', jsonb_build_object('date', a.valid_from::text),
                            'until', jsonb_build_object('date', coalesce(a.valid_until::text, ''))) AS params
  FROM imp_merged a
  JOIN imp_merged b ON a.staff_id = b.staff_id AND a.school_id = b.school_id AND a.id <> b.id
   AND a.valid_from <= coalesce(b.valid_until, 'infinity') AND b.valid_from <= coalesce(a.valid_until, 'infinity')
  WHERE b.line IS NOT NULL AND (a.line IS NULL OR a.line < b.line)`;

// The daily total only rises where an assignment starts, so the starts are the days to check
// (as the database trigger assignment_fte_within_contract does). Reported once per staff
// member, on the first such day: at the latest file row active that day, else at the staff
// row whose contract the file lowers.
const OVER_CONTRACT = `
  WITH contract AS (
    SELECT t.staff_id, coalesce(s.employment_fte, m.employment_fte) AS fte, s.line AS staff_line,
           coalesce(s.personnel_number, m.personnel_number) AS personnel_number
    FROM (SELECT DISTINCT staff_id FROM imp_merged) t
    LEFT JOIN imp_staff s ON s.id = t.staff_id AND s.valid
    LEFT JOIN staff_member m ON m.id = t.staff_id
  ),
  starts AS (SELECT DISTINCT staff_id, valid_from AS day FROM imp_merged),
  totals AS (
    SELECT st.staff_id, st.day, sum(m.fte) AS total, max(m.line) AS line
    FROM starts st
    JOIN imp_merged m ON m.staff_id = st.staff_id AND date_range_covers(m.valid_from, m.valid_until, st.day)
    GROUP BY st.staff_id, st.day
  )
  SELECT DISTINCT ON (t.staff_id)
         CASE WHEN t.line IS NULL THEN 'staff' ELSE 'assignments' END AS sheet,
         coalesce(t.line, c.staff_line) AS line,
         CASE WHEN t.line IS NULL THEN 'employmentFte' ELSE 'fte' END AS field,
         'fteOverContract' AS key,
         jsonb_build_object('date', jsonb_build_object('date', t.day::text),
                            'total', jsonb_build_object('fte', (t.total * 1000)::int),
                            'contract', jsonb_build_object('fte', (c.fte * 1000)::int),
                            'value', c.personnel_number) AS params
  FROM totals t JOIN contract c ON c.staff_id = t.staff_id
  WHERE t.total > c.fte AND coalesce(t.line, c.staff_line) IS NOT NULL
  ORDER BY t.staff_id, t.day`;

// An assignment lies within its staff member's employment (lib/assignment-rules.ts, the SQL
// function within_employment), judged as the forms judge it: a row that creates an
// assignment, on both ends; a row that moves an assignment's end, on that end; a staff row
// that moves an employment, against the stored assignments that lay within the old one. A row
// that changes nothing is not refused (a record from before the rule; the dashboard warns).
const EMPLOYMENT = `
  WITH employment AS (
    SELECT t.staff_id, m.id IS NOT NULL AS stored, m.employed_from AS stored_from, m.employed_until AS stored_until,
           CASE WHEN s.id IS NOT NULL THEN s.employed_from ELSE m.employed_from END AS employed_from,
           CASE WHEN s.id IS NOT NULL THEN s.employed_until ELSE m.employed_until END AS employed_until,
           s.line AS staff_line, coalesce(s.personnel_number, m.personnel_number) AS personnel_number
    FROM (SELECT DISTINCT staff_id FROM imp_merged) t
    LEFT JOIN imp_staff s ON s.id = t.staff_id AND s.valid
    LEFT JOIN staff_member m ON m.id = t.staff_id
  )
  SELECT 'assignments' AS sheet, i.line, ends.field, 'outsideEmployment' AS key,
         jsonb_build_object('value', e.personnel_number,
                            'from', jsonb_build_object('date', i.valid_from::text),
                            'until', jsonb_build_object('date', coalesce(i.valid_until::text, '')),
                            'employedFrom', jsonb_build_object('date', e.employed_from::text),
                            'employedUntil', jsonb_build_object('date', coalesce(e.employed_until::text, ''))) AS params
  FROM imp_assignment i
  JOIN employment e ON e.staff_id = i.staff_id
  LEFT JOIN assignment x ON x.id = i.id
  -- Each end on its own (as outsideEnds does): the start is the one day valid_from, the end
  -- the range from the later of the two starts. An update judges only an end it moves.
  CROSS JOIN LATERAL (VALUES
    ('validFrom', i.action = 'create'
       AND NOT within_employment(i.valid_from, i.valid_from, e.employed_from, e.employed_until)),
    ('validUntil', (i.action = 'create' OR (i.action = 'update' AND i.valid_until IS DISTINCT FROM x.valid_until))
       AND NOT within_employment(greatest(i.valid_from, e.employed_from), i.valid_until, e.employed_from,
                                 e.employed_until))
  ) AS ends(field, outside)
  WHERE i.valid AND e.employed_from IS NOT NULL AND ends.outside
  UNION ALL
  SELECT DISTINCT ON (e.staff_line, field) 'staff' AS sheet, e.staff_line AS line,
         CASE WHEN NOT within_employment(greatest(m.valid_from, e.employed_from), m.valid_until, e.employed_from, e.employed_until)
              THEN 'employedUntil' ELSE 'employedFrom' END AS field,
         'employmentLeavesAssignments' AS key,
         jsonb_build_object('school', sch.school_number, 'from', jsonb_build_object('date', m.valid_from::text)) AS params
  FROM imp_merged m
  JOIN employment e ON e.staff_id = m.staff_id
  JOIN school sch ON sch.id = m.school_id
  -- A PROVIDER user ($1) may not move an employment at all (fieldNotAllowed says so already).
  WHERE $1::uuid IS NULL AND e.staff_line IS NOT NULL AND e.stored
    AND (e.employed_from, e.employed_until) IS DISTINCT FROM (e.stored_from, e.stored_until)
    AND EXISTS (SELECT 1 FROM assignment x WHERE x.id = m.id)
    AND within_employment(m.valid_from, m.valid_until, e.stored_from, e.stored_until)
    AND NOT within_employment(m.valid_from, m.valid_until, e.employed_from, e.employed_until)`;

const snakeCase = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

// The fields of a stored staff member that only an admin may change (lib/permissions.ts, the
// same rule the edit form and the DAL apply): a PROVIDER user's row that would change one is
// refused, naming the stored value (the provider's own record: nothing foreign is shown).
const FIXED_STAFF_FIELDS = SHEET_BY_KEY.staff.columns
  .filter((column) => (FULL_REACH_FIELDS["staff.write"] as readonly string[]).includes(column.field))
  .map((column) => {
    const name = snakeCase(column.field);
    const stored = column.type === "date" ? `jsonb_build_object('date', coalesce(m.${name}::text, ''))` : `m.${name}`;
    return `
  SELECT 'staff' AS sheet, s.line, '${column.field}' AS field, 'fieldNotAllowed' AS key,
         jsonb_build_object('stored', ${stored}) AS params
  FROM imp_staff s JOIN staff_member m ON m.id = s.id
  WHERE $1::uuid IS NOT NULL AND s.action = 'update' AND s.${name} IS DISTINCT FROM m.${name}`;
  });

/** Every problem found against the stored data; `ownProvider` restricts a PROVIDER user's rows. */
export async function checkStaged(tx: Tx, ownProvider: string | null): Promise<StagedIssue[]> {
  const found: Row[] = [];
  const references = [...REFERENCES, ...FIXED_STAFF_FIELDS].map((query) => `(${query})`).join("\nUNION ALL\n");
  found.push(...(await tx.$queryRawUnsafe<Row[]>(references, ownProvider)));
  await tx.$executeRawUnsafe(MERGED);
  found.push(...(await tx.$queryRawUnsafe<Row[]>(OVERLAPS)));
  found.push(...(await tx.$queryRawUnsafe<Row[]>(OVER_CONTRACT)));
  found.push(...(await tx.$queryRawUnsafe<Row[]>(EMPLOYMENT, ownProvider)));
  return found.map((row) => ({
    sheet: row.sheet,
    line: row.line,
    field: row.field,
    key: row.key,
    params: cleanParams(row.params),
  }));
}

/** JSON nulls out, empty dates meaning "open-ended" kept as such. */
function cleanParams(params: Record<string, unknown>): Record<string, IssueParam> {
  const out: Record<string, IssueParam> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    out[name] = value as IssueParam;
  }
  return out;
}
