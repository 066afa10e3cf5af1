import "server-only";
import { prisma } from "../db.ts";
import type { District, Prisma } from "../generated/prisma/client.ts";
import type { DistrictInput, DistrictListQuery, DistrictSortKey, UpdateDistrictInput } from "../schemas/district.ts";
import { type Page, pageOf, pageWindow } from "../schemas/list-query.ts";
import type { ArchiveInput } from "../schemas/master-data-fields.ts";
import { recordAudit } from "./audit.ts";
import type { AuditAction } from "./audit-actions.ts";
import { requireAll } from "./authorization.ts";
import { NotFoundError } from "./errors.ts";
import type { WriteContext } from "./internal/master-data.ts";
import { writeInTransaction } from "./internal/transaction.ts";
import { versionedUpdate } from "./internal/versioned-update.ts";
import { type RuleFields, type WriteResult, written } from "./internal/write-result.ts";
import { checkedId } from "./scopes.ts";
import type { Viewer } from "./viewer-types.ts";

// City districts (Stadtbezirke): part of the schools' master data. Read by whoever reads
// all schools (admin, supervisor); written by the admin.

export type DistrictRow = { id: string; name: string; schoolCount: number; archived: boolean };

/** Districts are listed only to viewers who read every school. */
const requireAllSchools = (viewer: Viewer) =>
  requireAll(prisma, viewer, { capability: "schools.read", what: "Stadtbezirk" });

const ORDER: Record<DistrictSortKey, (dir: Prisma.SortOrder) => Prisma.DistrictOrderByWithRelationInput[]> = {
  name: (dir) => [{ name: dir }],
  schools: (dir) => [{ schools: { _count: dir } }, { name: "asc" }],
};

export async function listDistricts(viewer: Viewer, query: DistrictListQuery): Promise<Page<DistrictRow>> {
  await requireAllSchools(viewer);
  const where: Prisma.DistrictWhereInput = {
    AND: [
      ...(query.archived ? [] : [{ archivedAt: null }]),
      ...(query.q ? [{ name: { contains: query.q, mode: "insensitive" as const } }] : []),
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.district.findMany({
      where,
      orderBy: [...ORDER[query.sort](query.dir), { id: "asc" }],
      ...pageWindow(query),
      include: { _count: { select: { schools: true } } },
    }),
    prisma.district.count({ where }),
  ]);
  return pageOf(
    rows.map((row) => ({
      id: row.id,
      name: row.name,
      schoolCount: row._count.schools,
      archived: row.archivedAt !== null,
    })),
    total,
    query,
  );
}

export type DistrictOption = { id: string; label: string; archived: boolean };

/**
 * Districts for a select: the not archived ones, plus `keep` (a record's current district,
 * even if archived since, so that the form can show it). With `includeArchived`, all (filters).
 */
export async function listDistrictOptions(
  viewer: Viewer,
  options: { keep?: string; includeArchived?: boolean } = {},
): Promise<DistrictOption[]> {
  await requireAllSchools(viewer);
  const where: Prisma.DistrictWhereInput = options.includeArchived
    ? {}
    : { OR: [{ archivedAt: null }, ...(options.keep ? [{ id: options.keep }] : [])] };
  const rows = await prisma.district.findMany({ where, orderBy: { name: "asc" } });
  return rows.map((row) => ({ id: row.id, label: row.name, archived: row.archivedAt !== null }));
}

export type DistrictFormValues = { name: string };
export type DistrictCurrent = DistrictFormValues & { version: string };
const currentOf = (row: District): DistrictCurrent => ({ name: row.name, version: String(row.version) });

export type DistrictForEdit = {
  id: string;
  name: string;
  version: number;
  archived: boolean;
  schoolCount: number;
  values: DistrictFormValues;
};

export async function getDistrictForEdit(viewer: Viewer, id: string): Promise<DistrictForEdit> {
  await requireAll(prisma, viewer, { capability: "schools.write", what: "Stadtbezirk", entityId: id });
  const row = await prisma.district.findUnique({
    where: { id: checkedId(id, "Stadtbezirk") },
    include: { _count: { select: { schools: true } } },
  });
  if (!row) throw new NotFoundError("Stadtbezirk");
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    archived: row.archivedAt !== null,
    schoolCount: row._count.schools,
    values: { name: row.name },
  };
}

const RULES: RuleFields = {
  district_name_key: { field: "name", key: "duplicate" },
  "23505": { field: "name", key: "duplicate" },
};

export const districtSnapshot = (row: District) => ({
  name: row.name,
  archivedAt: row.archivedAt?.toISOString() ?? null,
  version: row.version,
});

export async function createDistrict(
  viewer: Viewer,
  input: DistrictInput,
  context: WriteContext = {},
): Promise<WriteResult<{ id: string }>> {
  const actor = await requireAll(prisma, viewer, { capability: "schools.write", what: "Stadtbezirk" });
  return writeInTransaction(
    prisma,
    async (tx) => {
      const row = await tx.district.create({ data: { name: input.name } });
      await recordAudit(tx, actor, {
        action: "district.created",
        entity: "District",
        entityId: row.id,
        after: districtSnapshot(row),
        requestId: context.requestId,
      });
      return written({ id: row.id });
    },
    RULES,
  );
}

async function guardedUpdate(
  viewer: Viewer,
  id: string,
  version: number,
  change: (before: District) => Prisma.DistrictUpdateManyMutationInput | null,
  action: (before: District) => AuditAction,
  context: WriteContext,
): Promise<WriteResult<{ id: string }, DistrictCurrent>> {
  const actor = await requireAll(prisma, viewer, { capability: "schools.write", what: "Stadtbezirk", entityId: id });
  return writeInTransaction<{ id: string }, DistrictCurrent>(
    prisma,
    (tx) =>
      versionedUpdate(tx, {
        table: (t) => t.district,
        what: "Stadtbezirk",
        entity: "District",
        id,
        version,
        change,
        action,
        snapshot: districtSnapshot,
        current: currentOf,
        actor,
        requestId: context.requestId,
      }),
    RULES,
  );
}

export function updateDistrict(viewer: Viewer, input: UpdateDistrictInput, context: WriteContext = {}) {
  return guardedUpdate(
    viewer,
    input.id,
    input.version,
    () => ({ name: input.name }),
    () => "district.updated",
    context,
  );
}

/** Archived districts leave the selection lists; their schools keep them (history, figures). */
export function setDistrictArchived(viewer: Viewer, input: ArchiveInput, context: WriteContext = {}) {
  return guardedUpdate(
    viewer,
    input.id,
    input.version,
    (before) =>
      (before.archivedAt !== null) === input.archived ? null : { archivedAt: input.archived ? new Date() : null },
    () => (input.archived ? "district.archived" : "district.unarchived"),
    context,
  );
}
