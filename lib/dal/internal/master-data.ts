import type { IsoDate } from "../../coverage/types.ts";
import { prisma } from "../../db.ts";
import { type Capability, type Reach, reachOf } from "../../permissions.ts";
import { denyAccess } from "../access-denied.ts";
import { NotFoundError, UnauthenticatedError } from "../errors.ts";
import type { SignedInViewer, Viewer } from "../viewer-types.ts";

// Shared by the master-data DAL (schools, providers, districts, funding sources): who may
// write, how a refusal is audited, and the date conversions of @db.Date columns.

/** Where a change came from, for its audit event. */
export type WriteContext = { requestId?: string | null };

/**
 * The viewer's reach for a write capability, or an audited refusal (NotFound: a write the
 * viewer may not make looks exactly like a record that does not exist).
 */
export async function writeReach(
  viewer: Viewer,
  capability: Capability,
  what: string,
  entityId?: string | null,
): Promise<{ viewer: SignedInViewer; reach: Reach }> {
  if (viewer.kind !== "user") throw new UnauthenticatedError();
  const reach = reachOf(viewer.role, capability);
  if (!reach) return denyAccess(prisma, viewer, { capability, what, entityId });
  return { viewer, reach };
}

/** Only the admin ("all") may make this change; anyone else gets an audited NotFound. */
export async function requireFullWrite(
  viewer: Viewer,
  capability: Capability,
  what: string,
  entityId?: string | null,
): Promise<SignedInViewer> {
  const granted = await writeReach(viewer, capability, what, entityId);
  if (granted.reach !== "all") return denyAccess(prisma, granted.viewer, { capability, what, entityId });
  return granted.viewer;
}

/**
 * After a scoped lookup found nothing: a record that exists outside the viewer's reach is an
 * attempted access and is audited; either way the answer is the same NotFound.
 */
export async function notFoundOrDenied(
  viewer: Viewer,
  capability: string,
  what: string,
  id: string,
  exists: () => Promise<number>,
): Promise<never> {
  if ((await exists()) > 0) return denyAccess(prisma, viewer, { capability, what, entityId: id });
  throw new NotFoundError(what);
}

/** A @db.Date value as YYYY-MM-DD. */
export const isoOf = (date: Date | null): IsoDate | null => (date ? date.toISOString().slice(0, 10) : null);

/** YYYY-MM-DD as the Date Prisma writes to a @db.Date column. */
export const dateOf = (iso: IsoDate): Date => new Date(`${iso}T00:00:00Z`);
export const optionalDateOf = (iso: IsoDate | null): Date | null => (iso ? dateOf(iso) : null);
