import type { IsoDate } from "../../coverage/types.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { reachOf } from "../../permissions.ts";
import { retentionCutoff } from "../../privacy/retention.ts";
import type { AnonymiseInput } from "../../schemas/privacy.ts";
import { denyAccess } from "../authorization.ts";
import { NotFoundError } from "../errors.ts";
import { audienceOf } from "../viewer-types.ts";
import { type Actor, type AdminDb, type AuditContext, auditAs } from "./admin-actor.ts";

// Data protection (GDPR) for staff, shared by the app (lib/dal/privacy.ts) and, later, an
// operator command: the Art. 15 export of everything stored about one staff member, and the
// anonymisation of staff whose retention period is over. Both need `privacy.manage` (ADMIN).
// Figures never change: anonymisation keeps every date, FTE, school and funding source.

type Tx = Prisma.TransactionClient;

const STAFF = "StaffMember";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What replaces the personal data of an anonymised staff member (data, not UI text). */
export const ANONYMISED = {
  firstName: "Anonymisiert",
  /** Followed by the first 8 characters of the id, so that rows stay tellable apart. */
  lastNamePrefix: "Fachkraft ",
  /** Followed by the whole id: unique per provider, and meaningless outside Stellwerk. */
  personnelNumberPrefix: "ANON-",
} as const;

/** Refuses (and audits the attempt) unless the actor may manage data protection. */
async function authorizePrivacy(db: AdminDb, actor: Actor, entityId?: string): Promise<void> {
  if (actor.kind === "cli") return;
  if (reachOf(audienceOf(actor), "privacy.manage") !== "all") {
    // Only a well-formed id goes into the audit log, never arbitrary text from a URL.
    const id = entityId && UUID.test(entityId) ? entityId : null;
    await denyAccess(db, actor, { capability: "privacy.manage", what: "Fachkraft", entityId: id });
  }
}

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const isoTime = (date: Date | null) => (date ? date.toISOString() : null);
const fteNumber = (value: Prisma.Decimal) => Number(value.toFixed(3));

// ---------------------------------------------------------------------------------------
// Art. 15: the export of one staff member
// ---------------------------------------------------------------------------------------

export const STAFF_EXPORT_FORMAT = "stellwerk.gdpr-art15.staff-member.v1";

export type StaffExport = {
  format: typeof STAFF_EXPORT_FORMAT;
  generatedAt: string;
  staffMember: {
    id: string;
    provider: { id: string; name: string; shortName: string };
    personnelNumber: string;
    firstName: string;
    lastName: string;
    email: string | null;
    phone: string | null;
    qualification: string | null;
    employmentFte: number;
    employedFrom: string;
    employedUntil: string | null;
    anonymisedAt: string | null;
    createdAt: string;
    updatedAt: string;
  };
  assignments: {
    id: string;
    school: { id: string; schoolNumber: string; name: string };
    fte: number;
    validFrom: string;
    validUntil: string | null;
    fundingSource: { id: string; name: string; kind: string } | null;
    note: string | null;
    createdAt: string;
    updatedAt: string;
  }[];
  /** Every audit event about the person or one of their assignments, oldest first. */
  auditEvents: {
    id: string;
    at: string;
    action: string;
    entity: string;
    entityId: string | null;
    actor: string;
    actorRole: string | null;
    before: Prisma.JsonValue;
    after: Prisma.JsonValue;
  }[];
};

type AuditRow = {
  id: bigint;
  at: Date;
  action: string;
  entity: string;
  entity_id: string | null;
  actor: string;
  actor_role: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

/**
 * Audit events about a staff member: by id (the person, or any of their assignments, under
 * whatever entity name) or naming them as `staffMemberId` in a snapshot (an assignment that
 * has since been deleted). Rare and admin-only, so a scan of the audit table is acceptable.
 */
function auditEventsAbout(tx: Tx, staffId: string, assignmentIds: string[]): Promise<AuditRow[]> {
  const ids = [staffId, ...assignmentIds];
  return tx.$queryRaw<AuditRow[]>`
    SELECT id, at, action, entity, entity_id, actor, actor_role::text AS actor_role, before, after
      FROM audit_event
     WHERE entity_id = ANY(${ids}::text[])
        OR before ->> 'staffMemberId' = ${staffId}
        OR after ->> 'staffMemberId' = ${staffId}
     ORDER BY at, id`;
}

/**
 * Everything Stellwerk stores about one staff member, for a GDPR Art. 15 request. The export
 * is audited (`privacy.export`) in the same transaction, with counts only: no personal data.
 */
export async function exportStaffMember(
  db: AdminDb,
  actor: Actor,
  staffId: string,
  context: AuditContext = {},
  now: Date = new Date(),
): Promise<StaffExport> {
  await authorizePrivacy(db, actor, staffId);
  if (!UUID.test(staffId)) throw new NotFoundError("Fachkraft");
  return db.$transaction(async (tx) => {
    const staff = await tx.staffMember.findUnique({
      where: { id: staffId },
      include: {
        provider: { select: { id: true, name: true, shortName: true } },
        assignments: {
          include: {
            school: { select: { id: true, schoolNumber: true, name: true } },
            fundingSource: { select: { id: true, name: true, kind: true } },
          },
          orderBy: [{ validFrom: "asc" }, { id: "asc" }],
        },
      },
    });
    if (!staff) throw new NotFoundError("Fachkraft");
    const events = await auditEventsAbout(
      tx,
      staff.id,
      staff.assignments.map((assignment) => assignment.id),
    );
    await auditAs(tx, actor, {
      action: "privacy.export",
      entity: STAFF,
      entityId: staff.id,
      requestId: context.requestId,
      after: { assignments: staff.assignments.length, auditEvents: events.length },
    });
    return {
      format: STAFF_EXPORT_FORMAT,
      generatedAt: now.toISOString(),
      staffMember: {
        id: staff.id,
        provider: staff.provider,
        personnelNumber: staff.personnelNumber,
        firstName: staff.firstName,
        lastName: staff.lastName,
        email: staff.email,
        phone: staff.phone,
        qualification: staff.qualification,
        employmentFte: fteNumber(staff.employmentFte),
        employedFrom: isoDate(staff.employedFrom) as string,
        employedUntil: isoDate(staff.employedUntil),
        anonymisedAt: isoTime(staff.anonymisedAt),
        createdAt: staff.createdAt.toISOString(),
        updatedAt: staff.updatedAt.toISOString(),
      },
      assignments: staff.assignments.map((assignment) => ({
        id: assignment.id,
        school: assignment.school,
        fte: fteNumber(assignment.fte),
        validFrom: isoDate(assignment.validFrom) as string,
        validUntil: isoDate(assignment.validUntil),
        fundingSource: assignment.fundingSource,
        note: assignment.note,
        createdAt: assignment.createdAt.toISOString(),
        updatedAt: assignment.updatedAt.toISOString(),
      })),
      auditEvents: events.map((event) => ({
        id: event.id.toString(),
        at: event.at.toISOString(),
        action: event.action,
        entity: event.entity,
        entityId: event.entity_id,
        actor: event.actor,
        actorRole: event.actor_role,
        before: event.before,
        after: event.after,
      })),
    };
  });
}

// ---------------------------------------------------------------------------------------
// Finding the staff member
// ---------------------------------------------------------------------------------------

export type StaffChoice = {
  id: string;
  firstName: string;
  lastName: string;
  personnelNumber: string;
  provider: string;
  employedFrom: IsoDate;
  employedUntil: IsoDate | null;
  anonymisedAt: Date | null;
};

export const STAFF_SEARCH_LIMIT = 50;

/**
 * Staff whose name or personnel number contains every word of `query` (case-insensitive),
 * by name; at most STAFF_SEARCH_LIMIT, with the total number of matches.
 */
export async function searchStaff(
  db: AdminDb,
  actor: Actor,
  query: string,
): Promise<{ staff: StaffChoice[]; total: number }> {
  await authorizePrivacy(db, actor);
  const words = query.split(" ").filter(Boolean).slice(0, 5);
  const where: Prisma.StaffMemberWhereInput = {
    AND: words.map((word) => ({
      OR: [
        { lastName: { contains: word, mode: "insensitive" } },
        { firstName: { contains: word, mode: "insensitive" } },
        { personnelNumber: { contains: word, mode: "insensitive" } },
      ],
    })),
  };
  const [rows, total] = await Promise.all([
    db.staffMember.findMany({
      where,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        personnelNumber: true,
        employedFrom: true,
        employedUntil: true,
        anonymisedAt: true,
        provider: { select: { shortName: true } },
      },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      take: STAFF_SEARCH_LIMIT,
    }),
    db.staffMember.count({ where }),
  ]);
  return {
    total,
    staff: rows.map((row) => ({
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      personnelNumber: row.personnelNumber,
      provider: row.provider.shortName,
      employedFrom: isoDate(row.employedFrom) as string,
      employedUntil: isoDate(row.employedUntil),
      anonymisedAt: row.anonymisedAt,
    })),
  };
}

// ---------------------------------------------------------------------------------------
// Anonymisation after the retention period
// ---------------------------------------------------------------------------------------

export type RetentionClock = { today: IsoDate; years: number };

export type AnonymisationPreview = RetentionClock & {
  /** Staff whose employment ended before this date are past retention. */
  cutoff: IsoDate;
  /** How many of them still carry personal data. */
  count: number;
};

const dueWhere = (cutoff: IsoDate): Prisma.StaffMemberWhereInput => ({
  anonymisedAt: null,
  employedUntil: { lt: new Date(`${cutoff}T00:00:00Z`) },
});

/** How many staff would be anonymised today, and the rule's cut-off date. */
export async function previewAnonymisation(
  db: AdminDb,
  actor: Actor,
  clock: RetentionClock,
): Promise<AnonymisationPreview> {
  await authorizePrivacy(db, actor);
  const cutoff = retentionCutoff(clock.today, clock.years);
  const count = await db.staffMember.count({ where: dueWhere(cutoff) });
  return { ...clock, cutoff, count };
}

export type AnonymisationResult =
  | { ok: true; count: number; cutoff: IsoDate }
  /** The preview the admin confirmed is out of date (another day, or other staff): nothing was done. */
  | { ok: false; reason: "stale"; preview: AnonymisationPreview };

/**
 * Replaces the personal data of every staff member past retention, in one transaction with
 * one audit event (the count, no names). Names become a neutral placeholder; e-mail, phone,
 * qualification and the notes on their assignments are cleared; the personnel number becomes
 * "ANON-<id>". Dates, FTE, schools and funding stay, so every figure stays the same. Versions
 * go up, so a form opened before cannot write the old values back. Idempotent: anonymised
 * staff are not touched again, and a run that finds nobody writes nothing.
 *
 * The admin confirms the preview's cut-off and count; if either changed since (the year
 * turned, someone's employment was edited, another admin ran it first), nothing is done.
 */
export async function anonymiseStaff(
  db: AdminDb,
  actor: Actor,
  confirmed: Pick<AnonymiseInput, "cutoff" | "expected">,
  clock: RetentionClock,
  context: AuditContext = {},
): Promise<AnonymisationResult> {
  await authorizePrivacy(db, actor);
  const cutoff = retentionCutoff(clock.today, clock.years);
  const stale = async (): Promise<AnonymisationResult> => ({
    ok: false,
    reason: "stale",
    preview: await previewAnonymisation(db, actor, clock),
  });
  if (confirmed.cutoff !== cutoff) return stale();

  const outcome = await db.$transaction(async (tx): Promise<{ count: number } | null> => {
    // Locks the rows: a second admin running at the same time waits here, then finds none.
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM staff_member
       WHERE anonymised_at IS NULL AND employed_until < ${cutoff}::date
       ORDER BY id FOR UPDATE`;
    if (due.length !== confirmed.expected) return null;
    if (due.length === 0) return { count: 0 };
    const ids = due.map((row) => row.id);
    await tx.$executeRaw`
      UPDATE staff_member
         SET first_name = ${ANONYMISED.firstName},
             last_name = ${ANONYMISED.lastNamePrefix} || left(id::text, 8),
             personnel_number = ${ANONYMISED.personnelNumberPrefix} || id::text,
             email = NULL, phone = NULL, qualification = NULL,
             anonymised_at = now(), updated_at = now(), version = version + 1
       WHERE id = ANY(${ids}::uuid[])`;
    await tx.$executeRaw`
      UPDATE assignment SET note = NULL, updated_at = now(), version = version + 1
       WHERE staff_member_id = ANY(${ids}::uuid[]) AND note IS NOT NULL`;
    await auditAs(tx, actor, {
      action: "privacy.anonymise",
      entity: STAFF,
      requestId: context.requestId,
      after: { count: ids.length, cutoff, retentionYears: clock.years },
    });
    return { count: ids.length };
  });
  if (!outcome) return stale();
  return { ok: true, count: outcome.count, cutoff };
}
