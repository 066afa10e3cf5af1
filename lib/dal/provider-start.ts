import "server-only";
import type { IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { addMonths } from "../forecast/dates.ts";
import { computeForecastChanges } from "../forecast/sql.ts";
import type { EndingAssignment, EndingEmployment } from "../forecast/types.ts";
import { readStaffListQuery } from "../schemas/staff.ts";
import type { Warning, WarningKind } from "../warnings/types.ts";
import { denyAccess, signedIn } from "./authorization.ts";
import { listStaff, type StaffListRow } from "./staff.ts";
import type { Viewer } from "./viewer-types.ts";
import { cachedWarnings } from "./warnings.ts";

// What a provider's start page shows: what needs them in the next months. Every part is an
// existing query narrowed to the provider's own staff here, in the data layer: the forecast
// with a provider scope, the staff list with its "free capacity" filter, and the warnings
// about their staff members. A provider never learns anything about another provider's
// staff, not even a count.

/** How far ahead the start page looks for contracts and assignments that end. */
export const PROVIDER_HORIZON_MONTHS = 3;

/** Staff with free capacity listed on the start page; the rest are one link away. */
export const FREE_CAPACITY_SHOWN = 10;

/**
 * The warnings about a staff member. The school kinds are about schools (a provider sees
 * school names only), "no funding source" is about funding (not theirs to read).
 */
const STAFF_WARNING_KINDS: readonly WarningKind[] = [
  "fullTimeTooManySchools",
  "partTimeTooManySchools",
  "assignmentOutsideEmployment",
];

export type ProviderStart = {
  today: IsoDate;
  /** Contracts and assignments whose last day lies in [today, horizon) are listed. */
  horizon: IsoDate;
  endingEmployments: EndingEmployment[];
  endingAssignments: EndingAssignment[];
  freeCapacity: { rows: StaffListRow[]; total: number };
  warnings: Warning[];
};

function staffIdOf(warning: Warning): string | null {
  if (warning.record.type === "staff") return warning.record.id;
  return "staffId" in warning ? warning.staffId : null;
}

/** The provider's start page data at `today`; anyone but a bound provider gets NotFound. */
export async function getProviderStart(viewer: Viewer, today: IsoDate): Promise<ProviderStart> {
  const user = signedIn(viewer);
  const providerId = user.role === "PROVIDER" ? user.providerId : null;
  if (!providerId) return denyAccess(prisma, user, { capability: "staff.read", what: "Startseite des Trägers" });
  const horizon = addMonths(today, PROVIDER_HORIZON_MONTHS);
  const [changes, free, report, ownStaff] = await Promise.all([
    computeForecastChanges(prisma, today, horizon, { kind: "provider", providerId }),
    listStaff(user, { ...readStaffListQuery({ capacity: "free" }), pageSize: FREE_CAPACITY_SHOWN }),
    cachedWarnings(today),
    prisma.staffMember.findMany({ where: { providerId }, select: { id: true } }),
  ]);
  const own = new Set(ownStaff.map((staff) => staff.id));
  const warnings = report.warnings.filter((warning) => {
    const staffId = staffIdOf(warning);
    return STAFF_WARNING_KINDS.includes(warning.kind) && staffId !== null && own.has(staffId);
  });
  return {
    today,
    horizon,
    endingEmployments: changes.endingEmployments,
    endingAssignments: changes.endingAssignments,
    freeCapacity: { rows: free.rows, total: free.total },
    warnings,
  };
}
