import { ruleViolation } from "../../db-errors.ts";
import { type Message, message } from "../../i18n/message.ts";
import type { FieldErrors } from "../../schemas/user.ts";

// What the admin functions answer when a change is refused for a reason the person can fix
// (a taken e-mail, a stale form). "Not allowed" and "does not exist" are NotFoundError instead.
// Messages are catalog keys with values: the page translates them, the CLI prints German.

export type AdminFailure = {
  ok: false;
  reason: "invalid" | "conflict";
  message: Message;
  fieldErrors?: FieldErrors;
};
export type AdminResult<T> = { ok: true; value: T } | AdminFailure;

export const ok = <T>(value: T): AdminResult<T> => ({ ok: true, value });

export function invalid(text: Message, fieldErrors?: FieldErrors): AdminFailure {
  return { ok: false, reason: "invalid", message: text, fieldErrors };
}

export const STALE_MESSAGE = message("users.errors.stale");

export function conflict(text: Message = STALE_MESSAGE): AdminFailure {
  return { ok: false, reason: "conflict", message: text };
}

export const EMAIL_TAKEN = message("users.errors.emailTaken");

/** Whether a write failed on the unique e-mail address. */
export function isDuplicateEmail(error: unknown): boolean {
  const violation = ruleViolation(error);
  if (violation?.sqlState !== "23505") return false;
  return violation.constraint === null || violation.constraint.includes("email");
}
