// What the audit log may keep about a staff member (decision in docs/privacy.md).
//
// The audit table is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, so an
// entry written today can never be anonymised later. Audit events about staff and their
// assignments therefore carry ids, dates and FTE only, and name the personal fields that
// changed without their values. Then anonymising the staff_member row removes the person
// from Stellwerk, and the Art. 15 export (lib/dal/privacy.ts) still finds every event by id.

/** The fields of a staff member that identify the person; never written to the audit log. */
export const STAFF_PERSONAL_FIELDS = [
  "personnelNumber",
  "firstName",
  "lastName",
  "email",
  "phone",
  "qualification",
] as const;

/** Free text on an assignment may name people too. */
export const ASSIGNMENT_PERSONAL_FIELDS = ["note"] as const;

type Snapshot = Record<string, unknown>;

function withoutFields(row: Snapshot, fields: readonly string[]): Snapshot {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !fields.includes(key)));
}

function changedFields(before: Snapshot | null, after: Snapshot | null, fields: readonly string[]): string[] {
  return fields.filter((field) => {
    const a = before?.[field] ?? null;
    const b = after?.[field] ?? null;
    return JSON.stringify(a) !== JSON.stringify(b);
  });
}

/**
 * The before/after of a staff change as the audit log may keep it: personal fields dropped,
 * the names of those that changed listed in `personalFieldsChanged` of `after`.
 */
export function staffAuditPair(before: Snapshot | null, after: Snapshot | null) {
  const changed = changedFields(before, after, STAFF_PERSONAL_FIELDS);
  return {
    before: before ? withoutFields(before, STAFF_PERSONAL_FIELDS) : null,
    after: after ? { ...withoutFields(after, STAFF_PERSONAL_FIELDS), personalFieldsChanged: changed } : null,
  };
}

/** The same for an assignment; the snapshot must carry `staffMemberId` (the Art. 15 export finds it by that). */
export function assignmentAuditPair(before: Snapshot | null, after: Snapshot | null) {
  const changed = changedFields(before, after, ASSIGNMENT_PERSONAL_FIELDS);
  return {
    before: before ? withoutFields(before, ASSIGNMENT_PERSONAL_FIELDS) : null,
    after: after ? { ...withoutFields(after, ASSIGNMENT_PERSONAL_FIELDS), personalFieldsChanged: changed } : null,
  };
}
