// How the audit log shows each key of a before/after snapshot: its label (catalog audit.json
// `fields.<key>`) and how its value is written. Keys listed in HIDDEN_FIELDS are bookkeeping
// (versions, session counters) and never shown. A key not listed here is shown under its
// own name, so a new snapshot field is visible before it gets a label.

export type FieldFormat =
  | "text"
  | "count"
  /** A calendar date, YYYY-MM-DD. */
  | "day"
  /** An instant, ISO 8601 with time. */
  | "instant"
  /** FTE in thousandths (500). */
  | "fteMilli"
  /** FTE as a decimal string ("0.500"). */
  | "fteDecimal"
  | "bool"
  | "role"
  | "schoolType"
  | "providerKind"
  | "fundingKind"
  /** The id of another record, shown by its name. */
  | "reference"
  /** The export's scope: all, or one provider or school. */
  | "scope"
  /** A list of snapshot keys (personal fields that changed), shown by their labels. */
  | "fieldList"
  /** A code with a label in `reasons.<code>`, else the text itself. */
  | "reason";

export const HIDDEN_FIELDS: ReadonlySet<string> = new Set(["version", "sessionVersion", "createdAt", "updatedAt"]);

export const FIELD_FORMATS: Readonly<Record<string, FieldFormat>> = {
  // schools
  schoolNumber: "text",
  name: "text",
  type: "schoolType",
  districtId: "reference",
  address: "text",
  pupilCount: "count",
  socialIndex: "count",
  openedOn: "day",
  closedOn: "day",
  archivedAt: "instant",
  // providers
  shortName: "text",
  contact: "text",
  // funding sources
  validFrom: "day",
  validUntil: "day",
  reference: "text",
  // staff
  providerId: "reference",
  personnelNumber: "text",
  firstName: "text",
  lastName: "text",
  email: "text",
  phone: "text",
  qualification: "text",
  employmentFteMilli: "fteMilli",
  employedFrom: "day",
  employedUntil: "day",
  personalFieldsChanged: "fieldList",
  // assignments
  staffMemberId: "reference",
  schoolId: "reference",
  fte: "fteDecimal",
  fundingSourceId: "reference",
  note: "text",
  transferredTo: "reference",
  transferredFrom: "reference",
  // users and tokens
  role: "role",
  active: "bool",
  mustChangePassword: "bool",
  userId: "reference",
  userEmail: "text",
  prefix: "text",
  revokedAt: "instant",
  expiresAt: "instant",
  // sign-in, exports, imports, privacy, refusals, settings
  ip: "text",
  reason: "reason",
  knownDevice: "bool",
  by: "text",
  what: "text",
  keyDate: "day",
  scope: "scope",
  filename: "text",
  bytes: "count",
  assignments: "count",
  auditEvents: "count",
  count: "count",
  cutoff: "day",
  retentionYears: "count",
  pupilsPerFteThreshold: "count",
};

/** Keys whose value is the kind of a record (School.type vs Provider.kind vs FundingSource.kind). */
export function formatOf(key: string, entity: string): FieldFormat | undefined {
  if (key === "kind")
    return entity === "Provider" ? "providerKind" : entity === "FundingSource" ? "fundingKind" : "text";
  return FIELD_FORMATS[key];
}
