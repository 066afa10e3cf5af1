import type { Prisma } from "../generated/prisma/client.ts";
import { type Capability, reachOf } from "../permissions.ts";
import { NotFoundError, UnauthenticatedError } from "./errors.ts";
import { audienceOf, type SignedInViewer, type Viewer } from "./viewer-types.ts";

// Row filters that put the permission table into the query itself: a record outside the
// viewer's reach is simply not found, exactly like one that does not exist.

function signedIn(viewer: Viewer): SignedInViewer {
  if (viewer.kind !== "user") throw new UnauthenticatedError();
  return viewer;
}

/**
 * Throws NotFound when the viewer has no reach at all for the capability. (Every signed-in
 * role has some reach for schools, staff and assignments; the refusals that matter there are
 * records outside that reach, audited by staffNotFound and notFoundOrDenied.)
 */
export function reachFor(viewer: Viewer, capability: Capability, what: string) {
  const reach = reachOf(audienceOf(viewer), capability);
  if (!reach) throw viewer.kind === "user" ? new NotFoundError(what) : new UnauthenticatedError();
  return reach;
}

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
