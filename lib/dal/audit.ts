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
  /** The event this change is part of (an import's own event for each record it wrote). */
  partOfId?: bigint | null;
};

type AuditWriter = {
  auditEvent: {
    create(args: { data: Prisma.AuditEventUncheckedCreateInput; select: { id: true } }): Promise<{ id: bigint }>;
  };
};
type AuditBatchWriter = {
  auditEvent: { createMany(args: { data: Prisma.AuditEventCreateManyInput[] }): Promise<unknown> };
};

function rowOf(viewer: Viewer, entry: AuditEntry): Prisma.AuditEventUncheckedCreateInput {
  const user = viewer.kind === "user" ? viewer : null;
  return {
    actorId: user?.userId ?? null,
    actor: entry.actorLabel ?? user?.email ?? "anonym",
    actorRole: user?.role ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: entry.before ?? undefined,
    after: entry.after ?? undefined,
    requestId: entry.requestId ?? null,
    partOfId: entry.partOfId ?? null,
  };
}

/** Writes one event; returns its id (for events that are part of it). */
export async function recordAudit(db: AuditWriter, viewer: Viewer, entry: AuditEntry): Promise<bigint> {
  const { id } = await db.auditEvent.create({ data: rowOf(viewer, entry), select: { id: true } });
  return id;
}

/** Writes many events of one viewer in one statement (an import's per-record entries). */
export async function recordAuditBatch(db: AuditBatchWriter, viewer: Viewer, entries: AuditEntry[]): Promise<void> {
  if (entries.length > 0) await db.auditEvent.createMany({ data: entries.map((entry) => rowOf(viewer, entry)) });
}
