import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { Capability } from "../../permissions.ts";
import { type AuditEntry, recordAudit } from "../audit.ts";
import { requireAll } from "../authorization.ts";
import { ANONYMOUS, type Viewer } from "../viewer-types.ts";

// Who performs an administrative change: a viewer of the app (checked against the
// capability table) or an operator at the command line (`npm run stellwerk`), who already
// holds the database credentials and is recorded in the audit log as "CLI".
// Only the CLI passes CLI_OPERATOR; the app's DAL functions (lib/dal/users.ts …) accept
// a Viewer only.

export type CliOperator = { kind: "cli" };
export const CLI_OPERATOR: CliOperator = Object.freeze({ kind: "cli" });
export type Actor = Viewer | CliOperator;

/** The database handle the shared admin functions work with (the app's client or the CLI's). */
export type AdminDb = PrismaClient;
type AuditDb = Parameters<typeof recordAudit>[0];

/** Where a change came from, for the audit event (the request id shown with errors). */
export type AuditContext = { requestId?: string | null };

/** Throws NotFoundError (and audits the refusal) unless the actor holds `capability` for every record. */
export async function authorize(db: AuditDb, actor: Actor, capability: Capability): Promise<void> {
  if (actor.kind === "cli") return;
  await requireAll(db, actor, { capability });
}

/** Writes the audit event for a change, inside the caller's transaction. */
export function auditAs(tx: AuditDb, actor: Actor, entry: AuditEntry): Promise<bigint> {
  if (actor.kind === "cli") return recordAudit(tx, ANONYMOUS, { ...entry, actorLabel: "CLI" });
  return recordAudit(tx, actor, entry);
}

/** The signed-in user behind an actor, if any (to stop admins from locking themselves out). */
export function actingUserId(actor: Actor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}
