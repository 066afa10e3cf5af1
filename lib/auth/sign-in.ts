import { recordAudit } from "../dal/audit.ts";
import { ANONYMOUS, type SignedInViewer, viewerFromUser } from "../dal/viewer-types.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { logServerNotice } from "../http/log.ts";
import type { MessageKey } from "../i18n/message.ts";
import { issueDeviceCookie, readDeviceCookie } from "./device-cookie.ts";
import { dummyPasswordHash, verifyPassword } from "./password.ts";
import { beginAttempt, refundAttempt, throttleKey } from "./throttle.ts";

// Checks e-mail and password for the credentials provider (lib/auth/options.ts), with the
// throttle and anti-lockout rule of throttle.ts. An unknown e-mail, a wrong password and a
// deactivated account give the same answer after the same work (an argon2 verification), so
// the answer does not tell whether an account exists.

type Db = Pick<PrismaClient, "$transaction" | "$executeRaw" | "$queryRaw" | "user" | "auditEvent">;

export type SignInInput = {
  email: string;
  password: string;
  /** The client's address (lib/http/client-ip.ts); null when unknown. */
  ip: string | null;
  /** The known-device cookie the browser sent, if any. */
  deviceCookie?: string | null;
  requestId?: string | null;
};

export type SignedInUser = {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
  mustChangePassword: boolean;
};

export type SignInResult =
  | { ok: true; user: SignedInUser; deviceCookie: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** The catalog keys of the two answers a person gets (the sign-in page shows them). */
export const SIGN_IN_MESSAGES = {
  invalid: "auth.errors.invalid",
  throttled: "auth.errors.throttled",
} as const satisfies Record<string, MessageKey>;

/** E-mail addresses are stored lower-case (a CHECK in the database insists). */
export function normalizeEmail(email: string): string {
  return email.normalize("NFKC").trim().toLowerCase();
}

// Input that cannot belong to any account is refused without a database round trip beyond the
// throttle; the limits are far above anything real.
const MAX_EMAIL_LENGTH = 320;
const MAX_PASSWORD_LENGTH = 1024;

/** For the audit trail: the e-mail tried, but not whatever else was typed into the field. */
function auditLabel(email: string): string {
  return /^[^\s@]{1,64}@[^\s@]{1,255}$/.test(email) ? email : "unbekannt";
}

export async function checkCredentials(db: Db, input: SignInInput, now: Date = new Date()): Promise<SignInResult> {
  const email = normalizeEmail(input.email).slice(0, MAX_EMAIL_LENGTH);
  const password = input.password;
  const requestId = input.requestId ?? null;

  // Anti-lockout: a valid known-device cookie for this very e-mail is throttled on its own.
  const device = readDeviceCookie(input.deviceCookie, now);
  const keys =
    device && device.email === email
      ? [throttleKey("device", device.nonce)]
      : [throttleKey("account", email), ...(input.ip ? [throttleKey("ip", input.ip)] : [])];

  const decision = await beginAttempt(db, keys, now);
  if (!decision.ok) {
    const retryAfterSeconds = Math.ceil(decision.retryAfterMs / 1000);
    logServerNotice(requestId ?? "-", `Anmeldung gedrosselt für ${keys.join(", ")} (noch ${retryAfterSeconds} s)`);
    // Not audited: refused attempts are unbounded under attack, the audit trail is append-only.
    return { ok: false, reason: "throttled", retryAfterSeconds };
  }

  const user =
    email.length > 0
      ? await db.user.findUnique({
          where: { email },
          select: {
            id: true,
            email: true,
            name: true,
            role: true,
            active: true,
            passwordHash: true,
            sessionVersion: true,
            mustChangePassword: true,
            providerId: true,
            schoolId: true,
          },
        })
      : null;
  // Always exactly one argon2 verification, against a dummy hash when there is no such user
  // (or the input cannot be a password), so every failure costs the same time.
  const plausible = password.length > 0 && password.length <= MAX_PASSWORD_LENGTH;
  const verified = await verifyPassword(
    (plausible ? user?.passwordHash : undefined) ?? (await dummyPasswordHash()),
    plausible ? password : "-",
  );
  const passwordOk = plausible && user !== null && verified;

  if (!user || !passwordOk || !user.active) {
    const reason = !user ? "unbekannte E-Mail-Adresse" : !passwordOk ? "falsches Passwort" : "Konto deaktiviert";
    await recordAudit(db, ANONYMOUS, {
      action: "auth.sign_in_failed",
      entity: "User",
      entityId: user?.id ?? null,
      actorLabel: auditLabel(email),
      after: { reason, ip: input.ip, knownDevice: keys[0]?.startsWith("device:") ?? false },
      requestId,
    });
    return { ok: false, reason: "invalid" };
  }

  await refundAttempt(db, decision.keys);
  const viewer: SignedInViewer = viewerFromUser(user, "session");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await recordAudit(tx, viewer, {
      action: "auth.sign_in",
      entity: "User",
      entityId: user.id,
      after: { ip: input.ip, knownDevice: keys[0]?.startsWith("device:") ?? false },
      requestId,
    });
  });
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      sessionVersion: user.sessionVersion,
      mustChangePassword: user.mustChangePassword,
    },
    deviceCookie: issueDeviceCookie(email, now),
  };
}
