import type { Tx } from "./import-stage.ts";

// Step 3 (commit only, after every check passed): the staged rows are written set-based,
// one statement per table and action, in dependency order. Updates bump `version`, so an
// edit form opened before the import sees a conflict instead of overwriting it.
//
// The FTE-cap trigger runs once per assignment row and is most of a large import's cost;
// rows go in ordered by staff member, so that its lookups stay on pages just touched.
//
// Contracts and assignments are ordered so that the FTE-cap trigger never sees a state worse
// than the final one: raised contracts first (kept at the larger of old and new), then the
// assignment updates (which can only shorten or change FTE; Von is part of the key), then the
// new assignments, and only then the lowered contracts.

const WRITES = [
  `INSERT INTO provider (id, name, short_name, kind, contact, updated_at)
   SELECT id, name, short_name, kind::"ProviderKind", contact, now() FROM imp_provider WHERE action = 'create'`,
  `UPDATE provider p SET name = i.name, short_name = i.short_name, kind = i.kind::"ProviderKind", contact = i.contact,
          updated_at = now(), version = p.version + 1
   FROM imp_provider i WHERE p.id = i.id AND i.action = 'update'`,
  `INSERT INTO district (id, name)
   SELECT d.id, d.name FROM imp_district d
   WHERE NOT d.existing AND EXISTS (SELECT 1 FROM imp_school s WHERE s.district_id = d.id AND s.action IN ('create', 'update'))`,
  `INSERT INTO school (id, school_number, name, type, district_id, address, social_index, opened_on, closed_on,
                       updated_at)
   SELECT id, school_number, name, type::"SchoolType", district_id, address, social_index, opened_on, closed_on, now()
   FROM imp_school WHERE action = 'create'`,
  `UPDATE school s SET name = i.name, type = i.type::"SchoolType", district_id = i.district_id, address = i.address,
          social_index = i.social_index, opened_on = i.opened_on, closed_on = i.closed_on,
          updated_at = now(), version = s.version + 1
   FROM imp_school i WHERE s.id = i.id AND i.action = 'update'`,
  // Only the row's school year, as a form enters it: other years' figures stay.
  `SELECT count(enter_pupil_count(id, pupil_school_year, pupil_count))
   FROM imp_school WHERE action IN ('create', 'update') AND pupils_changed`,
  `INSERT INTO funding_source (id, name, kind, valid_from, valid_until, reference, updated_at)
   SELECT id, name, kind::"FundingKind", valid_from, valid_until, reference, now() FROM imp_funding WHERE action = 'create'`,
  `UPDATE funding_source f SET name = i.name, kind = i.kind::"FundingKind", valid_from = i.valid_from,
          valid_until = i.valid_until, reference = i.reference, updated_at = now(), version = f.version + 1
   FROM imp_funding i WHERE f.id = i.id AND i.action = 'update'`,
  `INSERT INTO staff_member (id, provider_id, personnel_number, first_name, last_name, email, phone, qualification,
                             employment_fte, employed_from, employed_until, updated_at)
   SELECT id, provider_id, personnel_number, first_name, last_name, email, phone, qualification, employment_fte,
          employed_from, employed_until, now()
   FROM imp_staff WHERE action = 'create'`,
  `UPDATE staff_member m SET first_name = i.first_name, last_name = i.last_name, email = i.email, phone = i.phone,
          qualification = i.qualification, employment_fte = greatest(m.employment_fte, i.employment_fte),
          employed_from = i.employed_from, employed_until = i.employed_until, updated_at = now(),
          version = m.version + 1
   FROM imp_staff i WHERE m.id = i.id AND i.action = 'update'`,
  `UPDATE assignment a SET fte = i.fte, valid_until = i.valid_until, funding_source_id = i.funding_id, note = i.note,
          updated_at = now(), version = a.version + 1
   FROM imp_assignment i WHERE a.id = i.id AND i.action = 'update'`,
  `INSERT INTO assignment (id, staff_member_id, school_id, fte, valid_from, valid_until, funding_source_id, note,
                           updated_at)
   SELECT id, staff_id, school_id, fte, valid_from, valid_until, funding_id, note, now()
   FROM imp_assignment WHERE action = 'create'
   ORDER BY staff_id, valid_from`,
  `UPDATE staff_member m SET employment_fte = i.employment_fte
   FROM imp_staff i WHERE m.id = i.id AND i.action = 'update' AND i.employment_fte < m.employment_fte`,
];

export async function applyStaged(tx: Tx): Promise<void> {
  for (const statement of WRITES) await tx.$executeRawUnsafe(statement);
}
