import { ruleViolation } from "../../db-errors.ts";
import type { FieldErrors } from "../../schemas/user.ts";

// What the admin functions answer when a change is refused for a reason the person can fix
// (a taken e-mail, a stale form). "Not allowed" and "does not exist" are NotFoundError instead.

export type AdminFailure = {
  ok: false;
  reason: "invalid" | "conflict";
  message: string;
  fieldErrors?: FieldErrors;
};
export type AdminResult<T> = { ok: true; value: T } | AdminFailure;

export const ok = <T>(value: T): AdminResult<T> => ({ ok: true, value });

export function invalid(message: string, fieldErrors?: FieldErrors): AdminFailure {
  return { ok: false, reason: "invalid", message, fieldErrors };
}

export const STALE_MESSAGE =
  "Dieser Zugang wurde inzwischen an anderer Stelle geändert. Ihre Änderungen wurden nicht gespeichert – " +
  "bitte laden Sie die Seite neu und tragen Sie sie erneut ein.";

export function conflict(message = STALE_MESSAGE): AdminFailure {
  return { ok: false, reason: "conflict", message };
}

export const EMAIL_TAKEN = "Diese E-Mail-Adresse ist bereits einem anderen Zugang zugeordnet.";

/** Whether a write failed on the unique e-mail address. */
export function isDuplicateEmail(error: unknown): boolean {
  const violation = ruleViolation(error);
  if (violation?.sqlState !== "23505") return false;
  return violation.constraint === null || violation.constraint.includes("email");
}
