import "server-only";
import type { Prisma } from "../generated/prisma/client.ts";
import type { AuditAction } from "./audit-actions.ts";
import type { Viewer } from "./viewer-types.ts";

// Writes one audit event, inside the caller's transaction so that the change and its
// record commit or fail together. Passwords, hashes and tokens never go in.

export type AuditEntry = {
  /** One of the listed codes (lib/dal/audit-actions.ts), each with a label in the catalogs. */
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  requestId?: string | null;
  /** For events without a signed-in viewer (failed sign-in): who was named. */
  actorLabel?: string;
};

type AuditWriter = { auditEvent: { create(args: { data: Prisma.AuditEventUncheckedCreateInput }): Promise<unknown> } };

export async function recordAudit(db: AuditWriter, viewer: Viewer, entry: AuditEntry): Promise<void> {
  const user = viewer.kind === "user" ? viewer : null;
  await db.auditEvent.create({
    data: {
      actorId: user?.userId ?? null,
      actor: entry.actorLabel ?? user?.email ?? "anonym",
      actorRole: user?.role ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      requestId: entry.requestId ?? null,
    },
  });
}
