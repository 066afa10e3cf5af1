import type { Prisma } from "../../generated/prisma/client.ts";
import { type AuditEntry, recordAuditBatch } from "../audit.ts";
import type { AuditAction } from "../audit-actions.ts";
import { districtSnapshot } from "../districts.ts";
import { fundingSnapshot } from "../funding-sources.ts";
import { providerSnapshot } from "../providers.ts";
import { schoolSnapshot } from "../schools.ts";
import { staffSnapshot } from "../staff.ts";
import type { Viewer } from "../viewer-types.ts";
import { assignmentSnapshot } from "./assignment-snapshot.ts";
import type { Tx } from "./import-stage.ts";

// Step 4 of a commit: every record the import created or changed gets the audit entry a form
// edit writes (the same action code, entity and before/after snapshot, from the same snapshot
// functions), each pointing to the import's own event (partOfId). The "before" snapshots are
// taken from the staged ids before the writes, the "after" ones after them; both in chunks,
// so that a large import holds only one chunk of rows at a time.

const CHUNK = 2_000;

type Json = Prisma.InputJsonValue;

/** One kind of record: where its staged rows are, and how to read and show it. */
type Kind = {
  entity: string;
  table: string;
  created: AuditAction;
  updated: AuditAction | null;
  read(tx: Tx, ids: string[]): Promise<{ id: string; snapshot: Json }[]>;
};

const inIds = (ids: string[]) => ({ id: { in: ids } });

const KINDS: Kind[] = [
  {
    entity: "Provider",
    table: "imp_provider",
    created: "provider.created",
    updated: "provider.updated",
    read: async (tx, ids) =>
      (await tx.provider.findMany({ where: inIds(ids) })).map((row) => ({
        id: row.id,
        snapshot: providerSnapshot(row),
      })),
  },
  {
    entity: "District",
    // Districts are created with their school (never updated by an import).
    table: "imp_district",
    created: "district.created",
    updated: null,
    read: async (tx, ids) =>
      (await tx.district.findMany({ where: inIds(ids) })).map((row) => ({
        id: row.id,
        snapshot: districtSnapshot(row),
      })),
  },
  {
    entity: "School",
    table: "imp_school",
    created: "school.created",
    updated: "school.updated",
    read: async (tx, ids) =>
      (await tx.school.findMany({ where: inIds(ids) })).map((row) => ({
        id: row.id,
        snapshot: schoolSnapshot(row),
      })),
  },
  {
    entity: "FundingSource",
    table: "imp_funding",
    created: "funding_source.created",
    updated: "funding_source.updated",
    read: async (tx, ids) =>
      (await tx.fundingSource.findMany({ where: inIds(ids) })).map((row) => ({
        id: row.id,
        snapshot: fundingSnapshot(row),
      })),
  },
  {
    entity: "StaffMember",
    table: "imp_staff",
    created: "staff.created",
    updated: "staff.updated",
    read: async (tx, ids) =>
      (await tx.staffMember.findMany({ where: inIds(ids) })).map((row) => ({
        id: row.id,
        snapshot: staffSnapshot(row),
      })),
  },
  {
    entity: "Assignment",
    table: "imp_assignment",
    created: "assignment.created",
    updated: "assignment.updated",
    read: async (tx, ids) =>
      (await tx.assignment.findMany({ where: inIds(ids) })).map((row) => ({
        id: row.id,
        snapshot: assignmentSnapshot(row),
      })),
  },
];

/** The staged ids of one action. Districts have no action: a new one is created with its school. */
async function stagedIds(tx: Tx, kind: Kind, action: "create" | "update"): Promise<string[]> {
  if (kind.table === "imp_district" && action === "update") return [];
  const where =
    kind.table === "imp_district"
      ? // Fresh ids: a new district that exists now was inserted by this import.
        "NOT d.existing AND EXISTS (SELECT 1 FROM district x WHERE x.id = d.id)"
      : `d.action = '${action}'`;
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT d.id::text AS id FROM ${kind.table} d WHERE ${where} ORDER BY d.id`,
  );
  return rows.map((row) => row.id);
}

async function inChunks(ids: string[], work: (chunk: string[]) => Promise<void>): Promise<void> {
  for (let start = 0; start < ids.length; start += CHUNK) await work(ids.slice(start, start + CHUNK));
}

export type BeforeImages = Map<string, Map<string, Json>>;

/** Before the writes: the stored snapshot of every record the import is about to update. */
export async function snapshotsBeforeWrite(tx: Tx): Promise<BeforeImages> {
  const images: BeforeImages = new Map();
  for (const kind of KINDS) {
    if (!kind.updated) continue;
    const map = new Map<string, Json>();
    await inChunks(await stagedIds(tx, kind, "update"), async (chunk) => {
      for (const row of await kind.read(tx, chunk)) map.set(row.id, row.snapshot);
    });
    images.set(kind.entity, map);
  }
  return images;
}

/** After the writes: one entry per created or updated record, part of the import's event. */
export async function auditImportedRecords(
  tx: Tx,
  viewer: Viewer,
  before: BeforeImages,
  context: { partOfId: bigint; requestId: string | null },
): Promise<number> {
  let written = 0;
  for (const kind of KINDS) {
    for (const action of ["create", "update"] as const) {
      const code = action === "create" ? kind.created : kind.updated;
      if (!code) continue;
      await inChunks(await stagedIds(tx, kind, action), async (chunk) => {
        const entries: AuditEntry[] = (await kind.read(tx, chunk)).map((row) => ({
          action: code,
          entity: kind.entity,
          entityId: row.id,
          before: action === "update" ? (before.get(kind.entity)?.get(row.id) ?? null) : null,
          after: row.snapshot,
          requestId: context.requestId,
          partOfId: context.partOfId,
        }));
        await recordAuditBatch(tx, viewer, entries);
        written += entries.length;
      });
    }
  }
  return written;
}
