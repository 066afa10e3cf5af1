import type { Prisma } from "../../generated/prisma/client.ts";
import { recordAudit } from "../audit.ts";
import type { AuditAction } from "../audit-actions.ts";
import { NotFoundError } from "../errors.ts";
import type { Viewer } from "../viewer-types.ts";
import type { Tx } from "./transaction.ts";
import { unlessStale } from "./transaction.ts";
import { stale, type WriteFailure, type WriteResult, written } from "./write-result.ts";

// The one versioned update of a record, inside the caller's transaction (writeInTransaction):
// read it, refuse a stale form with the stored values, write only if the version is still the
// one the form was opened with (so two saves cannot both win), and audit before/after in the
// same transaction. The record kinds differ only in their table, snapshot and form values.

/** What the update needs of a Prisma model delegate (tx.district, tx.provider, …). */
export type VersionedTable<Row, Data> = {
  findUnique(args: { where: { id: string } }): Promise<Row | null>;
  findUniqueOrThrow(args: { where: { id: string } }): Promise<Row>;
  updateMany(args: { where: { id: string; version: number }; data: Data }): Promise<{ count: number }>;
};

export type VersionedUpdate<Row extends { version: number }, Data, Current> = {
  table: (tx: Tx) => VersionedTable<Row, Data & { version: { increment: number } }>;
  /** The record as the NotFound message names it ("Stadtbezirk"). */
  what: string;
  /** The audit log's entity name ("District"). */
  entity: string;
  id: string;
  /** The version the form was opened with. */
  version: number;
  /** A check of the change against the stored record that the database cannot make. */
  check?: (tx: Tx, before: Row) => Promise<WriteFailure<never> | null>;
  /** The change to make, or null when there is nothing to change (no write, no audit entry). */
  change: (before: Row) => Data | null;
  /** Further writes of the same change in other tables (a school's pupil count), before the audit's "after". */
  alsoWrite?: (tx: Tx, before: Row) => Promise<void>;
  action: AuditAction | ((before: Row) => AuditAction);
  snapshot: (row: Row) => Prisma.InputJsonValue;
  /** The stored values a stale form is shown next to its own. */
  current: (row: Row) => Current;
  actor: Viewer;
  requestId?: string | null;
};

export async function versionedUpdate<Row extends { version: number }, Data, Current>(
  tx: Tx,
  update: VersionedUpdate<Row, Data, Current>,
): Promise<WriteResult<{ id: string }, Current>> {
  const table = update.table(tx);
  const { id, version } = update;
  const before = await table.findUnique({ where: { id } });
  if (!before) throw new NotFoundError(update.what);
  if (before.version !== version) return stale(update.current(before));
  const refusal = await update.check?.(tx, before);
  if (refusal) return refusal;
  const data = update.change(before);
  if (!data) return written({ id });
  const { count } = await table.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  const conflict = await unlessStale(count, async () =>
    update.current(await table.findUniqueOrThrow({ where: { id } })),
  );
  if (conflict) return conflict;
  await update.alsoWrite?.(tx, before);
  const after = await table.findUniqueOrThrow({ where: { id } });
  await recordAudit(tx, update.actor, {
    action: typeof update.action === "function" ? update.action(before) : update.action,
    entity: update.entity,
    entityId: id,
    before: update.snapshot(before),
    after: update.snapshot(after),
    requestId: update.requestId,
  });
  return written({ id });
}
