import "server-only";
import { prisma } from "../db.ts";
import type { ImportFormatData } from "../export/import-format-workbook.ts";
import type { ExportScope } from "../export/types.ts";
import type { SheetRow } from "../import/format.ts";
import { todayIso } from "../key-date.ts";
import { schoolYearOf } from "../school-year.ts";
import { reachFor } from "./authorization.ts";
import { NotFoundError, UnauthenticatedError } from "./errors.ts";
import type { Viewer } from "./viewer-types.ts";

// The complete data in the import format (docs/domain.md "Import format"), read with one joined
// query per sheet: 10,000 staff and 20,000 assignments took 1.8 s on a busy 2-core machine,
// where nested Prisma includes took 10 s. Each query names its columns after the format's
// fields (lib/import/format.ts), so the rows go to the writer as they are: dates as ISO text,
// FTE as integer thousandths, enums as codes. The writer refuses a row without a field, so a
// column added to the format but not read here fails loudly instead of being left empty.
//
// Admin and supervisor: every sheet. A provider: the staff sheet with their own staff only,
// which is exactly what a provider may import (lib/dal/internal/import-run.ts refuses every
// other sheet from them), so a provider can edit the file and import it again. Their provider
// row, schools, funding sources and assignments are not part of it: a provider may not
// import them, and reads neither schools' details nor funding names. A school head: refused
// (404), because the format keys staff by personnel number, which a school head may not see.

/** Which provider's data the viewer may take; null for everything. */
function completeDataReach(viewer: Viewer): { providerId: string | null } {
  if (viewer.kind !== "user") throw new UnauthenticatedError();
  const reach = reachFor(viewer, "export.run", "Export");
  if (reach === "all") return { providerId: null };
  if (reach === "own" && viewer.role === "PROVIDER" && viewer.providerId) return { providerId: viewer.providerId };
  throw new NotFoundError("Export");
}

const providers = () => prisma.$queryRaw<SheetRow<"providers">[]>`
  SELECT name, short_name AS "shortName", kind::text AS kind, contact FROM provider ORDER BY name`;

/** Each school with the count of the current school year (the one that applies in it), and that year. */
const schools = (schoolYear: number) => prisma.$queryRaw<SheetRow<"schools">[]>`
  SELECT s.school_number::text AS "schoolNumber", s.name, s.type::text AS type, d.name AS district,
         coalesce(pc.pupil_count, 0) AS "pupilCount", ${schoolYear}::int AS "pupilSchoolYear",
         to_char(s.opened_on, 'YYYY-MM-DD') AS "openedOn",
         to_char(s.closed_on, 'YYYY-MM-DD') AS "closedOn", s.address, s.social_index::int AS "socialIndex"
    FROM school s JOIN district d ON d.id = s.district_id
    LEFT JOIN pupil_counts_in(${schoolYear}::int) pc ON pc.school_id = s.id
   ORDER BY s.school_number`;

const funding = () => prisma.$queryRaw<SheetRow<"funding">[]>`
  SELECT name, kind::text AS kind, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom",
         to_char(valid_until, 'YYYY-MM-DD') AS "validUntil", reference
    FROM funding_source ORDER BY name`;

/** Staff of one provider, or of all when `providerId` is null. */
const staff = (providerId: string | null) => prisma.$queryRaw<SheetRow<"staff">[]>`
  SELECT p.short_name AS provider, m.personnel_number AS "personnelNumber", m.last_name AS "lastName",
         m.first_name AS "firstName", (m.employment_fte * 1000)::int AS "employmentFte",
         to_char(m.employed_from, 'YYYY-MM-DD') AS "employedFrom",
         to_char(m.employed_until, 'YYYY-MM-DD') AS "employedUntil", m.email, m.phone, m.qualification
    FROM staff_member m JOIN provider p ON p.id = m.provider_id
   WHERE ${providerId}::uuid IS NULL OR m.provider_id = ${providerId}::uuid
   ORDER BY p.short_name, m.personnel_number`;

const assignments = () => prisma.$queryRaw<SheetRow<"assignments">[]>`
  SELECT p.short_name AS provider, m.personnel_number AS "personnelNumber", s.school_number::text AS "schoolNumber",
         (a.fte * 1000)::int AS fte, to_char(a.valid_from, 'YYYY-MM-DD') AS "validFrom",
         to_char(a.valid_until, 'YYYY-MM-DD') AS "validUntil", f.name AS funding, a.note
    FROM assignment a
    JOIN staff_member m ON m.id = a.staff_member_id
    JOIN provider p ON p.id = m.provider_id
    JOIN school s ON s.id = a.school_id
    LEFT JOIN funding_source f ON f.id = a.funding_source_id
   ORDER BY p.short_name, m.personnel_number, s.school_number, a.valid_from`;

export async function getCompleteData(viewer: Viewer): Promise<{ scope: ExportScope; data: ImportFormatData }> {
  const { providerId } = completeDataReach(viewer);
  if (providerId) {
    const [own, ownStaff] = await Promise.all([
      prisma.provider.findUnique({ where: { id: providerId }, select: { id: true, name: true } }),
      staff(providerId),
    ]);
    if (!own) throw new NotFoundError("Export");
    return { scope: { kind: "provider", providerId: own.id, provider: own.name }, data: { staff: ownStaff } };
  }
  const [providerRows, schoolRows, fundingRows, staffRows, assignmentRows] = await Promise.all([
    providers(),
    schools(schoolYearOf(todayIso())),
    funding(),
    staff(null),
    assignments(),
  ]);
  return {
    scope: { kind: "all" },
    data: {
      providers: providerRows,
      schools: schoolRows,
      funding: fundingRows,
      staff: staffRows,
      assignments: assignmentRows,
    },
  };
}
