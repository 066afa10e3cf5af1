import type { PrismaClient } from "../generated/prisma/client.ts";

/*
 * Sign-in throttling, kept in PostgreSQL (table sign_in_throttle) so that it holds across all
 * app instances.
 *
 * THE RULE
 * - Attempts are counted per key: "account:<e-mail>" and "ip:<client address>" for an ordinary
 *   client; "device:<nonce>" for a client with a known-device cookie for that e-mail (below).
 *   "change:<user id>" counts wrong current passwords on the own-password page.
 * - The first four failures within 15 minutes cost nothing. The 5th failure blocks the key for
 *   1 s, and each further one for twice as long as the one before: 1 s, 2 s, 4 s, … up to
 *   15 min for an IP address and 5 min for an account or device. While a key is blocked, attempts are refused at once,
 *   without looking at the password, and are not counted (so waiting always helps).
 * - A key's count starts over after 15 minutes without a failure and without a block.
 * - Counting is pessimistic: an attempt is charged before the password is verified and
 *   refunded when it succeeds. So a burst of parallel guesses is counted in full, and the row
 *   lock is held only for a few statements, never during the (deliberately slow) argon2 check.
 *   The charge runs in one transaction that locks the rows (INSERT … ON CONFLICT DO NOTHING,
 *   then SELECT … FOR UPDATE in key order, so two sign-ins cannot deadlock).
 *
 * ANTI-LOCKOUT (OWASP "device cookies")
 * An attacker who guesses passwords for someone else's account must not be able to lock the
 * real user out. After every successful sign-in the browser gets a device cookie: the e-mail
 * plus a random nonce, signed (HMAC-SHA-256) with NEXTAUTH_SECRET, valid for 180 days
 * (lib/auth/device-cookie.ts). A sign-in that presents a valid device cookie for the e-mail it
 * names is counted ONLY under "device:<nonce>": the account and IP delays do not apply to it.
 * So the real user on their usual browser always gets in, however hard the account is being
 * attacked from elsewhere, while guessing without that cookie stays throttled per account and
 * per IP, and guessing with a stolen device cookie is throttled per device. Without any device
 * cookie (a new browser), the account delay is capped at 5 minutes, so even then the user
 * waits at most 5 minutes per attempt, never forever.
 */

export type ThrottleKind = "account" | "ip" | "device" | "change";

export const THROTTLE = {
  /** Failures that cost nothing. */
  freeFailures: 4,
  /** A key's count starts over after this long without a failure or block. */
  windowMs: 15 * 60_000,
  /** The delay after the 5th failure; it doubles with each further failure. */
  baseDelayMs: 1_000,
  maxDelayMs: { ip: 15 * 60_000, account: 5 * 60_000, device: 5 * 60_000, change: 5 * 60_000 } satisfies Record<
    ThrottleKind,
    number
  >,
};

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value}`;
}

function kindOf(key: string): ThrottleKind {
  const kind = key.slice(0, key.indexOf(":"));
  return kind === "ip" || kind === "device" || kind === "change" ? kind : "account";
}

/** How long a key is blocked after its n-th failure (0 for the first four). */
export function delayAfterFailures(failures: number, kind: ThrottleKind): number {
  if (failures <= THROTTLE.freeFailures) return 0;
  const doublings = failures - THROTTLE.freeFailures - 1;
  const max = THROTTLE.maxDelayMs[kind];
  // 2^20 s is far beyond every cap; stop before the number grows pointlessly.
  if (doublings >= 20) return max;
  return Math.min(max, THROTTLE.baseDelayMs * 2 ** doublings);
}

export type ThrottleState = {
  failures: number;
  windowStart: Date;
  blockedUntil: Date | null;
  /** The last time a failure was charged (or the row was created). */
  updatedAt: Date;
};

/** Whether a key's count has lapsed: 15 minutes without a failure and after any block. */
export function isLapsed(state: ThrottleState, now: Date): boolean {
  const lastActivity = Math.max(state.updatedAt.getTime(), state.blockedUntil?.getTime() ?? 0);
  return now.getTime() - lastActivity > THROTTLE.windowMs;
}

/** Milliseconds until the key accepts an attempt again (0 = now). */
export function remainingBlockMs(state: ThrottleState, now: Date): number {
  if (isLapsed(state, now) || !state.blockedUntil) return 0;
  return Math.max(0, state.blockedUntil.getTime() - now.getTime());
}

/** The state after charging one more failure at `now`. */
export function chargeFailure(state: ThrottleState | null, kind: ThrottleKind, now: Date): ThrottleState {
  const fresh = !state || isLapsed(state, now);
  const failures = fresh ? 1 : state.failures + 1;
  const delay = delayAfterFailures(failures, kind);
  return {
    failures,
    windowStart: fresh ? now : state.windowStart,
    blockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null,
    updatedAt: now,
  };
}

type Db = Pick<PrismaClient, "$transaction" | "$executeRaw" | "$queryRaw">;
type Row = { key: string; failures: number; window_start: Date; blocked_until: Date | null; updated_at: Date };

export type AttemptDecision = { ok: true; keys: string[] } | { ok: false; retryAfterMs: number };

/**
 * Asks whether a sign-in attempt may go ahead under all `keys`. If one is blocked, nothing is
 * charged and the answer says how long to wait. Otherwise one failure is charged to every key
 * (refund it with `refundAttempt` when the password turns out right).
 */
export async function beginAttempt(db: Db, keys: string[], now: Date = new Date()): Promise<AttemptDecision> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return { ok: true, keys: [] };
  const decision = await db.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO sign_in_throttle (key, failures, window_start, updated_at)
      SELECT key, 0, ${now}, ${now} FROM unnest(${sorted}::text[]) AS key
      ON CONFLICT (key) DO NOTHING`;
    const rows = await tx.$queryRaw<Row[]>`
      SELECT key, failures, window_start, blocked_until, updated_at
        FROM sign_in_throttle WHERE key = ANY(${sorted}::text[]) ORDER BY key FOR UPDATE`;
    const states = rows.map((row) => ({
      key: row.key,
      state: {
        failures: row.failures,
        windowStart: row.window_start,
        blockedUntil: row.blocked_until,
        updatedAt: row.updated_at,
      } satisfies ThrottleState,
    }));
    const wait = Math.max(0, ...states.map(({ state }) => remainingBlockMs(state, now)));
    if (wait > 0) return { ok: false as const, retryAfterMs: wait };
    for (const { key, state } of states) {
      const next = chargeFailure(state, kindOf(key), now);
      await tx.$executeRaw`
        UPDATE sign_in_throttle
           SET failures = ${next.failures}, window_start = ${next.windowStart},
               blocked_until = ${next.blockedUntil}, updated_at = ${next.updatedAt}
         WHERE key = ${key}`;
    }
    return { ok: true as const, keys: sorted };
  });
  // Rows of keys nobody has tried for a day are dead weight; clear them now and then.
  if (Math.random() < 0.02) await pruneThrottle(db, now);
  return decision;
}

/** Takes back the failure charged by `beginAttempt` after a successful sign-in. */
export async function refundAttempt(db: Db, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.$executeRaw`
    UPDATE sign_in_throttle
       SET failures = greatest(failures - 1, 0),
           blocked_until = CASE WHEN failures - 1 > ${THROTTLE.freeFailures} THEN blocked_until END
     WHERE key = ANY(${keys}::text[])`;
}

/** Deletes rows that have been quiet for a day. */
export async function pruneThrottle(db: Db, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - 24 * 60 * 60_000);
  return db.$executeRaw`
    DELETE FROM sign_in_throttle
     WHERE updated_at < ${cutoff} AND (blocked_until IS NULL OR blocked_until < ${cutoff})`;
}
