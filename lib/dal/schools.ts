import "server-only";
import type { IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { Prisma, type School, type SchoolPupilCount } from "../generated/prisma/client.ts";
import { todayIso } from "../key-date.ts";
import { type Page, pageOf, pageWindow } from "../schemas/list-query.ts";
import type { ArchiveInput } from "../schemas/master-data-fields.ts";
import type { SchoolField, SchoolInput, SchoolListQuery, SchoolSortKey, UpdateSchoolInput } from "../schemas/school.ts";
import { pupilCountIn, schoolYearLabel, schoolYearOf } from "../school-year.ts";
import { recordAudit } from "./audit.ts";
import { missingOrDenied, reachFor, requireAll } from "./authorization.ts";
import { NotFoundError } from "./errors.ts";
import { schoolOpenOn } from "./internal/dated-filters.ts";
import { dateOf, isoOf, optionalDateOf, type WriteContext } from "./internal/master-data.ts";
import { enterPupilCount, PUPIL_HISTORY, pupilCountsIn } from "./internal/pupil-counts.ts";
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
  /** The count of the current school year (docs/domain.md "Pupil counts"). */
  pupilCount: number;
  openedOn: IsoDate | null;
  closedOn: IsoDate | null;
  archived: boolean;
};

/** What a provider may see of a school. */
export type SchoolNameRow = { id: string; schoolNumber: string; name: string };

export type SchoolList = { kind: "full"; page: Page<SchoolRow> } | { kind: "names"; page: Page<SchoolNameRow> };

/** Sorting by pupils is done in SQL (pupilsOrder): the count depends on the school year. */
const ORDER: Record<
  Exclude<SchoolSortKey, "pupils">,
  (dir: Prisma.SortOrder) => Prisma.SchoolOrderByWithRelationInput[]
> = {
  number: (dir) => [{ schoolNumber: dir }],
  name: (dir) => [{ name: dir }, { schoolNumber: "asc" }],
  type: (dir) => [{ type: dir }, { name: "asc" }, { schoolNumber: "asc" }],
  district: (dir) => [{ district: { name: dir } }, { name: "asc" }, { schoolNumber: "asc" }],
};

/** One page of the matching schools' ids, by their count in `year`, then name and number. */
async function pupilsOrder(
  where: Prisma.SchoolWhereInput,
  year: number,
  dir: Prisma.SortOrder,
  window: { skip: number; take: number },
): Promise<string[]> {
  const ids = (await prisma.school.findMany({ where, select: { id: true } })).map((row) => row.id);
  const direction = dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT s.id::text AS id
      FROM school s LEFT JOIN pupil_counts_in(${year}::int) pc ON pc.school_id = s.id
     WHERE s.id = ANY(${ids}::uuid[])
     ORDER BY pc.pupil_count ${direction} NULLS LAST, s.name, s.school_number
     LIMIT ${window.take} OFFSET ${window.skip}`;
  return rows.map((row) => row.id);
}

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
  const select = {
    id: true,
    schoolNumber: true,
    name: true,
    type: true,
    openedOn: true,
    closedOn: true,
    archivedAt: true,
    district: { select: { name: true } },
  } as const;
  const year = schoolYearOf(today);
  const [rows, total] = await Promise.all([
    query.sort === "pupils"
      ? pupilsOrder(where, year, query.dir, window).then(async (ids) => {
          const found = await prisma.school.findMany({ where: { id: { in: ids } }, select });
          return ids.flatMap((id) => found.filter((row) => row.id === id));
        })
      : prisma.school.findMany({ where, orderBy: ORDER[query.sort](query.dir), ...window, select }),
    prisma.school.count({ where }),
  ]);
  const pupils = await pupilCountsIn(
    prisma,
    year,
    rows.map((row) => row.id),
  );
  return {
    kind: "full",
    page: pageOf(
      rows.map((row) => ({
        id: row.id,
        schoolNumber: row.schoolNumber,
        name: row.name,
        type: row.type,
        district: row.district.name,
        pupilCount: pupils.get(row.id)?.pupilCount ?? 0,
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

/** A school with its pupil counts, oldest school year first (PUPIL_HISTORY). */
export type SchoolWithCounts = School & { pupilCounts: SchoolPupilCount[] };

/** The form edits the count of the current school year: the one that applies now. */
export function schoolFormValues(row: SchoolWithCounts, today = todayIso()): SchoolFormValues {
  const year = schoolYearOf(today);
  return {
    schoolNumber: row.schoolNumber,
    name: row.name,
    type: row.type,
    districtId: row.districtId,
    address: row.address ?? "",
    pupilCount: String(pupilCountIn(row.pupilCounts, year)?.pupilCount ?? ""),
    pupilSchoolYear: String(year),
    socialIndex: row.socialIndex === null ? "" : String(row.socialIndex),
    openedOn: isoOf(row.openedOn) ?? "",
    closedOn: isoOf(row.closedOn) ?? "",
  };
}

/** What is stored now, for a stale form: the values plus the version to save against. */
export type SchoolCurrent = SchoolFormValues & { version: string };
const currentOf = (row: SchoolWithCounts): SchoolCurrent => ({
  ...schoolFormValues(row),
  version: String(row.version),
});

export type SchoolForEdit = {
  id: string;
  name: string;
  version: number;
  archived: boolean;
  values: SchoolFormValues;
};

export async function getSchoolForEdit(viewer: Viewer, id: string): Promise<SchoolForEdit> {
  await requireAll(prisma, viewer, { capability: "schools.write", what: "Schule", entityId: id });
  const row = await prisma.school.findUnique({ where: { id: checkedId(id, "Schule") }, include: PUPIL_HISTORY });
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

/** What the audit log keeps of a school: its fields and every school year's count ("2017/18": "312"). */
export function schoolSnapshot(row: SchoolWithCounts) {
  const { pupilCount: _now, pupilSchoolYear: _year, ...fields } = schoolFormValues(row);
  return {
    ...fields,
    pupilCounts: Object.fromEntries(
      row.pupilCounts.map((count) => [schoolYearLabel(count.schoolYear), String(count.pupilCount)]),
    ),
    archivedAt: row.archivedAt?.toISOString() ?? null,
    version: row.version,
  };
}

function dataOf(input: SchoolInput) {
  return {
    schoolNumber: input.schoolNumber,
    name: input.name,
    type: input.type,
    districtId: input.districtId,
    address: input.address,
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
      const row = await tx.school.create({
        data: {
          ...dataOf(input),
          pupilCounts: { create: { schoolYear: input.pupilSchoolYear, pupilCount: input.pupilCount } },
        },
        include: PUPIL_HISTORY,
      });
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
    // The school row with its counts, so that the audit and a stale form see the counts too.
    table: (tx: Tx) => ({
      findUnique: (args: { where: { id: string } }) => tx.school.findUnique({ ...args, include: PUPIL_HISTORY }),
      findUniqueOrThrow: (args: { where: { id: string } }) =>
        tx.school.findUniqueOrThrow({ ...args, include: PUPIL_HISTORY }),
      updateMany: (args: Prisma.SchoolUpdateManyArgs) => tx.school.updateMany(args),
    }),
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
        // Only the chosen school year's count changes; earlier and later years stay.
        alsoWrite: (t, before) => enterPupilCount(t, id, before.pupilCounts, fields.pupilSchoolYear, fields.pupilCount),
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
