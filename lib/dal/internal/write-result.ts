import { ruleViolation } from "../../db-errors.ts";

// What a DAL write answers when it is refused for a reason the person can fix. Messages are
// keys of the "errors" message catalog (translated by the page), never German text, so one
// DAL serves both languages. "Not allowed" and "does not exist" are NotFoundError instead.

/** A key of lib/i18n/messages/<locale>/errors.json. */
export type ErrorKey =
  | "invalid"
  | "required"
  | "tooLong"
  | "invalidDate"
  | "invalidNumber"
  | "dateOrder"
  | "fteRange"
  | "fteOverContract"
  | "overlap"
  | "duplicate"
  | "conflict"
  | "outsideEmployment"
  | "employmentLeavesAssignments"
  | "archived"
  | "sameSchool"
  | "ruleViolated";

export type FieldErrorKeys = Partial<Record<string, ErrorKey[]>>;

export type WriteFailure<Current = Record<string, unknown>> =
  | { ok: false; reason: "invalid"; message: ErrorKey; fieldErrors?: FieldErrorKeys }
  /** A stale form: someone saved in between. Nothing was written; `current` is what is stored now. */
  | { ok: false; reason: "conflict"; message: "conflict"; current: Current };

export type WriteResult<T, Current = Record<string, unknown>> = { ok: true; value: T } | WriteFailure<Current>;

export const written = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export function refused(message: ErrorKey, fieldErrors?: FieldErrorKeys): WriteFailure<never> {
  return { ok: false, reason: "invalid", message, fieldErrors };
}

/**
 * The refusals of a write's own checks together, so that a form reports them in one round:
 * their field errors merged under the first one's message; null when none refuses.
 */
export function refusedTogether(problems: (WriteFailure<never> | null)[]): WriteFailure<never> | null {
  const found = problems.filter((problem) => problem !== null);
  const first = found[0];
  if (!first) return null;
  const fieldErrors: FieldErrorKeys = {};
  for (const problem of found) {
    if (problem.reason !== "invalid") return problem;
    for (const [field, keys] of Object.entries(problem.fieldErrors ?? {})) {
      fieldErrors[field] = [...new Set([...(fieldErrors[field] ?? []), ...(keys ?? [])])];
    }
  }
  return refused(first.message, fieldErrors);
}

export function stale<Current>(current: Current): WriteFailure<Current> {
  return { ok: false, reason: "conflict", message: "conflict", current };
}

/** Which form field a database rule belongs to, per constraint name (or SQLSTATE as fallback). */
export type RuleFields = Partial<Record<string, { field: string; key: ErrorKey }>>;

// The rules every write may hit, with the field they belong to on the forms that write them.
const KNOWN_RULES: RuleFields = {
  assignment_no_overlap: { field: "validFrom", key: "overlap" },
  assignment_fte_within_contract: { field: "fte", key: "fteOverContract" },
  assignment_fte_range: { field: "fte", key: "fteRange" },
  assignment_dates: { field: "validUntil", key: "dateOrder" },
  staff_member_employment_fte_range: { field: "employmentFte", key: "fteRange" },
  staff_member_employment_dates: { field: "employedUntil", key: "dateOrder" },
  funding_source_dates: { field: "validUntil", key: "dateOrder" },
  school_closed_after_opened: { field: "closedOn", key: "dateOrder" },
  school_number_six_digits: { field: "schoolNumber", key: "invalid" },
  school_pupil_count_not_negative: { field: "pupilCount", key: "invalidNumber" },
  school_social_index_range: { field: "socialIndex", key: "invalidNumber" },
};

/**
 * Turns a database rule violation into a form error; returns null for anything else (which
 * the caller rethrows: a real fault). `fields` adds or overrides mappings, e.g. which field a
 * unique constraint belongs to on this form.
 */
export function ruleFailure(error: unknown, fields: RuleFields = {}): WriteFailure<never> | null {
  const violation = ruleViolation(error);
  if (!violation) return null;
  const rule =
    (violation.constraint ? (fields[violation.constraint] ?? KNOWN_RULES[violation.constraint]) : undefined) ??
    fields[violation.sqlState];
  if (rule) return refused(rule.key, { [rule.field]: [rule.key] });
  if (violation.sqlState === "23505") return refused("duplicate");
  return refused("ruleViolated");
}
