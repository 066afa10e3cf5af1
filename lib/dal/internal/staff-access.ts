import { prisma } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type Capability, type Reach, reachOf } from "../../permissions.ts";
import { denyAccess } from "../access-denied.ts";
import { NotFoundError } from "../errors.ts";
import { checkedId, staffFilter } from "../scopes.ts";
import { audienceOf, type Viewer } from "../viewer-types.ts";

// Who may touch which staff member. A refusal is audited (when the record exists) and then
// answers exactly like a missing record.

export const STAFF = "Fachkraft";
export const ASSIGNMENT = "Einsatz";

/** The viewer's reach for a capability; NotFound (audited) when they have none. */
export async function requireReach(viewer: Viewer, capability: Capability, entityId?: string): Promise<Reach> {
  const reach = reachOf(audienceOf(viewer), capability);
  if (!reach) return denyAccess(prisma, viewer, { capability, what: STAFF, entityId: entityId ?? null });
  return reach;
}

/** The viewer may do `capability` to every record, or is refused (audited, NotFound). */
export async function requireAll(viewer: Viewer, capability: Capability, what: string, entityId?: string) {
  if (reachOf(audienceOf(viewer), capability) !== "all") {
    await denyAccess(prisma, viewer, { capability, what, entityId: entityId ?? null });
  }
}

/** After a scoped lookup found nothing: audit an attempt on an existing record, then NotFound. */
export async function staffNotFound(viewer: Viewer, capability: Capability, id: string): Promise<never> {
  if ((await prisma.staffMember.count({ where: { id } })) > 0) {
    return denyAccess(prisma, viewer, { capability, what: STAFF, entityId: id });
  }
  throw new NotFoundError(STAFF);
}

/**
 * For a write: the id checked, the viewer's reach, and the row filter that keeps the write
 * within it (a provider writes only their own staff). Throws NotFound when out of reach.
 */
export async function staffWriteScope(
  viewer: Viewer,
  id: string,
): Promise<{ id: string; reach: Reach; scope: Prisma.StaffMemberWhereInput }> {
  const reach = await requireReach(viewer, "staff.write", id);
  const checked = checkedId(id, STAFF);
  const scope = staffFilter(viewer);
  if ((await prisma.staffMember.count({ where: { AND: [{ id: checked }, scope] } })) === 0) {
    return staffNotFound(viewer, "staff.write", checked);
  }
  return { id: checked, reach, scope };
}
