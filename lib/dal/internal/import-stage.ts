import type { Prisma } from "../../generated/prisma/client.ts";
import type { SheetKey } from "../../import/format.ts";
import type { PreparedSheet } from "../../import/prepared.ts";
import { todayIso } from "../../key-date.ts";
import { schoolYearOf } from "../../school-year.ts";

// Step 1 of an import in the database: each sheet's rows arrive as one JSON parameter
// (prepared by the parse worker, lib/import/prepared.ts)
// and become one temporary table in ONE statement that also resolves every natural key and
// reference (to an existing record's id, or a fresh id for a record to create) and decides
// each row's action: create, update or unchanged. Set-based, whatever the number of rows;
// the tables live only for the transaction (ON COMMIT DROP). Nothing else is written here.
//
// Names of providers, districts and funding sources compare case-insensitively; references
// look in the file first, then at what is stored.

export type Tx = Prisma.TransactionClient;

/** Which columns the file has, per sheet (an absent optional column keeps the stored value). */
export type Present = Record<SheetKey, Set<string>>;

/** The file's value when the column is present, else the stored one (null for new records). */
type Pick = (field: string, fromFile: string, stored: string) => string;
const picker =
  (present: Set<string>): Pick =>
  (field, fromFile, stored) =>
    present.has(field) ? fromFile : stored;

// Each builder returns one statement; `$1` is the sheet's rows as JSON. Column expressions
// chosen by `pick` come from this file, never from the upload.

const providers = (pick: Pick) => `
CREATE TEMP TABLE imp_provider ON COMMIT DROP AS
WITH x AS (
  SELECT * FROM json_to_recordset($1::json)
    AS x(line int, valid bool, name text, "shortName" text, kind text, contact text)
), matches AS (
  SELECT x.line, array_agg(DISTINCT p.id) AS ids, string_agg(DISTINCT p.name, ', ') AS names
  FROM x JOIN provider p ON lower(p.name) = lower(x.name) OR lower(p.short_name) = lower(x."shortName")
  GROUP BY x.line
), staged AS (
  SELECT x.line, x.valid, x.name, x."shortName" AS short_name, x.kind,
         ${pick("contact", "x.contact", "t.contact")} AS contact,
         coalesce(m.ids[1], gen_random_uuid()) AS id, m.ids IS NOT NULL AS existing,
         coalesce(cardinality(m.ids), 0) AS candidates, m.names
  FROM x LEFT JOIN matches m ON m.line = x.line LEFT JOIN provider t ON t.id = m.ids[1]
)
SELECT s.*, CASE WHEN NOT s.valid THEN NULL WHEN NOT s.existing THEN 'create'
  WHEN (s.name, s.short_name, s.kind, s.contact) IS DISTINCT FROM (t.name, t.short_name, t.kind::text, t.contact)
  THEN 'update' ELSE 'unchanged' END AS action
FROM staged s LEFT JOIN provider t ON s.existing AND t.id = s.id`;

// $1: the one provider a PROVIDER user may import for (null for an admin). Only that provider
// is looked up, so a row naming any other resolves to nothing stored: the answer for another
// provider's staff is the same whether the record exists or not (no oracle).
const PROVIDER_REF = `
CREATE TEMP TABLE imp_provider_ref ON COMMIT DROP AS
SELECT key, (array_agg(DISTINCT id))[1] AS id, count(DISTINCT id)::int AS n, string_agg(DISTINCT name, ', ') AS names
FROM (SELECT lower(name) AS key, id, name FROM provider WHERE $1::uuid IS NULL OR id = $1::uuid
      UNION ALL SELECT lower(short_name), id, name FROM provider WHERE $1::uuid IS NULL OR id = $1::uuid
      UNION ALL SELECT lower(name), id, coalesce(name, short_name) FROM imp_provider WHERE name IS NOT NULL
      UNION ALL SELECT lower(short_name), id, coalesce(name, short_name) FROM imp_provider WHERE short_name IS NOT NULL) k
GROUP BY key`;

// An unknown Stadtbezirk is created with its school.
const DISTRICTS = `
CREATE TEMP TABLE imp_district ON COMMIT DROP AS
SELECT DISTINCT ON (lower(x.district)) x.district AS name, coalesce(d.id, gen_random_uuid()) AS id,
       d.id IS NOT NULL AS existing
FROM json_to_recordset($1::json) AS x(district text)
LEFT JOIN district d ON lower(d.name) = lower(x.district)
WHERE x.district IS NOT NULL
ORDER BY lower(x.district), d.name`;

// A school's Schülerzahl is for the row's Schuljahr, or this school year's without the column;
// it changes the school when it differs from the count that applies in that year
// (pupil_counts_in), so re-importing an export changes nothing.
const schools = (pick: Pick, currentSchoolYear: number) => `
CREATE TEMP TABLE imp_school ON COMMIT DROP AS
WITH staged AS (
  SELECT x.line, x.valid, x."schoolNumber" AS school_number, x.name, x.type, x.district,
         x."pupilCount" AS pupil_count,
         coalesce(x."pupilSchoolYear", ${Math.trunc(currentSchoolYear)}) AS pupil_school_year,
         ${pick("openedOn", 'x."openedOn"', "t.opened_on")} AS opened_on,
         ${pick("closedOn", 'x."closedOn"', "t.closed_on")} AS closed_on,
         ${pick("address", "x.address", "t.address")} AS address,
         ${pick("socialIndex", 'x."socialIndex"', "t.social_index::int")} AS social_index,
         coalesce(t.id, gen_random_uuid()) AS id, t.id IS NOT NULL AS existing, d.id AS district_id
  FROM json_to_recordset($1::json) AS x(line int, valid bool, "schoolNumber" text, name text, type text,
         district text, "pupilCount" int, "pupilSchoolYear" int, "openedOn" date, "closedOn" date, address text,
         "socialIndex" int)
  LEFT JOIN school t ON t.school_number = x."schoolNumber"
  LEFT JOIN imp_district d ON lower(d.name) = lower(x.district)
), counted AS (
  SELECT s.*, s.pupil_count IS DISTINCT FROM pc.pupil_count AS pupils_changed
  FROM staged s
  LEFT JOIN LATERAL (SELECT p.pupil_count FROM pupil_counts_in(s.pupil_school_year) p WHERE s.existing AND p.school_id = s.id) pc
    ON true
)
SELECT s.*, CASE WHEN NOT s.valid THEN NULL WHEN NOT s.existing THEN 'create'
  WHEN s.pupils_changed OR (s.name, s.type, s.district_id, s.opened_on, s.closed_on, s.address, s.social_index)
    IS DISTINCT FROM (t.name, t.type::text, t.district_id, t.opened_on, t.closed_on, t.address, t.social_index::int)
  THEN 'update' ELSE 'unchanged' END AS action
FROM counted s LEFT JOIN school t ON s.existing AND t.id = s.id`;

const funding = (pick: Pick) => `
CREATE TEMP TABLE imp_funding ON COMMIT DROP AS
WITH staged AS (
  SELECT x.line, x.valid, x.name, x.kind, x."validFrom" AS valid_from,
         ${pick("validUntil", 'x."validUntil"', "t.valid_until")} AS valid_until,
         ${pick("reference", "x.reference", "t.reference")} AS reference,
         coalesce(t.id, gen_random_uuid()) AS id, t.id IS NOT NULL AS existing
  FROM json_to_recordset($1::json) AS x(line int, valid bool, name text, kind text, "validFrom" date,
         "validUntil" date, reference text)
  LEFT JOIN LATERAL (SELECT * FROM funding_source f WHERE lower(f.name) = lower(x.name) ORDER BY f.name LIMIT 1) t
    ON true
)
SELECT s.*, CASE WHEN NOT s.valid THEN NULL WHEN NOT s.existing THEN 'create'
  WHEN (s.name, s.kind, s.valid_from, s.valid_until, s.reference)
    IS DISTINCT FROM (t.name, t.kind::text, t.valid_from, t.valid_until, t.reference)
  THEN 'update' ELSE 'unchanged' END AS action
FROM staged s LEFT JOIN funding_source t ON s.existing AND t.id = s.id`;

const FUNDING_REF = `
CREATE TEMP TABLE imp_funding_ref ON COMMIT DROP AS
SELECT DISTINCT ON (key) key, id
FROM (SELECT lower(name) AS key, id, 0 AS source FROM imp_funding
      UNION ALL SELECT lower(name), id, 1 FROM funding_source) k
ORDER BY key, source`;

// Staff: (provider, Personalnummer).
const staff = (pick: Pick) => `
CREATE TEMP TABLE imp_staff ON COMMIT DROP AS
WITH staged AS (
  SELECT x.line, x.valid, x.provider AS provider_ref, x."personnelNumber" AS personnel_number,
         x."lastName" AS last_name, x."firstName" AS first_name,
         (x."employmentFte" / 1000.0)::numeric(4,3) AS employment_fte, x."employedFrom" AS employed_from,
         ${pick("employedUntil", 'x."employedUntil"', "t.employed_until")} AS employed_until,
         ${pick("email", "x.email", "t.email")} AS email,
         ${pick("phone", "x.phone", "t.phone")} AS phone,
         ${pick("qualification", "x.qualification", "t.qualification")} AS qualification,
         r.n AS provider_n, r.names AS provider_names, CASE WHEN r.n = 1 THEN r.id END AS provider_id,
         CASE WHEN t.id IS NOT NULL THEN t.id WHEN r.n = 1 THEN gen_random_uuid() END AS id,
         t.id IS NOT NULL AS existing, coalesce(t.anonymised_at IS NOT NULL, false) AS anonymised
  FROM json_to_recordset($1::json) AS x(line int, valid bool, provider text, "personnelNumber" text,
         "lastName" text, "firstName" text, "employmentFte" int, "employedFrom" date, "employedUntil" date,
         email text, phone text, qualification text)
  LEFT JOIN imp_provider_ref r ON r.key = lower(x.provider)
  LEFT JOIN staff_member t ON r.n = 1 AND t.provider_id = r.id AND t.personnel_number = x."personnelNumber"
)
SELECT s.*, CASE WHEN NOT s.valid OR s.id IS NULL THEN NULL WHEN NOT s.existing THEN 'create'
  WHEN (s.last_name, s.first_name, s.employment_fte, s.employed_from, s.employed_until, s.email, s.phone,
        s.qualification)
    IS DISTINCT FROM (t.last_name, t.first_name, t.employment_fte, t.employed_from, t.employed_until, t.email,
                      t.phone, t.qualification)
  THEN 'update' ELSE 'unchanged' END AS action
FROM staged s LEFT JOIN staff_member t ON s.existing AND t.id = s.id`;

// Assignments: (staff, school, Von).
const assignments = (pick: Pick) => `
CREATE TEMP TABLE imp_assignment ON COMMIT DROP AS
WITH resolved AS (
  SELECT x.line, x.valid, x.provider AS provider_ref, x."personnelNumber" AS personnel_number,
         x."schoolNumber" AS school_number, (x.fte / 1000.0)::numeric(4,3) AS fte, x."validFrom" AS valid_from,
         x."validUntil" AS file_until, x.funding, x.note AS file_note,
         r.n AS provider_n, r.names AS provider_names, CASE WHEN r.n = 1 THEN r.id END AS provider_id,
         coalesce(fs.id, sm.id) AS staff_id, coalesce(fsch.id, sch.id) AS school_id, f.id AS funding_ref_id
  FROM json_to_recordset($1::json) AS x(line int, valid bool, provider text, "personnelNumber" text,
         "schoolNumber" text, fte int, "validFrom" date, "validUntil" date, funding text, note text)
  LEFT JOIN imp_provider_ref r ON r.key = lower(x.provider)
  LEFT JOIN (SELECT DISTINCT ON (provider_id, personnel_number) provider_id, personnel_number, id
             FROM imp_staff WHERE id IS NOT NULL ORDER BY provider_id, personnel_number, line) fs
    ON r.n = 1 AND fs.provider_id = r.id AND fs.personnel_number = x."personnelNumber"
  LEFT JOIN staff_member sm ON r.n = 1 AND sm.provider_id = r.id AND sm.personnel_number = x."personnelNumber"
  LEFT JOIN imp_school fsch ON fsch.school_number = x."schoolNumber"
  LEFT JOIN school sch ON sch.school_number = x."schoolNumber"
  LEFT JOIN imp_funding_ref f ON f.key = lower(x.funding)
), staged AS (
  SELECT b.line, b.valid, b.provider_ref, b.personnel_number, b.school_number, b.fte, b.valid_from,
         ${pick("validUntil", "b.file_until", "t.valid_until")} AS valid_until,
         b.funding,
         ${pick("funding", "b.funding_ref_id", "t.funding_source_id")} AS funding_id,
         ${pick("note", "b.file_note", "t.note")} AS note,
         b.provider_n, b.provider_names, b.provider_id, b.staff_id, b.school_id,
         CASE WHEN t.id IS NOT NULL THEN t.id
              WHEN b.staff_id IS NOT NULL AND b.school_id IS NOT NULL THEN gen_random_uuid() END AS id,
         t.id IS NOT NULL AS existing
  FROM resolved b
  LEFT JOIN assignment t ON t.staff_member_id = b.staff_id AND t.school_id = b.school_id AND t.valid_from = b.valid_from
)
SELECT s.*, CASE WHEN NOT s.valid OR s.id IS NULL THEN NULL WHEN NOT s.existing THEN 'create'
  WHEN (s.fte, s.valid_until, s.funding_id, s.note) IS DISTINCT FROM (t.fte, t.valid_until, t.funding_source_id, t.note)
  THEN 'update' ELSE 'unchanged' END AS action
FROM staged s LEFT JOIN assignment t ON s.existing AND t.id = s.id`;

/**
 * Loads the parsed sheets and resolves every key; afterwards each valid row has its action.
 * `ownProvider` limits the stored providers a row may resolve to (a PROVIDER user's import).
 */
export async function stageImport(
  tx: Tx,
  sheets: PreparedSheet[],
  present: Present,
  ownProvider: string | null,
): Promise<void> {
  const bySheet = new Map(sheets.map((sheet) => [sheet.key, sheet.stageRows]));
  const rows = (key: SheetKey) => bySheet.get(key) ?? "[]";
  const schoolRows = rows("schools");
  await tx.$executeRawUnsafe(providers(picker(present.providers)), rows("providers"));
  await tx.$executeRawUnsafe(PROVIDER_REF, ownProvider);
  await tx.$executeRawUnsafe(DISTRICTS, schoolRows);
  await tx.$executeRawUnsafe(schools(picker(present.schools), schoolYearOf(todayIso())), schoolRows);
  await tx.$executeRawUnsafe(funding(picker(present.funding)), rows("funding"));
  await tx.$executeRawUnsafe(FUNDING_REF);
  await tx.$executeRawUnsafe(staff(picker(present.staff)), rows("staff"));
  await tx.$executeRawUnsafe(assignments(picker(present.assignments)), rows("assignments"));
}

export type ActionCounts = { sheet: SheetKey; action: "create" | "update" | "unchanged"; count: number };

export async function countActions(tx: Tx): Promise<ActionCounts[]> {
  return tx.$queryRawUnsafe<ActionCounts[]>(`
    SELECT 'providers' AS sheet, action, count(*)::int AS count FROM imp_provider WHERE action IS NOT NULL GROUP BY action
    UNION ALL SELECT 'schools', action, count(*)::int FROM imp_school WHERE action IS NOT NULL GROUP BY action
    UNION ALL SELECT 'funding', action, count(*)::int FROM imp_funding WHERE action IS NOT NULL GROUP BY action
    UNION ALL SELECT 'staff', action, count(*)::int FROM imp_staff WHERE action IS NOT NULL GROUP BY action
    UNION ALL SELECT 'assignments', action, count(*)::int FROM imp_assignment WHERE action IS NOT NULL GROUP BY action`);
}
