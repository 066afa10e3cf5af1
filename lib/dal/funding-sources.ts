import "server-only";
import type { IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import type { FundingSource, Prisma } from "../generated/prisma/client.ts";
import type {
  FundingField,
  FundingListQuery,
  FundingSortKey,
  FundingSourceInput,
  UpdateFundingSourceInput,
} from "../schemas/funding-source.ts";
import { type Page, pageOf, pageWindow } from "../schemas/list-query.ts";
import type { ArchiveInput } from "../schemas/master-data-fields.ts";
import { recordAudit } from "./audit.ts";
import type { AuditAction } from "./audit-actions.ts";
import { requireAll, requireReach } from "./authorization.ts";
import { NotFoundError } from "./errors.ts";
import { fundingValidOn } from "./internal/dated-filters.ts";
import { dateOf, isoOf, optionalDateOf, type WriteContext } from "./internal/master-data.ts";
import { writeInTransaction } from "./internal/transaction.ts";
import { versionedUpdate } from "./internal/versioned-update.ts";
import { type RuleFields, type WriteResult, written } from "./internal/write-result.ts";
import { checkedId } from "./scopes.ts";
import type { Viewer } from "./viewer-types.ts";

// Funding sources (Finanzierungen): read by admin and supervisor, written by the admin.

export type FundingRow = {
  id: string;
  name: string;
  kind: FundingSource["kind"];
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  reference: string | null;
  archived: boolean;
};

function rowOf(row: FundingSource): FundingRow {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    validFrom: isoOf(row.validFrom) ?? "",
    validUntil: isoOf(row.validUntil),
    reference: row.reference,
    archived: row.archivedAt !== null,
  };
}

/** Anyone without a reach for funding sources (provider, school head) gets NotFound, audited. */
const requireRead = (viewer: Viewer, entityId?: string) =>
  requireReach(prisma, viewer, { capability: "fundingSources.read", what: "Finanzierung", entityId });

const ORDER: Record<FundingSortKey, (dir: Prisma.SortOrder) => Prisma.FundingSourceOrderByWithRelationInput[]> = {
  name: (dir) => [{ name: dir }],
  kind: (dir) => [{ kind: dir }, { name: "asc" }],
  validFrom: (dir) => [{ validFrom: dir }, { name: "asc" }],
  // Open-ended sources run longest: last when ascending.
  validUntil: (dir) => [{ validUntil: { sort: dir, nulls: dir === "asc" ? "last" : "first" } }, { name: "asc" }],
};

function validAtFilter(date: IsoDate | null): Prisma.FundingSourceWhereInput[] {
  if (!date) return [];
  const day = dateOf(date);
  return [fundingValidOn(day)];
}

export async function listFundingSources(viewer: Viewer, query: FundingListQuery): Promise<Page<FundingRow>> {
  await requireRead(viewer);
  const where: Prisma.FundingSourceWhereInput = {
    AND: [
      ...(query.archived ? [] : [{ archivedAt: null }]),
      ...(query.kind ? [{ kind: query.kind }] : []),
      ...validAtFilter(query.validAt),
      ...(query.q
        ? [
            {
              OR: [
                { name: { contains: query.q, mode: "insensitive" as const } },
                { reference: { contains: query.q, mode: "insensitive" as const } },
              ],
            },
          ]
        : []),
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.fundingSource.findMany({
      where,
      orderBy: [...ORDER[query.sort](query.dir), { id: "asc" }],
      ...pageWindow(query),
    }),
    prisma.fundingSource.count({ where }),
  ]);
  return pageOf(rows.map(rowOf), total, query);
}

/** Not archived sources valid at `date` (when given), for an assignment's select. */
export async function listFundingSourceOptions(
  viewer: Viewer,
  date: IsoDate | null = null,
): Promise<{ id: string; label: string }[]> {
  await requireRead(viewer);
  const rows = await prisma.fundingSource.findMany({
    where: { AND: [{ archivedAt: null }, ...validAtFilter(date)] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return rows.map((row) => ({ id: row.id, label: row.name }));
}

export type FundingDetail = FundingRow & {
  version: number;
  /** The assignments this source pays for at the key date (active by docs/domain.md), and their FTE. */
  atDate: { date: IsoDate; assignments: number; fteMilli: number };
};

export async function getFundingSource(viewer: Viewer, id: string, date: IsoDate): Promise<FundingDetail> {
  await requireRead(viewer, id);
  const row = await prisma.fundingSource.findUnique({ where: { id: checkedId(id, "Finanzierung") } });
  if (!row) throw new NotFoundError("Finanzierung");
  const [carried] = await prisma.$queryRaw<{ assignments: number; fte_milli: number }[]>`
    SELECT COUNT(*)::int AS assignments, COALESCE(SUM(a.fte) * 1000, 0)::int AS fte_milli
      FROM active_assignments(${date}::date) a
     WHERE a.funding_source_id = ${row.id}::uuid`;
  return {
    ...rowOf(row),
    version: row.version,
    atDate: { date, assignments: carried?.assignments ?? 0, fteMilli: carried?.fte_milli ?? 0 },
  };
}

// --- the edit form ------------------------------------------------------------------------

export type FundingFormValues = Record<FundingField, string>;
export type FundingCurrent = FundingFormValues & { version: string };

export function fundingFormValues(row: FundingSource): FundingFormValues {
  return {
    name: row.name,
    kind: row.kind,
    validFrom: isoOf(row.validFrom) ?? "",
    validUntil: isoOf(row.validUntil) ?? "",
    reference: row.reference ?? "",
  };
}
const currentOf = (row: FundingSource): FundingCurrent => ({ ...fundingFormValues(row), version: String(row.version) });

export type FundingForEdit = {
  id: string;
  name: string;
  version: number;
  archived: boolean;
  values: FundingFormValues;
};

export async function getFundingSourceForEdit(viewer: Viewer, id: string): Promise<FundingForEdit> {
  await requireAll(prisma, viewer, { capability: "fundingSources.write", what: "Finanzierung", entityId: id });
  const row = await prisma.fundingSource.findUnique({ where: { id: checkedId(id, "Finanzierung") } });
  if (!row) throw new NotFoundError("Finanzierung");
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    archived: row.archivedAt !== null,
    values: fundingFormValues(row),
  };
}

// --- writes ---------------------------------------------------------------------------------

const RULES: RuleFields = {
  funding_source_name_key: { field: "name", key: "duplicate" },
  "23505": { field: "name", key: "duplicate" },
};

export const fundingSnapshot = (row: FundingSource) => ({
  ...fundingFormValues(row),
  archivedAt: row.archivedAt?.toISOString() ?? null,
  version: row.version,
});

function dataOf(input: FundingSourceInput) {
  return {
    name: input.name,
    kind: input.kind,
    validFrom: dateOf(input.validFrom),
    validUntil: optionalDateOf(input.validUntil),
    reference: input.reference,
  };
}

export async function createFundingSource(
  viewer: Viewer,
  input: FundingSourceInput,
  context: WriteContext = {},
): Promise<WriteResult<{ id: string }>> {
  const actor = await requireAll(prisma, viewer, { capability: "fundingSources.write", what: "Finanzierung" });
  return writeInTransaction(
    prisma,
    async (tx) => {
      const row = await tx.fundingSource.create({ data: dataOf(input) });
      await recordAudit(tx, actor, {
        action: "funding_source.created",
        entity: "FundingSource",
        entityId: row.id,
        after: fundingSnapshot(row),
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
  change: (before: FundingSource) => Prisma.FundingSourceUpdateManyMutationInput | null,
  action: AuditAction,
  context: WriteContext,
): Promise<WriteResult<{ id: string }, FundingCurrent>> {
  const actor = await requireAll(prisma, viewer, {
    capability: "fundingSources.write",
    what: "Finanzierung",
    entityId: id,
  });
  return writeInTransaction<{ id: string }, FundingCurrent>(
    prisma,
    (tx) =>
      versionedUpdate(tx, {
        table: (t) => t.fundingSource,
        what: "Finanzierung",
        entity: "FundingSource",
        id,
        version,
        change,
        action,
        snapshot: fundingSnapshot,
        current: currentOf,
        actor,
        requestId: context.requestId,
      }),
    RULES,
  );
}

export function updateFundingSource(viewer: Viewer, input: UpdateFundingSourceInput, context: WriteContext = {}) {
  const { id, version, ...fields } = input;
  return guardedUpdate(viewer, id, version, () => dataOf(fields), "funding_source.updated", context);
}

/** Archived sources leave the selection lists; assignments keep them (history, figures). */
export function setFundingSourceArchived(viewer: Viewer, input: ArchiveInput, context: WriteContext = {}) {
  return guardedUpdate(
    viewer,
    input.id,
    input.version,
    (before) =>
      (before.archivedAt !== null) === input.archived ? null : { archivedAt: input.archived ? new Date() : null },
    input.archived ? "funding_source.archived" : "funding_source.unarchived",
    context,
  );
}
