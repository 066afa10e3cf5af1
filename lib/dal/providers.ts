import "server-only";
import { prisma } from "../db.ts";
import type { Prisma, Provider } from "../generated/prisma/client.ts";
import { todayIso } from "../key-date.ts";
import { type Page, pageOf, pageWindow } from "../schemas/list-query.ts";
import type { ArchiveInput } from "../schemas/master-data-fields.ts";
import type {
  ProviderField,
  ProviderInput,
  ProviderListQuery,
  ProviderSortKey,
  UpdateProviderContactInput,
  UpdateProviderInput,
} from "../schemas/provider.ts";
import { recordAudit } from "./audit.ts";
import type { AuditAction } from "./audit-actions.ts";
import { denyAccess, missingOrDenied, reachFor, requireAll, requireReach } from "./authorization.ts";
import { NotFoundError } from "./errors.ts";
import { employedOn } from "./internal/dated-filters.ts";
import { dateOf, type WriteContext } from "./internal/master-data.ts";
import { type Tx, writeInTransaction } from "./internal/transaction.ts";
import { versionedUpdate } from "./internal/versioned-update.ts";
import { type RuleFields, type WriteResult, written } from "./internal/write-result.ts";
import { checkedId } from "./scopes.ts";
import type { SignedInViewer, Viewer } from "./viewer-types.ts";

// Providers (Träger): admin and supervisor read all; a provider's users read their own and
// may change its contact only; a school head sees the names of the providers whose staff
// work (or worked) at their school. Writes: one transaction with the audit event, guarded
// by the version.

export type ProviderRow = {
  id: string;
  name: string;
  shortName: string;
  kind: Provider["kind"];
  contact: string | null;
  archived: boolean;
};
export type ProviderNameRow = { id: string; name: string; shortName: string };
export type ProviderList = { kind: "full"; page: Page<ProviderRow> } | { kind: "names"; page: Page<ProviderNameRow> };

const NOTHING: Prisma.ProviderWhereInput = { id: { in: [] } };

/** The providers a viewer may read at all (the permission table, in the query). */
function providerScope(viewer: SignedInViewer, reach: string): Prisma.ProviderWhereInput {
  if (reach === "all") return {};
  if (viewer.role === "PROVIDER") return viewer.providerId ? { id: viewer.providerId } : NOTHING;
  // A school head: providers of the staff assigned to their school.
  return viewer.schoolId ? { staff: { some: { assignments: { some: { schoolId: viewer.schoolId } } } } } : NOTHING;
}

function signedInReach(viewer: Viewer) {
  const reach = reachFor(viewer, "providers.read", "Träger");
  return { user: viewer as SignedInViewer, reach };
}

const ORDER: Record<ProviderSortKey, (dir: Prisma.SortOrder) => Prisma.ProviderOrderByWithRelationInput[]> = {
  name: (dir) => [{ name: dir }],
  shortName: (dir) => [{ shortName: dir }],
  kind: (dir) => [{ kind: dir }, { name: "asc" }],
};

function searchFilter(q: string): Prisma.ProviderWhereInput[] {
  if (!q) return [];
  return [
    {
      OR: [{ name: { contains: q, mode: "insensitive" } }, { shortName: { contains: q, mode: "insensitive" } }],
    },
  ];
}

export async function listProviders(viewer: Viewer, query: ProviderListQuery): Promise<ProviderList> {
  const { user, reach } = signedInReach(viewer);
  const window = pageWindow(query);
  if (reach === "names") {
    const where: Prisma.ProviderWhereInput = {
      AND: [providerScope(user, reach), { archivedAt: null }, ...searchFilter(query.q)],
    };
    const order = query.sort === "shortName" ? ORDER.shortName(query.dir) : ORDER.name(query.dir);
    const [rows, total] = await Promise.all([
      prisma.provider.findMany({ where, orderBy: order, ...window, select: { id: true, name: true, shortName: true } }),
      prisma.provider.count({ where }),
    ]);
    return { kind: "names", page: pageOf(rows, total, query) };
  }
  const where: Prisma.ProviderWhereInput = {
    AND: [
      providerScope(user, reach),
      ...(query.archived ? [] : [{ archivedAt: null }]),
      ...(query.kind ? [{ kind: query.kind }] : []),
      ...searchFilter(query.q),
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.provider.findMany({ where, orderBy: [...ORDER[query.sort](query.dir), { id: "asc" }], ...window }),
    prisma.provider.count({ where }),
  ]);
  return {
    kind: "full",
    page: pageOf(
      rows.map((row) => ({
        id: row.id,
        name: row.name,
        shortName: row.shortName,
        kind: row.kind,
        contact: row.contact,
        archived: row.archivedAt !== null,
      })),
      total,
      query,
    ),
  };
}

/** Not archived providers for selection lists, within the viewer's reach. */
export async function listProviderOptions(viewer: Viewer): Promise<{ id: string; label: string }[]> {
  const { user, reach } = signedInReach(viewer);
  const rows = await prisma.provider.findMany({
    where: { AND: [providerScope(user, reach), { archivedAt: null }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return rows.map((row) => ({ id: row.id, label: row.name }));
}

export type ProviderDetail = ProviderRow & {
  version: number;
  /** Staff members employed by the provider today. */
  staffEmployedToday: number;
  /** What the viewer may change: everything (admin), the contact (own provider), nothing. */
  canEdit: "all" | "contact" | null;
};

/** One provider with full data; a school head (names only) and other providers get NotFound. */
export async function getProvider(viewer: Viewer, id: string, today = todayIso()): Promise<ProviderDetail> {
  const { user, reach } = signedInReach(viewer);
  const row =
    reach === "names"
      ? null
      : await prisma.provider.findFirst({
          where: { AND: [{ id: checkedId(id, "Träger") }, providerScope(user, reach)] },
        });
  if (!row) {
    return missingOrDenied(prisma, viewer, {
      capability: "providers.read",
      what: "Träger",
      entityId: id,
      exists: () => prisma.provider.count({ where: { id: checkedId(id, "Träger") } }),
    });
  }
  const day = dateOf(today);
  const staffEmployedToday = await prisma.staffMember.count({
    where: { AND: [{ providerId: row.id }, employedOn(day)] },
  });
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    contact: row.contact,
    archived: row.archivedAt !== null,
    version: row.version,
    staffEmployedToday,
    canEdit: editReach(user, row.id),
  };
}

/** Whether (and how far) the viewer may edit this provider; the writes check it again. */
function editReach(viewer: SignedInViewer, providerId: string): ProviderDetail["canEdit"] {
  if (viewer.role === "ADMIN") return "all";
  if (viewer.role === "PROVIDER" && viewer.providerId === providerId) return "contact";
  return null;
}

// --- the edit forms -------------------------------------------------------------------------

export type ProviderFormValues = Record<ProviderField, string>;
export type ProviderCurrent = ProviderFormValues & { version: string };

export function providerFormValues(row: Provider): ProviderFormValues {
  return { name: row.name, shortName: row.shortName, kind: row.kind, contact: row.contact ?? "" };
}
const currentOf = (row: Provider): ProviderCurrent => ({ ...providerFormValues(row), version: String(row.version) });

export type ProviderForEdit = {
  id: string;
  name: string;
  version: number;
  archived: boolean;
  /** "all": the admin's full form; "contact": a provider's own contact only. */
  mode: "all" | "contact";
  values: ProviderFormValues;
};

/** The provider for its edit form: admin any, a provider's user only their own (contact). */
export async function getProviderForEdit(viewer: Viewer, id: string): Promise<ProviderForEdit> {
  const mode = await contactOrAll(viewer, id);
  const row = await prisma.provider.findUnique({ where: { id: checkedId(id, "Träger") } });
  if (!row) throw new NotFoundError("Träger");
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    archived: row.archivedAt !== null,
    mode,
    values: providerFormValues(row),
  };
}

/** The admin writes everything; a provider's user their own contact; anyone else is refused (audited). */
async function contactOrAll(viewer: Viewer, id: string): Promise<"all" | "contact"> {
  const { viewer: user, reach } = await requireReach(prisma, viewer, {
    capability: "providers.write",
    what: "Träger",
    entityId: id,
  });
  if (reach === "all") return "all";
  if (reach === "ownContact" && user.role === "PROVIDER" && user.providerId === id) return "contact";
  return denyAccess(prisma, user, { capability: "providers.write", what: "Träger", entityId: id });
}

// --- writes ---------------------------------------------------------------------------------

const RULES: RuleFields = {
  provider_name_key: { field: "name", key: "duplicate" },
  provider_short_name_key: { field: "shortName", key: "duplicate" },
};

export function providerSnapshot(row: Provider) {
  return { ...providerFormValues(row), archivedAt: row.archivedAt?.toISOString() ?? null, version: row.version };
}

export async function createProvider(
  viewer: Viewer,
  input: ProviderInput,
  context: WriteContext = {},
): Promise<WriteResult<{ id: string }>> {
  const actor = await requireAll(prisma, viewer, { capability: "providers.write", what: "Träger" });
  return writeInTransaction(
    prisma,
    async (tx) => {
      const row = await tx.provider.create({ data: input });
      await recordAudit(tx, actor, {
        action: "provider.created",
        entity: "Provider",
        entityId: row.id,
        after: providerSnapshot(row),
        requestId: context.requestId,
      });
      return written({ id: row.id });
    },
    RULES,
  );
}

/** One guarded update with its audit event; `change` says what changes (null: nothing to do). */
async function guardedUpdate(
  actor: SignedInViewer,
  id: string,
  version: number,
  change: (before: Provider) => Prisma.ProviderUpdateManyMutationInput | null,
  action: AuditAction,
  context: WriteContext,
): Promise<WriteResult<{ id: string }, ProviderCurrent>> {
  return writeInTransaction<{ id: string }, ProviderCurrent>(
    prisma,
    (tx: Tx) =>
      versionedUpdate(tx, {
        table: (t) => t.provider,
        what: "Träger",
        entity: "Provider",
        id,
        version,
        change,
        action,
        snapshot: providerSnapshot,
        current: currentOf,
        actor,
        requestId: context.requestId,
      }),
    RULES,
  );
}

export async function updateProvider(
  viewer: Viewer,
  input: UpdateProviderInput,
  context: WriteContext = {},
): Promise<WriteResult<{ id: string }, ProviderCurrent>> {
  const actor = await requireAll(prisma, viewer, { capability: "providers.write", what: "Träger", entityId: input.id });
  const { id, version, ...fields } = input;
  return guardedUpdate(actor, id, version, () => fields, "provider.updated", context);
}

/** The contact only: the admin for any provider, a provider's user for their own. */
export async function updateProviderContact(
  viewer: Viewer,
  input: UpdateProviderContactInput,
  context: WriteContext = {},
): Promise<WriteResult<{ id: string }, ProviderCurrent>> {
  await contactOrAll(viewer, input.id);
  return guardedUpdate(
    viewer as SignedInViewer,
    input.id,
    input.version,
    () => ({ contact: input.contact }),
    "provider.contact_updated",
    context,
  );
}

export async function setProviderArchived(
  viewer: Viewer,
  input: ArchiveInput,
  context: WriteContext = {},
): Promise<WriteResult<{ id: string }, ProviderCurrent>> {
  const actor = await requireAll(prisma, viewer, { capability: "providers.write", what: "Träger", entityId: input.id });
  return guardedUpdate(
    actor,
    input.id,
    input.version,
    (before) =>
      (before.archivedAt !== null) === input.archived ? null : { archivedAt: input.archived ? new Date() : null },
    input.archived ? "provider.archived" : "provider.unarchived",
    context,
  );
}
