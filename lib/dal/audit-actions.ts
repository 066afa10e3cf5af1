// Every action code the audit log records, in one place: recordAudit() accepts only these
// (AuditEntry.action), and a unit test checks that each has a label in both catalogs
// (audit.json `actions.<code>`, the dot nesting the keys), so the log never shows raw codes.
// Add a code here when a new kind of change is audited.

export const AUDIT_ACTIONS = [
  "access.denied",
  "api_token.created",
  "api_token.revoked",
  "api_token.expired_use",
  "assignment.created",
  "assignment.updated",
  "assignment.ended",
  "assignment.removed",
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "district.created",
  "district.updated",
  "district.archived",
  "district.unarchived",
  "export.xlsx",
  "export.csv",
  "export.pdf",
  "export.data",
  "funding_source.created",
  "funding_source.updated",
  "funding_source.archived",
  "funding_source.unarchived",
  "import.commit",
  "municipality.contact_updated",
  "privacy.export",
  "privacy.anonymise",
  "provider.created",
  "provider.updated",
  "provider.contact_updated",
  "provider.archived",
  "provider.unarchived",
  "school.created",
  "school.updated",
  "school.archived",
  "school.unarchived",
  "settings.threshold_updated",
  "staff.created",
  "staff.updated",
  "staff.employment_ended",
  "user.created",
  "user.updated",
  "user.disabled",
  "user.enabled",
  "user.password_reset",
  "user.password_changed",
  "user.signed_out_everywhere",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * The record kinds events name as their `entity`, each with a label in the catalogs
 * (audit.json `entities.<name>`). access.denied names the refused capability instead.
 */
export const AUDIT_ENTITIES = [
  "User",
  "ApiToken",
  "School",
  "Provider",
  "District",
  "StaffMember",
  "Assignment",
  "FundingSource",
  "Export",
  "Import",
  "Municipality",
] as const;
