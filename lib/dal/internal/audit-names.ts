import { FIELD_FORMATS } from "../../audit/fields.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { ASSIGNMENT_PERSONAL_FIELDS, STAFF_PERSONAL_FIELDS } from "../../privacy/staff-audit.ts";
import type { Tx } from "./transaction.ts";

// The names the audit log shows for the ids in its events (the record itself and every
// reference in before/after), read in one query per table for a page of events. What the
// log must not show (docs/privacy.md): the name of an anonymised staff member, which gives
// way to a neutral label, and their personal fields in old snapshots, which are dropped.

/** How a referenced record is named; the UI words the neutral cases. */
export type AuditName =
  | { kind: "name"; name: string }
  | { kind: "anonymisedStaff" }
  | { kind: "assignment"; staff: string | null; school: string }
  | { kind: "apiToken"; name: string; prefix: string };

type Db = Pick<
  Tx,
  | "district"
  | "provider"
  | "school"
  | "fundingSource"
  | "staffMember"
  | "assignment"
  | "user"
  | "apiToken"
  | "municipality"
>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFERENCE_KEYS = Object.entries(FIELD_FORMATS)
  .filter(([, format]) => format === "reference")
  .map(([key]) => key);

type EventLike = { entityId: string | null; before: Prisma.JsonValue | null; after: Prisma.JsonValue | null };

const objectOf = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

function idsIn(snapshot: unknown): string[] {
  const row = objectOf(snapshot);
  if (!row) return [];
  const scope = objectOf(row.scope);
  return [...REFERENCE_KEYS.map((key) => row[key]), scope?.providerId, scope?.schoolId].filter(
    (value): value is string => typeof value === "string",
  );
}

/** Every id an event refers to (its record and the references of its snapshots). */
export function referencedIds(events: EventLike[]): string[] {
  const ids = events.flatMap((event) => [event.entityId, ...idsIn(event.before), ...idsIn(event.after)]);
  return [...new Set(ids.filter((id): id is string => typeof id === "string" && UUID.test(id)))];
}

const staffName = (row: { firstName: string; lastName: string; anonymisedAt: Date | null }) =>
  row.anonymisedAt ? null : `${row.firstName} ${row.lastName}`;

/** The names of `ids`, and which of them are anonymised staff. An id of no record is absent. */
export async function namesOf(
  db: Db,
  ids: string[],
): Promise<{ names: Record<string, AuditName>; anonymised: Set<string> }> {
  const names: Record<string, AuditName> = {};
  const anonymised = new Set<string>();
  if (ids.length === 0) return { names, anonymised };
  const where = { id: { in: ids } };
  const staffSelect = { firstName: true, lastName: true, anonymisedAt: true } as const;
  const [districts, providers, schools, funding, staff, assignments, users, tokens, municipalities] = await Promise.all(
    [
      db.district.findMany({ where, select: { id: true, name: true } }),
      db.provider.findMany({ where, select: { id: true, name: true } }),
      db.school.findMany({ where, select: { id: true, name: true } }),
      db.fundingSource.findMany({ where, select: { id: true, name: true } }),
      db.staffMember.findMany({ where, select: { id: true, ...staffSelect } }),
      db.assignment.findMany({
        where,
        select: { id: true, staffMember: { select: { id: true, ...staffSelect } }, school: { select: { name: true } } },
      }),
      db.user.findMany({ where, select: { id: true, name: true, email: true } }),
      db.apiToken.findMany({ where, select: { id: true, name: true, prefix: true } }),
      db.municipality.findMany({ where, select: { id: true, name: true } }),
    ],
  );
  for (const row of [...districts, ...providers, ...schools, ...funding, ...municipalities])
    names[row.id] = { kind: "name", name: row.name };
  for (const row of staff) {
    const name = staffName(row);
    names[row.id] = name ? { kind: "name", name } : { kind: "anonymisedStaff" };
    if (!name) anonymised.add(row.id);
  }
  for (const row of assignments) {
    names[row.id] = { kind: "assignment", staff: staffName(row.staffMember), school: row.school.name };
    if (row.staffMember.anonymisedAt) anonymised.add(row.staffMember.id);
  }
  for (const row of users) names[row.id] = { kind: "name", name: row.name || row.email };
  for (const row of tokens) names[row.id] = { kind: "apiToken", name: row.name, prefix: row.prefix };
  return { names, anonymised };
}

function without(snapshot: Prisma.JsonValue | null, fields: readonly string[]): Prisma.JsonValue | null {
  const row = objectOf(snapshot);
  if (!row) return snapshot;
  return Object.fromEntries(Object.entries(row).filter(([key]) => !fields.includes(key))) as Prisma.JsonValue;
}

/**
 * An event's before/after without what it may no longer show: the personal fields of an
 * anonymised staff member (their own events) and the notes of their assignments.
 */
export function withoutAnonymised<E extends EventLike & { entity: string }>(event: E, anonymised: Set<string>): E {
  const aboutStaff = event.entity === "StaffMember" && event.entityId !== null && anonymised.has(event.entityId);
  const staffOf = (snapshot: unknown) => objectOf(snapshot)?.staffMemberId;
  const staffId = staffOf(event.before) ?? staffOf(event.after);
  const aboutAssignment = typeof staffId === "string" && anonymised.has(staffId);
  if (!aboutStaff && !aboutAssignment) return event;
  const fields = aboutStaff ? STAFF_PERSONAL_FIELDS : ASSIGNMENT_PERSONAL_FIELDS;
  return { ...event, before: without(event.before, fields), after: without(event.after, fields) };
}
