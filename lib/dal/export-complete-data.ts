import "server-only";
import type { SchoolType } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import type { ImportFormatData, ProviderKind } from "../export/import-format-workbook.ts";
import type { ExportScope } from "../export/types.ts";
import { NotFoundError, UnauthenticatedError } from "./errors.ts";
import { reachFor } from "./scopes.ts";
import type { Viewer } from "./viewer-types.ts";

// The complete data in the import format (DESIGN.md "Import format"), read with one joined
// query per sheet: 10,000 staff and 20,000 assignments took 1.8 s on a busy 2-core machine,
// where nested Prisma includes took 10 s. Dates as ISO text, FTE as integer thousandths.
//
// Admin and supervisor: everything. A provider: their own provider row, their staff and
// those staff's assignments (no school sheet and no funding names: a provider reads
// neither). A school head: refused (404), because the format keys staff by personnel number,
// which a school head may not see, and the file exists to move data between systems.

type ProviderRow = { id: string; name: string; short_name: string; kind: ProviderKind };
type SchoolRow = {
  school_number: string;
  name: string;
  type: SchoolType;
  district: string;
  pupil_count: number;
  opened_on: string | null;
  closed_on: string | null;
};
type StaffRow = {
  provider: string;
  personnel_number: string;
  last_name: string;
  first_name: string;
  employment_fte_milli: number;
  employed_from: string;
  employed_until: string | null;
  email: string | null;
};
type AssignmentRow = {
  provider: string;
  personnel_number: string;
  school_number: string;
  fte_milli: number;
  valid_from: string;
  valid_until: string | null;
  funding_source: string | null;
};

/** Which provider's data the viewer may take; null for everything. */
function completeDataReach(viewer: Viewer): { providerId: string | null } {
  if (viewer.kind !== "user") throw new UnauthenticatedError();
  const reach = reachFor(viewer, "export.run", "Export");
  if (reach === "all") return { providerId: null };
  if (reach === "own" && viewer.role === "PROVIDER" && viewer.providerId) return { providerId: viewer.providerId };
  throw new NotFoundError("Export");
}

type FundingRow = {
  name: string;
  kind: string;
  valid_from: string;
  valid_until: string | null;
  reference: string | null;
};

export async function getCompleteData(viewer: Viewer): Promise<{ scope: ExportScope; data: ImportFormatData }> {
  const { providerId } = completeDataReach(viewer);
  const [providers, schools, funding, staff, assignments] = await Promise.all([
    prisma.$queryRaw<ProviderRow[]>`
      SELECT id::text, name, short_name, kind::text AS kind FROM provider
       WHERE ${providerId}::uuid IS NULL OR id = ${providerId}::uuid
       ORDER BY name`,
    providerId
      ? null
      : prisma.$queryRaw<SchoolRow[]>`
          SELECT s.school_number::text AS school_number, s.name, s.type::text AS type, d.name AS district,
                 s.pupil_count, to_char(s.opened_on, 'YYYY-MM-DD') AS opened_on,
                 to_char(s.closed_on, 'YYYY-MM-DD') AS closed_on
            FROM school s JOIN district d ON d.id = s.district_id
           ORDER BY s.school_number`,
    // Funding sources only for a reader of everything (a provider reads no funding names).
    providerId
      ? null
      : prisma.$queryRaw<FundingRow[]>`
          SELECT name, kind::text AS kind, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
                 to_char(valid_until, 'YYYY-MM-DD') AS valid_until, reference
            FROM funding_source ORDER BY name`,
    prisma.$queryRaw<StaffRow[]>`
      SELECT p.short_name AS provider, m.personnel_number, m.last_name, m.first_name,
             (m.employment_fte * 1000)::int AS employment_fte_milli,
             to_char(m.employed_from, 'YYYY-MM-DD') AS employed_from,
             to_char(m.employed_until, 'YYYY-MM-DD') AS employed_until, m.email
        FROM staff_member m JOIN provider p ON p.id = m.provider_id
       WHERE ${providerId}::uuid IS NULL OR m.provider_id = ${providerId}::uuid
       ORDER BY p.short_name, m.personnel_number`,
    prisma.$queryRaw<AssignmentRow[]>`
      SELECT p.short_name AS provider, m.personnel_number, s.school_number::text AS school_number,
             (a.fte * 1000)::int AS fte_milli, to_char(a.valid_from, 'YYYY-MM-DD') AS valid_from,
             to_char(a.valid_until, 'YYYY-MM-DD') AS valid_until,
             CASE WHEN ${providerId}::uuid IS NULL THEN f.name END AS funding_source
        FROM assignment a
        JOIN staff_member m ON m.id = a.staff_member_id
        JOIN provider p ON p.id = m.provider_id
        JOIN school s ON s.id = a.school_id
        LEFT JOIN funding_source f ON f.id = a.funding_source_id
       WHERE ${providerId}::uuid IS NULL OR m.provider_id = ${providerId}::uuid
       ORDER BY p.short_name, m.personnel_number, s.school_number, a.valid_from`,
  ]);

  const own = providerId ? providers[0] : undefined;
  if (providerId && !own) throw new NotFoundError("Export");
  const scope: ExportScope = own ? { kind: "provider", providerId: own.id, provider: own.name } : { kind: "all" };
  const data: ImportFormatData = {
    providers: providers.map((row) => ({ name: row.name, shortName: row.short_name, kind: row.kind })),
    schools:
      schools?.map((row) => ({
        schoolNumber: row.school_number,
        name: row.name,
        type: row.type,
        district: row.district,
        pupilCount: row.pupil_count,
        openedOn: row.opened_on,
        closedOn: row.closed_on,
      })) ?? null,
    funding:
      funding?.map((row) => ({
        name: row.name,
        kind: row.kind,
        validFrom: row.valid_from,
        validUntil: row.valid_until,
        reference: row.reference,
      })) ?? null,
    staff: staff.map((row) => ({
      provider: row.provider,
      personnelNumber: row.personnel_number,
      lastName: row.last_name,
      firstName: row.first_name,
      employmentFteMilli: row.employment_fte_milli,
      employedFrom: row.employed_from,
      employedUntil: row.employed_until,
      email: row.email,
    })),
    assignments: assignments.map((row) => ({
      provider: row.provider,
      personnelNumber: row.personnel_number,
      schoolNumber: row.school_number,
      fteMilli: row.fte_milli,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      fundingSource: row.funding_source,
    })),
  };
  return { scope, data };
}
