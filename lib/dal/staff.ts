import "server-only";
import type { IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import type { StaffMember } from "../generated/prisma/client.ts";
import { todayIso } from "../key-date.ts";
import { FULL_REACH_FIELDS, mayChangeField, reachOf } from "../permissions.ts";
import { fteMilliToDecimal } from "../schemas/form-inputs.ts";
import { type Page, pageOf } from "../schemas/list-query.ts";
import type { CreateStaffInput, EndEmploymentInput, StaffListQuery, UpdateStaffInput } from "../schemas/staff.ts";
import { recordAudit } from "./audit.ts";
import { reachFor, requireReach } from "./authorization.ts";
import { NotFoundError } from "./errors.ts";
import type { AuditContext } from "./internal/admin-actor.ts";
import { assignmentSnapshot } from "./internal/assignment-snapshot.ts";
import { checkEmploymentChange } from "./internal/employment-change.ts";
import { STAFF, staffNotFound, staffWriteScope } from "./internal/staff-access.ts";
import { countStaff, queryStaffPage, SCHOOL_SORT_KEYS, type StaffListScope } from "./internal/staff-list-sql.ts";
import { type Tx, unlessStale, writeInTransaction } from "./internal/transaction.ts";
import { dateOf, isoOf, isoOrNull, milliOf } from "./internal/values.ts";
import {
  type RuleFields,
  refused,
  stale,
  type WriteFailure,
  type WriteResult,
  written,
} from "./internal/write-result.ts";
import { assignmentFilter, checkedId, staffFilter } from "./scopes.ts";
import { audienceOf, type Viewer } from "./viewer-types.ts";

// Staff members (Fachkräfte): the list, the details with the assignment timeline, and the
// writes. Scoped by docs/domain.md: admin and supervisor see all, a provider their own staff
// (and writes them), a school head the staff assigned to their school with name, contact,
// provider and the FTE at that school — nothing else.

// --- the list ----------------------------------------------------------------------------

/** "full": admin, supervisor, provider. "school": a school head's restricted view. */
export type StaffView = "full" | "school";

export type StaffListRow = {
  id: string;
  firstName: string;
  lastName: string;
  providerName: string;
  providerShortName: string;
  email: string | null;
  phone: string | null;
  /** Full view only (null for a school head). */
  personnelNumber: string | null;
  employmentFteMilli: number | null;
  employedFrom: IsoDate | null;
  employedUntil: IsoDate | null;
  /** Employment ended before today; null in the school view. */
  ended: boolean | null;
  /** School view only: FTE at the school head's school today. */
  fteHereMilli: number | null;
  /** Full view only: the schools of today's active assignments, by name. */
  currentSchools: string[] | null;
  /** Full view only: contract FTE minus today's assigned FTE; null when not employed today. */
  freeFteMilli: number | null;
};

export type StaffList = Page<StaffListRow> & {
  view: StaffView;
  /** The sort actually applied (a school head cannot sort by what they do not see). */
  sort: StaffListQuery["sort"];
  dir: StaffListQuery["dir"];
};

function listScope(viewer: Viewer): StaffListScope {
  const reach = reachFor(viewer, "staff.read", STAFF);
  if (reach === "all" || viewer.kind !== "user") return { kind: "all" };
  if (viewer.role === "PROVIDER") return { kind: "provider", providerId: viewer.providerId };
  return { kind: "school", schoolId: viewer.schoolId };
}

export async function listStaff(viewer: Viewer, query: StaffListQuery): Promise<StaffList> {
  const scope = listScope(viewer);
  const view: StaffView = scope.kind === "school" ? "school" : "full";
  const effective =
    view === "school" && !SCHOOL_SORT_KEYS.includes(query.sort) ? { ...query, sort: "name" as const } : query;
  const today = todayIso();
  const rows = await queryStaffPage(prisma, scope, effective, today);
  const total = rows[0]?.total ?? (effective.page > 1 ? await countStaff(prisma, scope, effective, today) : 0);
  const full = view === "full";
  const page = pageOf(
    rows.map(
      (row): StaffListRow => ({
        id: row.id,
        firstName: row.first_name,
        lastName: row.last_name,
        providerName: row.provider_name,
        providerShortName: row.provider_short_name,
        email: row.email,
        phone: row.phone,
        personnelNumber: full ? row.personnel_number : null,
        employmentFteMilli: full ? row.employment_fte_milli : null,
        employedFrom: full ? row.employed_from : null,
        employedUntil: full ? row.employed_until : null,
        ended: full ? row.employed_until !== null && row.employed_until < today : null,
        fteHereMilli: full ? null : row.fte_here_milli,
        currentSchools: full ? (row.current_schools ?? []) : null,
        freeFteMilli: full ? row.free_fte_milli : null,
      }),
    ),
    total,
    effective,
  );
  return { ...page, view, sort: effective.sort, dir: effective.dir };
}

export type StaffListFilters = {
  /** Admin and supervisor filter by provider. */
  providers: { id: string; label: string }[] | null;
  /** Status and school filters (not for a school head: employment is none of their business). */
  fullFilters: boolean;
  canCreate: boolean;
};

export async function staffListFilters(viewer: Viewer): Promise<StaffListFilters> {
  const reach = reachFor(viewer, "staff.read", STAFF);
  const providers =
    reach === "all"
      ? (await prisma.provider.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } })).map((p) => ({
          id: p.id,
          label: p.name,
        }))
      : null;
  const isSchool = viewer.kind === "user" && viewer.role === "SCHOOL";
  return { providers, fullFilters: !isSchool, canCreate: reachOf(audienceOf(viewer), "staff.write") !== null };
}

// --- details -----------------------------------------------------------------------------

export type StaffAssignment = {
  id: string;
  schoolId: string;
  schoolName: string;
  schoolNumber: string;
  fteMilli: number;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  /** Only for viewers who may read funding sources (admin, supervisor). */
  fundingSource: string | null;
  note: string | null;
  version: number;
  state: "past" | "current" | "future";
};

export type StaffEmployment = {
  personnelNumber: string;
  qualification: string | null;
  employmentFteMilli: number;
  employedFrom: IsoDate;
  employedUntil: IsoDate | null;
  /** FTE of the assignments active today (the contract's used part). */
  usedTodayMilli: number;
  anonymised: boolean;
  version: number;
};

export type StaffDetail = {
  view: StaffView;
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  providerName: string;
  /** Full view only. */
  employment: StaffEmployment | null;
  /** The assignments the viewer may see, oldest first (a school head: those at their school). */
  assignments: StaffAssignment[];
  today: IsoDate;
  can: { edit: boolean; endEmployment: boolean; writeAssignments: boolean };
};

function stateOf(from: IsoDate, until: IsoDate | null, today: IsoDate): StaffAssignment["state"] {
  if (from > today) return "future";
  if (until !== null && until < today) return "past";
  return "current";
}

export async function getStaffDetail(viewer: Viewer, id: string): Promise<StaffDetail> {
  const audience = audienceOf(viewer);
  const staff = await prisma.staffMember.findFirst({
    where: { AND: [{ id: checkedId(id, STAFF) }, staffFilter(viewer)] },
    include: {
      provider: { select: { name: true } },
      assignments: {
        where: assignmentFilter(viewer),
        include: {
          school: { select: { name: true, schoolNumber: true } },
          fundingSource: { select: { name: true } },
        },
        orderBy: [{ validFrom: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!staff) return staffNotFound(viewer, "staff.read", id);
  const today = todayIso();
  const full = !(viewer.kind === "user" && viewer.role === "SCHOOL");
  const seeFunding = reachOf(audience, "fundingSources.read") === "all";
  const assignments = staff.assignments.map((assignment): StaffAssignment => {
    const validFrom = isoOf(assignment.validFrom);
    const validUntil = isoOrNull(assignment.validUntil);
    return {
      id: assignment.id,
      schoolId: assignment.schoolId,
      schoolName: assignment.school.name,
      schoolNumber: assignment.school.schoolNumber,
      fteMilli: milliOf(assignment.fte),
      validFrom,
      validUntil,
      fundingSource: seeFunding ? (assignment.fundingSource?.name ?? null) : null,
      note: full ? assignment.note : null,
      version: assignment.version,
      state: stateOf(validFrom, validUntil, today),
    };
  });
  const writeReach = reachOf(audience, "staff.write");
  return {
    view: full ? "full" : "school",
    id: staff.id,
    firstName: staff.firstName,
    lastName: staff.lastName,
    email: staff.email,
    phone: staff.phone,
    providerName: staff.provider.name,
    employment: full
      ? {
          personnelNumber: staff.personnelNumber,
          qualification: staff.qualification,
          employmentFteMilli: milliOf(staff.employmentFte),
          employedFrom: isoOf(staff.employedFrom),
          employedUntil: isoOrNull(staff.employedUntil),
          usedTodayMilli: assignments.filter((a) => a.state === "current").reduce((sum, a) => sum + a.fteMilli, 0),
          anonymised: staff.anonymisedAt !== null,
          version: staff.version,
        }
      : null,
    assignments,
    today,
    can: {
      // The lookup above is scoped, so a provider only gets here for their own staff.
      edit: full && writeReach !== null,
      // Also to move a planned end; an employment that already ended is history.
      endEmployment:
        full && writeReach !== null && (staff.employedUntil === null || isoOf(staff.employedUntil) >= today),
      writeAssignments: reachOf(audience, "assignments.write") === "all",
    },
  };
}

// --- forms -------------------------------------------------------------------------------

export type StaffFormOptions = {
  /** Admin: the providers to choose from (not archived). */
  providers: { id: string; label: string }[];
  /** Provider: their own provider, fixed. */
  fixedProvider: { id: string; name: string } | null;
};

/** For /fachkraefte/neu: NotFound unless the viewer may add staff. */
export async function staffFormOptions(viewer: Viewer): Promise<StaffFormOptions> {
  const { reach } = await requireReach(prisma, viewer, { capability: "staff.write", what: STAFF });
  if (reach === "all") {
    const providers = await prisma.provider.findMany({
      where: { archivedAt: null },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
    return { providers: providers.map((p) => ({ id: p.id, label: p.name })), fixedProvider: null };
  }
  const own = viewer.kind === "user" && viewer.providerId ? viewer.providerId : null;
  const provider = own
    ? await prisma.provider.findUnique({ where: { id: own }, select: { id: true, name: true } })
    : null;
  // A provider user always has a provider (a database rule); without one there is nothing to add to.
  if (!provider) throw new NotFoundError(STAFF);
  return { providers: [], fixedProvider: provider };
}

/** What the edit form starts from; `current` values of a conflict have the same shape. */
export type StaffSnapshot = {
  providerId: string;
  personnelNumber: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  qualification: string | null;
  employmentFteMilli: number;
  employedFrom: IsoDate;
  employedUntil: IsoDate | null;
  version: number;
};

export function staffSnapshot(row: StaffMember): StaffSnapshot {
  return {
    providerId: row.providerId,
    personnelNumber: row.personnelNumber,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    phone: row.phone,
    qualification: row.qualification,
    employmentFteMilli: milliOf(row.employmentFte),
    employedFrom: isoOf(row.employedFrom),
    employedUntil: isoOrNull(row.employedUntil),
    version: row.version,
  };
}

export type StaffForEdit = StaffSnapshot & {
  id: string;
  providerName: string;
  /** Admin edits every field; a provider contact, qualification, contract FTE, names and personnel number. */
  allFields: boolean;
  providers: { id: string; label: string }[];
};

export async function getStaffForEdit(viewer: Viewer, id: string): Promise<StaffForEdit> {
  const { id: checked, reach } = await staffWriteScope(viewer, id);
  const row = await prisma.staffMember.findUniqueOrThrow({
    where: { id: checked },
    include: { provider: { select: { name: true } } },
  });
  const providers =
    reach === "all"
      ? await prisma.provider.findMany({
          where: { OR: [{ archivedAt: null }, { id: row.providerId }] },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        })
      : [];
  return {
    ...staffSnapshot(row),
    id: row.id,
    providerName: row.provider.name,
    allFields: FULL_REACH_FIELDS["staff.write"].every((field) => mayChangeField(reach, "staff.write", field)),
    providers: providers.map((p) => ({ id: p.id, label: p.name })),
  };
}

/** For the end-employment page: the staff member and their assignments that reach beyond a date. */
export async function getStaffForEnding(viewer: Viewer, id: string) {
  const { id: checked } = await staffWriteScope(viewer, id);
  const detail = await getStaffDetail(viewer, checked);
  if (!detail.employment) throw new Error("a staff writer has the full view");
  return { ...detail, employment: detail.employment };
}

// --- writes ------------------------------------------------------------------------------

const STAFF_RULES: RuleFields = {
  staff_member_provider_id_personnel_number_key: { field: "personnelNumber", key: "duplicate" },
  // Lowering the contract below the assignments' FTE: the trigger names this rule.
  assignment_fte_within_contract: { field: "employmentFte", key: "fteOverContract" },
};

/** A provider chosen on a form: it must exist and not be archived (unless it is the current one). */
async function checkProvider(db: Tx, providerId: string, current?: string): Promise<WriteFailure<never> | null> {
  if (providerId === current) return null;
  const provider = await db.provider.findUnique({ where: { id: providerId }, select: { archivedAt: true } });
  if (!provider) return refused("invalid", { providerId: ["invalid"] });
  if (provider.archivedAt) return refused("invalid", { providerId: ["archived"] });
  return null;
}

const audit = (tx: Tx, viewer: Viewer, context: AuditContext) => (entry: Parameters<typeof recordAudit>[2]) =>
  recordAudit(tx, viewer, { ...entry, requestId: context.requestId ?? null });

export async function createStaff(
  viewer: Viewer,
  input: CreateStaffInput,
  context: AuditContext = {},
): Promise<WriteResult<{ id: string }>> {
  const { reach } = await requireReach(prisma, viewer, { capability: "staff.write", what: STAFF });
  // A provider adds to their own staff, whatever the form says.
  const providerId = reach === "all" ? input.providerId : viewer.kind === "user" ? viewer.providerId : null;
  if (!providerId) return refused("invalid", { providerId: ["required"] });
  return writeInTransaction(
    prisma,
    async (tx) => {
      const problem = await checkProvider(tx, providerId);
      if (problem) return problem;
      const row = await tx.staffMember.create({
        data: {
          providerId,
          personnelNumber: input.personnelNumber,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          phone: input.phone,
          qualification: input.qualification,
          employmentFte: fteMilliToDecimal(input.employmentFte),
          employedFrom: dateOf(input.employedFrom),
          employedUntil: input.employedUntil ? dateOf(input.employedUntil) : null,
        },
      });
      await audit(
        tx,
        viewer,
        context,
      )({
        action: "staff.created",
        entity: "StaffMember",
        entityId: row.id,
        after: staffSnapshot(row),
      });
      return written({ id: row.id });
    },
    STAFF_RULES,
  );
}

const sameSnapshot = (a: StaffSnapshot, b: StaffSnapshot) =>
  (Object.keys(a) as (keyof StaffSnapshot)[]).every((key) => key === "version" || a[key] === b[key]);

/**
 * Saves an edit if the form's version is still current (else a conflict with the stored values,
 * nothing written). A provider's edit changes only the fields a provider may edit.
 */
export async function updateStaff(
  viewer: Viewer,
  input: UpdateStaffInput,
  context: AuditContext = {},
): Promise<WriteResult<{ id: string }, StaffSnapshot>> {
  const { id, reach, scope } = await staffWriteScope(viewer, input.id);
  return writeInTransaction(
    prisma,
    async (tx) => {
      const before = await tx.staffMember.findUniqueOrThrow({ where: { id } });
      const may = (field: keyof StaffSnapshot) => mayChangeField(reach, "staff.write", field);
      const providerId = may("providerId") && input.providerId ? input.providerId : before.providerId;
      const problem = await checkProvider(tx, providerId, before.providerId);
      if (problem) return problem;
      const wanted: StaffSnapshot = {
        providerId,
        personnelNumber: input.personnelNumber,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: input.phone,
        qualification: input.qualification,
        employmentFteMilli: input.employmentFte,
        employedFrom: may("employedFrom") && input.employedFrom ? input.employedFrom : isoOf(before.employedFrom),
        employedUntil:
          may("employedUntil") && input.employedUntil !== undefined
            ? input.employedUntil
            : isoOrNull(before.employedUntil),
        version: input.version,
      };
      // Nothing changed: no write, no audit event; a stale form is still told so.
      if (sameSnapshot(staffSnapshot(before), wanted)) {
        return before.version === input.version ? written({ id }) : stale(staffSnapshot(before));
      }
      const moved = await checkEmploymentChange(
        tx,
        id,
        { from: isoOf(before.employedFrom), until: isoOrNull(before.employedUntil) },
        { from: wanted.employedFrom, until: wanted.employedUntil },
      );
      if (moved) return moved;
      const { count } = await tx.staffMember.updateMany({
        where: { AND: [{ id, version: input.version }, scope] },
        data: {
          providerId: wanted.providerId,
          personnelNumber: wanted.personnelNumber,
          firstName: wanted.firstName,
          lastName: wanted.lastName,
          email: wanted.email,
          phone: wanted.phone,
          qualification: wanted.qualification,
          employmentFte: fteMilliToDecimal(wanted.employmentFteMilli),
          employedFrom: dateOf(wanted.employedFrom),
          employedUntil: wanted.employedUntil ? dateOf(wanted.employedUntil) : null,
          version: { increment: 1 },
        },
      });
      const conflict = await unlessStale(count, async () =>
        staffSnapshot(await tx.staffMember.findUniqueOrThrow({ where: { id } })),
      );
      if (conflict) return conflict;
      await audit(
        tx,
        viewer,
        context,
      )({
        action: "staff.updated",
        entity: "StaffMember",
        entityId: id,
        before: staffSnapshot(before),
        after: staffSnapshot(await tx.staffMember.findUniqueOrThrow({ where: { id } })),
      });
      return written({ id });
    },
    STAFF_RULES,
  );
}

export type EndedEmployment = { id: string; endedAssignments: number; removedAssignments: number };

/**
 * Ends an employment on `employedUntil`. The staff member's assignments that reach beyond that
 * day end on it too, and those that would only start later are removed (they never happened),
 * all in the same transaction, each with its audit event: no assignment is left outside the
 * employment (lib/assignment-rules.ts). Providers may do this for their own staff: ending the
 * employment necessarily ends the work.
 */
export async function endEmployment(
  viewer: Viewer,
  input: EndEmploymentInput,
  context: AuditContext = {},
): Promise<WriteResult<EndedEmployment, StaffSnapshot>> {
  const { id, scope } = await staffWriteScope(viewer, input.id);
  const until = dateOf(input.employedUntil);
  return writeInTransaction(
    prisma,
    async (tx) => {
      const log = audit(tx, viewer, context);
      const before = await tx.staffMember.findUniqueOrThrow({ where: { id } });
      const { count } = await tx.staffMember.updateMany({
        where: { AND: [{ id, version: input.version }, scope] },
        data: { employedUntil: until, version: { increment: 1 } },
      });
      const conflict = await unlessStale(count, async () =>
        staffSnapshot(await tx.staffMember.findUniqueOrThrow({ where: { id } })),
      );
      if (conflict) return conflict;
      const after = await tx.staffMember.findUniqueOrThrow({ where: { id } });
      await log({
        action: "staff.employment_ended",
        entity: "StaffMember",
        entityId: id,
        before: staffSnapshot(before),
        after: staffSnapshot(after),
      });
      let endedAssignments = 0;
      let removedAssignments = 0;
      const beyond = await tx.assignment.findMany({
        where: { staffMemberId: id, OR: [{ validUntil: null }, { validUntil: { gt: until } }] },
        orderBy: { validFrom: "asc" },
      });
      for (const assignment of beyond) {
        const snapshot = assignmentSnapshot(assignment);
        if (assignment.validFrom > until) {
          await tx.assignment.delete({ where: { id: assignment.id } });
          await log({
            action: "assignment.removed",
            entity: "Assignment",
            entityId: assignment.id,
            before: snapshot,
            after: { reason: "employment_ended" },
          });
          removedAssignments++;
        } else {
          const ended = await tx.assignment.update({
            where: { id: assignment.id },
            data: { validUntil: until, version: { increment: 1 } },
          });
          await log({
            action: "assignment.ended",
            entity: "Assignment",
            entityId: assignment.id,
            before: snapshot,
            after: { ...assignmentSnapshot(ended), reason: "employment_ended" },
          });
          endedAssignments++;
        }
      }
      return written({ id, endedAssignments, removedAssignments });
    },
    { staff_member_employment_dates: { field: "employedUntil", key: "dateOrder" } },
  );
}
