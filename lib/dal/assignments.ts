import "server-only";
import { type DateRange, outsideEnds } from "../assignment-rules.ts";
import { addDays } from "../coverage/dates.ts";
import type { IsoDate } from "../coverage/types.ts";
import { prisma } from "../db.ts";
import { todayIso } from "../key-date.ts";
import type { CreateAssignmentInput, EndAssignmentInput, TransferAssignmentInput } from "../schemas/assignment.ts";
import { fteMilliToDecimal } from "../schemas/form-inputs.ts";
import { recordAudit } from "./audit.ts";
import { requireAll } from "./authorization.ts";
import { NotFoundError } from "./errors.ts";
import type { AuditContext } from "./internal/admin-actor.ts";
import { assignmentSnapshot } from "./internal/assignment-snapshot.ts";
import { ASSIGNMENT, STAFF } from "./internal/staff-access.ts";
import { type Tx, unlessStale, writeInTransaction } from "./internal/transaction.ts";
import { dateOf, isoOf, isoOrNull, milliOf } from "./internal/values.ts";
import {
  type FieldErrorKeys,
  refused,
  refusedTogether,
  type WriteFailure,
  type WriteResult,
  written,
} from "./internal/write-result.ts";
import { checkedId } from "./scopes.ts";
import type { Viewer } from "./viewer-types.ts";

// Assignments (Einsätze): create, end, transfer. Only the admin writes them (docs/domain.md);
// everyone else reads them on the staff page (lib/dal/staff.ts, scoped there). The database
// has the last word on the hard rules (no overlap at one school, FTE within the contract,
// dates in order); its refusals come back as field errors via writeInTransaction.

type Option = { id: string; label: string };

export type AssignmentFormOptions = { schools: Option[]; fundingSources: Option[] };

/** Open, not archived schools and not archived funding sources, for the selects. */
export async function assignmentFormOptions(viewer: Viewer): Promise<AssignmentFormOptions> {
  await requireAll(prisma, viewer, { capability: "assignments.write", what: ASSIGNMENT });
  const today = dateOf(todayIso());
  const [schools, fundingSources] = await Promise.all([
    prisma.school.findMany({
      where: { archivedAt: null, OR: [{ closedOn: null }, { closedOn: { gt: today } }] },
      select: { id: true, name: true, schoolNumber: true },
      orderBy: [{ name: "asc" }, { schoolNumber: "asc" }],
    }),
    prisma.fundingSource.findMany({
      where: { archivedAt: null },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    schools: schools.map((school) => ({ id: school.id, label: `${school.name} (${school.schoolNumber})` })),
    fundingSources: fundingSources.map((source) => ({ id: source.id, label: source.name })),
  };
}

export type AssignmentTarget = {
  id: string;
  name: string;
  providerName: string;
  employmentFteMilli: number;
  employedFrom: IsoDate;
  employedUntil: IsoDate | null;
};

/** The staff member a new assignment is for (/einsaetze/neu?fachkraft=…). */
export async function getAssignmentTarget(viewer: Viewer, staffId: string): Promise<AssignmentTarget> {
  await requireAll(prisma, viewer, { capability: "assignments.write", what: ASSIGNMENT });
  const staff = await prisma.staffMember.findUnique({
    where: { id: checkedId(staffId, STAFF) },
    include: { provider: { select: { name: true } } },
  });
  if (!staff) throw new NotFoundError(STAFF);
  return {
    id: staff.id,
    name: `${staff.firstName} ${staff.lastName}`,
    providerName: staff.provider.name,
    employmentFteMilli: milliOf(staff.employmentFte),
    employedFrom: isoOf(staff.employedFrom),
    employedUntil: isoOrNull(staff.employedUntil),
  };
}

export type AssignmentForWrite = {
  id: string;
  version: number;
  staffMemberId: string;
  staffName: string;
  schoolId: string;
  schoolName: string;
  schoolNumber: string;
  fteMilli: number;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  fundingSourceId: string | null;
  fundingSourceName: string | null;
};

/** An assignment for the end and transfer forms (admin only; NotFound for everyone else). */
export async function getAssignmentForWrite(viewer: Viewer, id: string): Promise<AssignmentForWrite> {
  await requireAll(prisma, viewer, { capability: "assignments.write", what: ASSIGNMENT, entityId: id });
  const row = await prisma.assignment.findUnique({
    where: { id: checkedId(id, ASSIGNMENT) },
    include: {
      staffMember: { select: { firstName: true, lastName: true } },
      school: { select: { name: true, schoolNumber: true } },
      fundingSource: { select: { name: true } },
    },
  });
  if (!row) throw new NotFoundError(ASSIGNMENT);
  return {
    id: row.id,
    version: row.version,
    staffMemberId: row.staffMemberId,
    staffName: `${row.staffMember.firstName} ${row.staffMember.lastName}`,
    schoolId: row.schoolId,
    schoolName: row.school.name,
    schoolNumber: row.school.schoolNumber,
    fteMilli: milliOf(row.fte),
    validFrom: isoOf(row.validFrom),
    validUntil: isoOrNull(row.validUntil),
    fundingSourceId: row.fundingSourceId,
    fundingSourceName: row.fundingSource?.name ?? null,
  };
}

// --- checks the database cannot make ------------------------------------------------------

/** A school chosen for an assignment starting `from`: exists, not archived, not closed by then. */
async function checkSchool(
  tx: Tx,
  schoolId: string,
  from: IsoDate,
  field: string,
): Promise<WriteFailure<never> | null> {
  const school = await tx.school.findUnique({ where: { id: schoolId }, select: { archivedAt: true, closedOn: true } });
  if (!school) return refused("invalid", { [field]: ["invalid"] });
  if (school.archivedAt) return refused("invalid", { [field]: ["archived"] });
  if (school.closedOn && isoOf(school.closedOn) <= from) return refused("invalid", { [field]: ["invalid"] });
  return null;
}

async function checkFunding(tx: Tx, id: string | null, field: string): Promise<WriteFailure<never> | null> {
  if (!id) return null;
  const source = await tx.fundingSource.findUnique({ where: { id }, select: { archivedAt: true } });
  if (!source) return refused("invalid", { [field]: ["invalid"] });
  if (source.archivedAt) return refused("invalid", { [field]: ["archived"] });
  return null;
}

type Employment = { employedFrom: Date; employedUntil: Date | null };

/**
 * The one assignment rule the database does not hold (lib/assignment-rules.ts): the range an
 * assignment gets must lie within the employment. `fields` names the form fields of the ends
 * this write sets; an end it does not set is not its to refuse (a record from before the rule).
 */
function checkEmployment(
  staff: Employment,
  range: DateRange,
  fields: { start?: string; end?: string },
): WriteFailure<never> | null {
  const outside = outsideEnds(range, { from: isoOf(staff.employedFrom), until: isoOrNull(staff.employedUntil) });
  const errors: FieldErrorKeys = {};
  if (fields.start && outside.start) errors[fields.start] = ["outsideEmployment"];
  if (fields.end && outside.end) errors[fields.end] = ["outsideEmployment"];
  return Object.keys(errors).length ? refused("invalid", errors) : null;
}

/** What a stale end or transfer form is shown: the assignment as stored now. */
export type AssignmentCurrent = {
  schoolName: string;
  fteMilli: number;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  version: number;
};

async function currentOf(tx: Tx, id: string): Promise<AssignmentCurrent> {
  const row = await tx.assignment.findUniqueOrThrow({ where: { id }, include: { school: { select: { name: true } } } });
  return {
    schoolName: row.school.name,
    fteMilli: milliOf(row.fte),
    validFrom: isoOf(row.validFrom),
    validUntil: isoOrNull(row.validUntil),
    version: row.version,
  };
}

const log = (tx: Tx, viewer: Viewer, context: AuditContext) => (entry: Parameters<typeof recordAudit>[2]) =>
  recordAudit(tx, viewer, { ...entry, requestId: context.requestId ?? null });

// --- writes ------------------------------------------------------------------------------

export type AssignmentWritten = { id: string; staffMemberId: string };

export async function createAssignment(
  viewer: Viewer,
  input: CreateAssignmentInput,
  context: AuditContext = {},
): Promise<WriteResult<AssignmentWritten>> {
  await requireAll(prisma, viewer, { capability: "assignments.write", what: ASSIGNMENT });
  return writeInTransaction(prisma, async (tx) => {
    const staff = await tx.staffMember.findUnique({ where: { id: input.staffMemberId } });
    if (!staff) throw new NotFoundError(STAFF);
    const problem = refusedTogether([
      await checkSchool(tx, input.schoolId, input.validFrom, "schoolId"),
      await checkFunding(tx, input.fundingSourceId, "fundingSourceId"),
      checkEmployment(
        staff,
        { from: input.validFrom, until: input.validUntil },
        { start: "validFrom", end: "validUntil" },
      ),
    ]);
    if (problem) return problem;
    const row = await tx.assignment.create({
      data: {
        staffMemberId: staff.id,
        schoolId: input.schoolId,
        fte: fteMilliToDecimal(input.fte),
        validFrom: dateOf(input.validFrom),
        validUntil: input.validUntil ? dateOf(input.validUntil) : null,
        fundingSourceId: input.fundingSourceId,
        note: input.note,
      },
    });
    await log(
      tx,
      viewer,
      context,
    )({
      action: "assignment.created",
      entity: "Assignment",
      entityId: row.id,
      after: assignmentSnapshot(row),
    });
    return written({ id: row.id, staffMemberId: row.staffMemberId });
  });
}

/** Sets (or moves) an assignment's last day. */
export async function endAssignment(
  viewer: Viewer,
  input: EndAssignmentInput,
  context: AuditContext = {},
): Promise<WriteResult<AssignmentWritten, AssignmentCurrent>> {
  await requireAll(prisma, viewer, { capability: "assignments.write", what: ASSIGNMENT, entityId: input.id });
  return writeInTransaction<AssignmentWritten, AssignmentCurrent>(
    prisma,
    async (tx) => {
      const before = await tx.assignment.findUnique({ where: { id: input.id }, include: { staffMember: true } });
      if (!before) throw new NotFoundError(ASSIGNMENT);
      const problem = checkEmployment(
        before.staffMember,
        { from: isoOf(before.validFrom), until: input.validUntil },
        { end: "validUntil" },
      );
      if (problem) return problem;
      const { count } = await tx.assignment.updateMany({
        where: { id: input.id, version: input.version },
        data: { validUntil: dateOf(input.validUntil), version: { increment: 1 } },
      });
      const conflict = await unlessStale(count, () => currentOf(tx, input.id));
      if (conflict) return conflict;
      const after = await tx.assignment.findUniqueOrThrow({ where: { id: input.id } });
      await log(
        tx,
        viewer,
        context,
      )({
        action: "assignment.ended",
        entity: "Assignment",
        entityId: input.id,
        before: assignmentSnapshot(before),
        after: assignmentSnapshot(after),
      });
      return written({ id: input.id, staffMemberId: before.staffMemberId });
    },
    {
      // Moving the end later can collide with another assignment or the contract.
      assignment_dates: { field: "validUntil", key: "dateOrder" },
      assignment_no_overlap: { field: "validUntil", key: "overlap" },
      assignment_fte_within_contract: { field: "validUntil", key: "fteOverContract" },
    },
  );
}

export type Transferred = { endedId: string; continuedId: string; staffMemberId: string };

/**
 * A transfer in one step and one transaction: the assignment ends at its school on `lastDay`
 * and a new one starts at `toSchoolId` the day after, until the old one's planned end. When
 * any rule refuses the second half, the first half is rolled back with it.
 */
export async function transferAssignment(
  viewer: Viewer,
  input: TransferAssignmentInput,
  context: AuditContext = {},
): Promise<WriteResult<Transferred, AssignmentCurrent>> {
  await requireAll(prisma, viewer, { capability: "assignments.write", what: ASSIGNMENT, entityId: input.id });
  return writeInTransaction<Transferred, AssignmentCurrent>(
    prisma,
    async (tx) => {
      const before = await tx.assignment.findUnique({ where: { id: input.id }, include: { staffMember: true } });
      if (!before) throw new NotFoundError(ASSIGNMENT);
      const firstDay = addDays(input.lastDay, 1);
      const oldUntil = isoOrNull(before.validUntil);
      const sameSchool = input.toSchoolId === before.schoolId;
      const problem = refusedTogether([
        input.lastDay < isoOf(before.validFrom) ? refused("invalid", { lastDay: ["dateOrder"] }) : null,
        // The transfer must fall within the assignment, leaving at least one day to continue.
        oldUntil !== null && input.lastDay >= oldUntil ? refused("invalid", { lastDay: ["invalid"] }) : null,
        sameSchool
          ? refused("invalid", { toSchoolId: ["sameSchool"] })
          : await checkSchool(tx, input.toSchoolId, firstDay, "toSchoolId"),
        await checkFunding(tx, input.fundingSourceId, "fundingSourceId"),
        // The continued assignment is a new record: both its ends must lie within.
        checkEmployment(before.staffMember, { from: firstDay, until: oldUntil }, { start: "lastDay", end: "lastDay" }),
      ]);
      if (problem) return problem;

      const { count } = await tx.assignment.updateMany({
        where: { id: input.id, version: input.version },
        data: { validUntil: dateOf(input.lastDay), version: { increment: 1 } },
      });
      const conflict = await unlessStale(count, () => currentOf(tx, input.id));
      if (conflict) return conflict;
      const ended = await tx.assignment.findUniqueOrThrow({ where: { id: input.id } });
      const continued = await tx.assignment.create({
        data: {
          staffMemberId: before.staffMemberId,
          schoolId: input.toSchoolId,
          fte: fteMilliToDecimal(input.fte),
          validFrom: dateOf(firstDay),
          validUntil: before.validUntil,
          fundingSourceId: input.fundingSourceId,
        },
      });
      const audit = log(tx, viewer, context);
      await audit({
        action: "assignment.ended",
        entity: "Assignment",
        entityId: ended.id,
        before: assignmentSnapshot(before),
        after: { ...assignmentSnapshot(ended), transferredTo: continued.id },
      });
      await audit({
        action: "assignment.created",
        entity: "Assignment",
        entityId: continued.id,
        after: { ...assignmentSnapshot(continued), transferredFrom: ended.id },
      });
      return written({ endedId: ended.id, continuedId: continued.id, staffMemberId: before.staffMemberId });
    },
    {
      // The new assignment collides with one at the target school, or the two together exceed the contract.
      assignment_no_overlap: { field: "toSchoolId", key: "overlap" },
      assignment_fte_within_contract: { field: "fte", key: "fteOverContract" },
      assignment_dates: { field: "lastDay", key: "dateOrder" },
    },
  );
}
