import { type AuditEntry, recordAudit } from "./audit.ts";
import { NotFoundError } from "./errors.ts";
import type { Viewer } from "./viewer-types.ts";

// A refused access is audited (who asked for what) and then answers exactly like a missing
// record. Anonymous refusals are not recorded: they are redirected to sign in, and logging
// them would let anyone grow the append-only audit table.

type AuditDb = Parameters<typeof recordAudit>[0];

export async function denyAccess(
  db: AuditDb,
  viewer: Viewer,
  denied: { capability: string; what?: string; entityId?: string | null },
): Promise<never> {
  if (viewer.kind === "user") {
    const entry: AuditEntry = {
      action: "access.denied",
      entity: denied.capability,
      entityId: denied.entityId ?? null,
      after: denied.what ? { what: denied.what } : null,
    };
    await recordAudit(db, viewer, entry);
  }
  throw new NotFoundError(denied.what);
}
