import type { Prisma } from "../generated/prisma/client.ts";
import { reachFor, signedIn } from "./authorization.ts";
import { NotFoundError } from "./errors.ts";
import type { Viewer } from "./viewer-types.ts";

// Row filters that put the permission table into the query itself: a record outside the
// viewer's reach is simply not found, exactly like one that does not exist.

/** Nothing matches: for a bound role whose binding is missing. */
const NOTHING = { id: { in: [] as string[] } };

export function schoolFilter(viewer: Viewer): Prisma.SchoolWhereInput {
  const user = signedIn(viewer);
  const reach = reachFor(viewer, "schools.read", "Schule");
  if (reach === "all" || reach === "names") return {};
  return user.schoolId ? { id: user.schoolId } : NOTHING;
}

export function staffFilter(viewer: Viewer): Prisma.StaffMemberWhereInput {
  const user = signedIn(viewer);
  const reach = reachFor(viewer, "staff.read", "Fachkraft");
  if (reach === "all") return {};
  if (user.role === "PROVIDER") return user.providerId ? { providerId: user.providerId } : NOTHING;
  // A school head sees the staff assigned to their school (at any time).
  return user.schoolId ? { assignments: { some: { schoolId: user.schoolId } } } : NOTHING;
}

export function assignmentFilter(viewer: Viewer): Prisma.AssignmentWhereInput {
  const user = signedIn(viewer);
  const reach = reachFor(viewer, "assignments.read", "Einsatz");
  if (reach === "all") return {};
  if (user.role === "PROVIDER") return user.providerId ? { staffMember: { providerId: user.providerId } } : NOTHING;
  return user.schoolId ? { schoolId: user.schoolId } : NOTHING;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a URL: anything that is not a UUID cannot name a record. */
export function checkedId(id: string, what: string): string {
  if (!UUID.test(id)) throw new NotFoundError(what);
  return id;
}
