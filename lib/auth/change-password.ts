import { recordAudit } from "../dal/audit.ts";
import type { SignedInViewer } from "../dal/viewer-types.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { type Message, message } from "../i18n/message.ts";
import { checkNewPassword, hashPassword, verifyPassword } from "./password.ts";
import { beginAttempt, refundAttempt, throttleKey } from "./throttle.ts";

// A signed-in user replaces their own password (also the forced change after a one-time
// password). The current password is asked for, so a borrowed session cannot take the account
// over; wrong guesses are throttled like sign-ins. Success bumps sessionVersion, which ends
// every other session of the user; the caller re-issues this browser's cookie.

type Db = Pick<PrismaClient, "$transaction" | "$executeRaw" | "$queryRaw" | "user" | "auditEvent">;

export type ChangePasswordInput = { currentPassword: string; newPassword: string; repeatPassword: string };
export type ChangePasswordField = keyof ChangePasswordInput;

export type ChangePasswordResult =
  | { ok: true; sessionVersion: number }
  | { ok: false; fieldErrors: Partial<Record<ChangePasswordField, Message>>; message?: Message };

export async function changeOwnPassword(
  db: Db,
  viewer: SignedInViewer,
  sessionVersion: number,
  input: ChangePasswordInput,
  options: { requestId?: string | null; now?: Date } = {},
): Promise<ChangePasswordResult> {
  const now = options.now ?? new Date();
  const fieldErrors: Partial<Record<ChangePasswordField, Message>> = {};
  if (!input.currentPassword) fieldErrors.currentPassword = message("account.errors.currentRequired");
  const rule = checkNewPassword(input.newPassword, { email: viewer.email, name: viewer.name });
  if (rule) fieldErrors.newPassword = rule;
  if (input.repeatPassword !== input.newPassword) {
    fieldErrors.repeatPassword = message("account.errors.repeatMismatch");
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

  const keys = [throttleKey("change", viewer.userId)];
  const decision = await beginAttempt(db, keys, now);
  if (!decision.ok) {
    return { ok: false, fieldErrors: {}, message: message("account.errors.tooManyAttempts") };
  }
  const user = await db.user.findUnique({ where: { id: viewer.userId }, select: { passwordHash: true } });
  if (
    !user ||
    input.currentPassword.length > 1024 ||
    !(await verifyPassword(user.passwordHash, input.currentPassword))
  ) {
    return { ok: false, fieldErrors: { currentPassword: message("account.errors.currentWrong") } };
  }
  await refundAttempt(db, decision.keys);
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    return { ok: false, fieldErrors: { newPassword: message("account.errors.sameAsCurrent") } };
  }

  const passwordHash = await hashPassword(input.newPassword);
  const changed = await db.$transaction(async (tx) => {
    // Only if the session is still the current one (not disabled or revoked meanwhile).
    const { count } = await tx.user.updateMany({
      where: { id: viewer.userId, sessionVersion, active: true },
      data: {
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: now,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
    });
    if (count === 0) return false;
    await recordAudit(tx, viewer, {
      action: "user.password_changed",
      entity: "User",
      entityId: viewer.userId,
      after: { by: "self" },
      requestId: options.requestId ?? null,
    });
    return true;
  });
  if (!changed) {
    return { ok: false, fieldErrors: {}, message: message("account.errors.sessionInvalid") };
  }
  return { ok: true, sessionVersion: sessionVersion + 1 };
}
