import { prisma } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Capability, Reach } from "../../permissions.ts";
import { missingOrDenied, requireReach } from "../authorization.ts";
import { checkedId, staffFilter } from "../scopes.ts";
import type { Viewer } from "../viewer-types.ts";

// Who may touch which staff member. A refusal is audited (when the record exists) and then
// answers exactly like a missing record.

export const STAFF = "Fachkraft";
export const ASSIGNMENT = "Einsatz";

/** After a scoped lookup found nothing: audit an attempt on an existing record, then NotFound. */
export async function staffNotFound(viewer: Viewer, capability: Capability, id: string): Promise<never> {
  return missingOrDenied(prisma, viewer, {
    capability,
    what: STAFF,
    entityId: id,
    exists: () => prisma.staffMember.count({ where: { id } }),
  });
}

/**
 * For a write: the id checked, the viewer's reach, and the row filter that keeps the write
 * within it (a provider writes only their own staff). Throws NotFound when out of reach.
 */
export async function staffWriteScope(
  viewer: Viewer,
  id: string,
): Promise<{ id: string; reach: Reach; scope: Prisma.StaffMemberWhereInput }> {
  const { reach } = await requireReach(prisma, viewer, { capability: "staff.write", what: STAFF, entityId: id });
  const checked = checkedId(id, STAFF);
  const scope = staffFilter(viewer);
  if ((await prisma.staffMember.count({ where: { AND: [{ id: checked }, scope] } })) === 0) {
    return staffNotFound(viewer, "staff.write", checked);
  }
  return { id: checked, reach, scope };
}
