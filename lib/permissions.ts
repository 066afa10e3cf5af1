import germanCommon from "./i18n/messages/de/common.json";

// The role → capability table of docs/domain.md, as data. The data access layer (lib/dal/)
// enforces it on the server; the UI reads it only to hide what the DAL would refuse anyway.

export type Role = "ADMIN" | "SUPERVISOR" | "PROVIDER" | "SCHOOL";
export type Audience = Role | "ANONYMOUS";

/**
 * How far a capability reaches for an audience:
 * - all: every record
 * - own: the records of the viewer's own provider (PROVIDER) or school (SCHOOL)
 * - names: names only (e.g. a provider sees the list of school names)
 * - public: aggregates that passed suppression
 * - ownContact: only the contact fields of the viewer's own record
 */
export type Reach = "all" | "own" | "names" | "public" | "ownContact";

export type Capability =
  | "coverage.read"
  | "schools.read"
  | "schools.write"
  | "providers.read"
  | "providers.write"
  | "staff.read"
  | "staff.write"
  | "assignments.read"
  | "assignments.write"
  | "fundingSources.read"
  | "fundingSources.write"
  | "users.manage"
  | "apiTokens.manage"
  | "audit.read"
  | "import.run"
  | "export.run"
  | "privacy.manage"
  | "settings.write"
  | "municipality.write";

type Table = Record<Capability, Partial<Record<Audience, Reach>>>;

export const PERMISSIONS: Table = {
  "coverage.read": { ADMIN: "all", SUPERVISOR: "all", PROVIDER: "own", SCHOOL: "own", ANONYMOUS: "public" },
  "schools.read": { ADMIN: "all", SUPERVISOR: "all", PROVIDER: "names", SCHOOL: "own", ANONYMOUS: "public" },
  "schools.write": { ADMIN: "all" },
  "providers.read": { ADMIN: "all", SUPERVISOR: "all", PROVIDER: "own", SCHOOL: "names" },
  "providers.write": { ADMIN: "all", PROVIDER: "ownContact" },
  "staff.read": { ADMIN: "all", SUPERVISOR: "all", PROVIDER: "own", SCHOOL: "own" },
  "staff.write": { ADMIN: "all", PROVIDER: "own" },
  "assignments.read": { ADMIN: "all", SUPERVISOR: "all", PROVIDER: "own", SCHOOL: "own" },
  "assignments.write": { ADMIN: "all" },
  "fundingSources.read": { ADMIN: "all", SUPERVISOR: "all" },
  "fundingSources.write": { ADMIN: "all" },
  "users.manage": { ADMIN: "all" },
  "apiTokens.manage": { ADMIN: "all" },
  "audit.read": { ADMIN: "all" },
  "import.run": { ADMIN: "all", PROVIDER: "own" },
  "export.run": { ADMIN: "all", SUPERVISOR: "all", PROVIDER: "own", SCHOOL: "own", ANONYMOUS: "public" },
  // GDPR: the Art. 15 export of one staff member's data and the anonymisation after retention.
  "privacy.manage": { ADMIN: "all" },
  // The municipality's settings an admin changes on screen (the pupils-per-FTE threshold).
  "settings.write": { ADMIN: "all" },
  // The coordination office's contact block (public page, start page of an uncovered school).
  "municipality.write": { ADMIN: "all" },
};

/**
 * Fields of an existing record that only the capability's "all" reach may change; an "own"
 * reach (a provider for its staff) keeps the stored values. One rule for every way in: the
 * edit form does not offer these fields, the DAL keeps the stored value whatever a form
 * sends, and the import refuses a row that would change them. Ending an employment is its
 * own action (it ends the assignments too), open to providers; the import cannot do that.
 */
export const FULL_REACH_FIELDS = {
  "staff.write": ["providerId", "employedFrom", "employedUntil"],
} as const satisfies Partial<Record<Capability, readonly string[]>>;

export type FieldRuledCapability = keyof typeof FULL_REACH_FIELDS;

/** Whether a writer with `reach` may change `field` of an existing record. */
export function mayChangeField(reach: Reach | null, capability: FieldRuledCapability, field: string): boolean {
  if (reach === "all") return true;
  if (reach === null) return false;
  return !(FULL_REACH_FIELDS[capability] as readonly string[]).includes(field);
}

/** The reach of a capability for an audience, or null when it has none. */
export function reachOf(audience: Audience, capability: Capability): Reach | null {
  return PERMISSIONS[capability][audience] ?? null;
}

/**
 * German role names for the operator CLI and the demo's sign-in table, from the catalog.
 * @deprecated in the UI: use the key `common.roles.<ROLE>` (t("roles.ADMIN") with "common"),
 * so that the reader's language is used.
 */
export const ROLE_LABELS: Record<Role, string> = germanCommon.roles;
