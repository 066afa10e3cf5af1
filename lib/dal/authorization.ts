import { type Capability, type Reach, reachOf } from "../permissions.ts";
import { type AuditEntry, recordAudit } from "./audit.ts";
import { NotFoundError, UnauthenticatedError } from "./errors.ts";
import { audienceOf, type SignedInViewer, type Viewer } from "./viewer-types.ts";

// The one place that turns (viewer, capability, record) into "allowed" or into the answer a
// missing record gives. Every refusal of a signed-in viewer is audited the same way
// (access.denied: the capability, the record's id when there is one, what was asked for) and
// then throws the same NotFoundError a record that does not exist throws (docs/domain.md,
// docs/decisions/0006-forbidden-is-not-found.md). A visitor who is not signed in is refused
// the same way but not recorded: logging them would let anyone grow the append-only audit
// table. (Pages send visitors to sign in before they get here.)
//
// `db` is the client of the caller (the app's or an operator command's), so that the audit
// entry is written where the request is served.

type AuditDb = Parameters<typeof recordAudit>[0];

/** What was refused: the capability, the record (if any) and how the NotFound names it. */
export type Refusal = { capability: Capability; what?: string; entityId?: string | null };

/** Audits the refusal and throws the NotFound of a missing record. */
export async function denyAccess(db: AuditDb, viewer: Viewer, refusal: Refusal): Promise<never> {
  if (viewer.kind === "user") {
    const entry: AuditEntry = {
      action: "access.denied",
      entity: refusal.capability,
      entityId: refusal.entityId ?? null,
      after: refusal.what ? { what: refusal.what } : null,
    };
    await recordAudit(db, viewer, entry);
  }
  throw new NotFoundError(refusal.what);
}

/** The signed-in viewer, or UnauthenticatedError (row filters: the page sends the visitor to sign in). */
export function signedIn(viewer: Viewer): SignedInViewer {
  if (viewer.kind !== "user") throw new UnauthenticatedError();
  return viewer;
}

/** The viewer's reach for the capability, or the audited NotFound when they have none. */
export async function requireReach(
  db: AuditDb,
  viewer: Viewer,
  refusal: Refusal,
): Promise<{ viewer: SignedInViewer; reach: Reach }> {
  const reach = reachOf(audienceOf(viewer), refusal.capability);
  if (!reach || viewer.kind !== "user") return denyAccess(db, viewer, refusal);
  return { viewer, reach };
}

/** The viewer holds the capability for every record ("all"), or the audited NotFound. */
export async function requireAll(db: AuditDb, viewer: Viewer, refusal: Refusal): Promise<SignedInViewer> {
  if (viewer.kind !== "user" || reachOf(viewer.role, refusal.capability) !== "all") {
    return denyAccess(db, viewer, refusal);
  }
  return viewer;
}

/**
 * After a lookup scoped to the viewer's reach found nothing: when the record exists outside
 * that reach the attempt is audited; either way the answer is the same NotFound.
 */
export async function missingOrDenied(
  db: AuditDb,
  viewer: Viewer,
  refusal: Refusal & { entityId: string; exists: () => Promise<number> },
): Promise<never> {
  const { exists, ...denied } = refusal;
  if ((await exists()) > 0) return denyAccess(db, viewer, denied);
  throw new NotFoundError(refusal.what);
}

/**
 * The reach for a row filter, synchronously and without an audit entry: only for capabilities
 * every signed-in role holds (schools, staff and assignments are read by all of them, each
 * within its reach), where the refusals that matter are records outside that reach, answered
 * by missingOrDenied. A visitor is sent to sign in.
 */
export function reachFor(viewer: Viewer, capability: Capability, what: string): Reach {
  const reach = reachOf(audienceOf(viewer), capability);
  if (!reach) throw viewer.kind === "user" ? new NotFoundError(what) : new UnauthenticatedError();
  return reach;
}
