import "server-only";
import type { IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import type { Prisma, School } from "../generated/prisma/client.ts";
import { todayIso } from "../key-date.ts";
import { type Page, pageOf, pageWindow } from "../schemas/list-query.ts";
import type { ArchiveInput } from "../schemas/master-data-fields.ts";
import type { SchoolField, SchoolInput, SchoolListQuery, SchoolSortKey, UpdateSchoolInput } from "../schemas/school.ts";
import { recordAudit } from "./audit.ts";
import { missingOrDenied, reachFor, requireAll } from "./authorization.ts";
import { NotFoundError } from "./errors.ts";
import { schoolOpenOn } from "./internal/dated-filters.ts";
import { dateOf, isoOf, optionalDateOf, type WriteContext } from "./internal/master-data.ts";
import { type Tx, writeInTransaction } from "./internal/transaction.ts";
import { versionedUpdate } from "./internal/versioned-update.ts";
import { type RuleFields, refused, type WriteResult, written } from "./internal/write-result.ts";
import { checkedId, schoolFilter } from "./scopes.ts";
import type { Viewer } from "./viewer-types.ts";

// Schools: the scoped list (admin and supervisor: all; school head: their own school; a
// provider: names only), the edit form's values, and the admin's writes, each in one
// transaction with its audit event and guarded by the record's version.

export type SchoolRow = {
  id: string;
  schoolNumber: string;
  name: string;
  type: School["type"];
  district: string;
  pupilCount: number;
  openedOn: IsoDate | null;
  closedOn: IsoDate | null;
  archived: boolean;
};

/** What a provider may see of a school. */
export type SchoolNameRow = { id: string; schoolNumber: string; name: string };

export type SchoolList = { kind: "full"; page: Page<SchoolRow> } | { kind: "names"; page: Page<SchoolNameRow> };

const ORDER: Record<SchoolSortKey, (dir: Prisma.SortOrder) => Prisma.SchoolOrderByWithRelationInput[]> = {
  number: (dir) => [{ schoolNumber: dir }],
  name: (dir) => [{ name: dir }, { schoolNumber: "asc" }],
  type: (dir) => [{ type: dir }, { name: "asc" }, { schoolNumber: "asc" }],
  district: (dir) => [{ district: { name: dir } }, { name: "asc" }, { schoolNumber: "asc" }],
  pupils: (dir) => [{ pupilCount: dir }, { name: "asc" }, { schoolNumber: "asc" }],
};

function searchFilter(q: string): Prisma.SchoolWhereInput[] {
  if (!q) return [];
  return [{ OR: [{ name: { contains: q, mode: "insensitive" } }, { schoolNumber: { startsWith: q } }] }];
}

/** Open: opened (or no date) and not yet closed at `today`; closed: closed on or before it. */
function statusFilter(status: SchoolListQuery["status"], today: IsoDate): Prisma.SchoolWhereInput[] {
  const day = dateOf(today);
  if (status === "open") {
    return [schoolOpenOn(day)];
  }
  if (status === "closed") return [{ closedOn: { lte: day } }];
  return [];
}

/** One page of schools within the viewer's reach, filtered, searched and sorted on the server. */
export async function listSchools(viewer: Viewer, query: SchoolListQuery, today = todayIso()): Promise<SchoolList> {
  const reach = reachFor(viewer, "schools.read", "Schule");
  const window = pageWindow(query);
  if (reach === "names") {
    // Names only: no filters on data the viewer may not see; archived schools are gone for them.
    const where: Prisma.SchoolWhereInput = { AND: [{ archivedAt: null }, ...searchFilter(query.q)] };
    const order = query.sort === "number" ? ORDER.number(query.dir) : ORDER.name(query.dir);
    const [rows, total] = await Promise.all([
      prisma.school.findMany({
        where,
        orderBy: order,
        ...window,
        select: { id: true, schoolNumber: true, name: true },
      }),
      prisma.school.count({ where }),
    ]);
    return { kind: "names", page: pageOf(rows, total, query) };
  }
  const where: Prisma.SchoolWhereInput = {
    AND: [
      schoolFilter(viewer),
      ...(query.archived ? [] : [{ archivedAt: null }]),
      ...(query.type ? [{ type: query.type }] : []),
      ...(query.district ? [{ districtId: query.district }] : []),
      ...statusFilter(query.status, today),
      ...searchFilter(query.q),
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.school.findMany({
      where,
      orderBy: ORDER[query.sort](query.dir),
      ...window,
      select: {
        id: true,
        schoolNumber: true,
        name: true,
        type: true,
        pupilCount: true,
        openedOn: true,
        closedOn: true,
        archivedAt: true,
        district: { select: { name: true } },
      },
    }),
    prisma.school.count({ where }),
  ]);
  return {
    kind: "full",
    page: pageOf(
      rows.map((row) => ({
        id: row.id,
        schoolNumber: row.schoolNumber,
        name: row.name,
        type: row.type,
        district: row.district.name,
        pupilCount: row.pupilCount,
        openedOn: isoOf(row.openedOn),
        closedOn: isoOf(row.closedOn),
        archived: row.archivedAt !== null,
      })),
      total,
      query,
    ),
  };
}

/** Open, not archived schools for selection lists (e.g. an assignment's school). */
export async function listSchoolOptions(viewer: Viewer): Promise<{ id: string; label: string }[]> {
  const reach = reachFor(viewer, "schools.read", "Schule");
  const rows = await prisma.school.findMany({
    where: { AND: [reach === "names" ? {} : schoolFilter(viewer), { archivedAt: null }, { closedOn: null }] },
    orderBy: [{ name: "asc" }, { schoolNumber: "asc" }],
    select: { id: true, name: true, schoolNumber: true },
  });
  return rows.map((row) => ({ id: row.id, label: `${row.name} (${row.schoolNumber})` }));
}

// --- the edit form ------------------------------------------------------------------------

/** A school as the form shows it: every value a string, as typed. */
export type SchoolFormValues = Record<SchoolField, string>;

export function schoolFormValues(row: School): SchoolFormValues {
  return {
    schoolNumber: row.schoolNumber,
    name: row.name,
    type: row.type,
    districtId: row.districtId,
    address: row.address ?? "",
    pupilCount: String(row.pupilCount),
    socialIndex: row.socialIndex === null ? "" : String(row.socialIndex),
    openedOn: isoOf(row.openedOn) ?? "",
    closedOn: isoOf(row.closedOn) ?? "",
  };
}

/** What is stored now, for a stale form: the values plus the version to save against. */
export type SchoolCurrent = SchoolFormValues & { version: string };
const currentOf = (row: School): SchoolCurrent => ({ ...schoolFormValues(row), version: String(row.version) });

export type SchoolForEdit = {
  id: string;
  name: string;
  version: number;
  archived: boolean;
  values: SchoolFormValues;
};

export async function getSchoolForEdit(viewer: Viewer, id: string): Promise<SchoolForEdit> {
  await requireAll(prisma, viewer, { capability: "schools.write", what: "Schule", entityId: id });
  const row = await prisma.school.findUnique({ where: { id: checkedId(id, "Schule") } });
  if (!row) throw new NotFoundError("Schule");
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    archived: row.archivedAt !== null,
    values: schoolFormValues(row),
  };
}

// --- writes ---------------------------------------------------------------------------------

const RULES: RuleFields = {
  school_school_number_key: { field: "schoolNumber", key: "duplicate" },
  "23505": { field: "schoolNumber", key: "duplicate" },
  school_district_id_fkey: { field: "districtId", key: "invalid" },
};

/** What the audit log keeps of a school. */
export function schoolSnapshot(row: School) {
  return { ...schoolFormValues(row), archivedAt: row.archivedAt?.toISOString() ?? null, version: row.version };
}

function dataOf(input: SchoolInput) {
  return {
    schoolNumber: input.schoolNumber,
    name: input.name,
    type: input.type,
    districtId: input.districtId,
    address: input.address,
    pupilCount: input.pupilCount,
    socialIndex: input.socialIndex,
    openedOn: optionalDateOf(input.openedOn),
    closedOn: optionalDateOf(input.closedOn),
  };
}

/** A district chosen on the form must exist and, unless it is the school's current one, not be archived. */
async function checkDistrict(tx: Tx, districtId: string, currentDistrictId?: string) {
  const district = await tx.district.findUnique({ where: { id: districtId }, select: { archivedAt: true } });
  if (!district) return refused("invalid", { districtId: ["invalid"] });
  if (district.archivedAt && districtId !== currentDistrictId) return refused("archived", { districtId: ["archived"] });
  return null;
}

export async function createSchool(
  viewer: Viewer,
  input: SchoolInput,
  context: WriteContext = {},
): Promise<WriteResult<{ id: string }>> {
  const actor = await requireAll(prisma, viewer, { capability: "schools.write", what: "Schule" });
  return writeInTransaction(
    prisma,
    async (tx) => {
      const badDistrict = await checkDistrict(tx, input.districtId);
      if (badDistrict) return badDistrict;
      const row = await tx.school.create({ data: dataOf(input) });
      await recordAudit(tx, actor, {
        action: "school.created",
        entity: "School",
        entityId: row.id,
        after: schoolSnapshot(row),
        requestId: context.requestId,
      });
      return written({ id: row.id });
    },
    RULES,
  );
}

/** One versioned change of a school (lib/dal/internal/versioned-update.ts). */
function schoolUpdate(actor: Viewer, id: string, version: number, context: WriteContext) {
  return {
    table: (tx: Tx) => tx.school,
    what: "Schule",
    entity: "School",
    id,
    version,
    snapshot: schoolSnapshot,
    current: currentOf,
    actor,
    requestId: context.requestId,
  };
}

/** Saves the form if its version is still the stored one; a stale form changes nothing. */
export async function updateSchool(
  viewer: Viewer,
  input: UpdateSchoolInput,
  context: WriteContext = {},
): Promise<WriteResult<{ id: string }, SchoolCurrent>> {
  const actor = await requireAll(prisma, viewer, { capability: "schools.write", what: "Schule", entityId: input.id });
  const { id, version, ...fields } = input;
  return writeInTransaction<{ id: string }, SchoolCurrent>(
    prisma,
    (tx) =>
      versionedUpdate(tx, {
        ...schoolUpdate(actor, id, version, context),
        check: (t, before) => checkDistrict(t, fields.districtId, before.districtId),
        change: () => dataOf(fields),
        action: "school.updated",
      }),
    RULES,
  );
}

/**
 * Archives (or restores) a school: it leaves the selection lists but stays in history and
 * figures. Guarded by the version like any edit.
 */
export async function setSchoolArchived(
  viewer: Viewer,
  input: ArchiveInput,
  context: WriteContext = {},
): Promise<WriteResult<{ id: string }, SchoolCurrent>> {
  const actor = await requireAll(prisma, viewer, { capability: "schools.write", what: "Schule", entityId: input.id });
  const { id, version, archived } = input;
  return writeInTransaction<{ id: string }, SchoolCurrent>(prisma, (tx) =>
    versionedUpdate(tx, {
      ...schoolUpdate(actor, id, version, context),
      change: (before) =>
        (before.archivedAt !== null) === archived ? null : { archivedAt: archived ? new Date() : null },
      action: archived ? "school.archived" : "school.unarchived",
    }),
  );
}

/** For pages: an existing school the viewer may not see is refused (and audited) like a missing one. */
export async function schoolNotFound(viewer: Viewer, id: string): Promise<never> {
  return missingOrDenied(prisma, viewer, {
    capability: "schools.read",
    what: "Schule",
    entityId: id,
    exists: () => prisma.school.count({ where: { id: checkedId(id, "Schule") } }),
  });
}
