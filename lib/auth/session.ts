import { decode, encode, type JWT } from "next-auth/jwt";
import { authSecret, secureCookies } from "../env.ts";

// The session cookie: a JWT (encrypted by next-auth, A256GCM) that carries who signed in,
// which server-side session it belongs to (table user_session: signing out ends that row),
// the user's sessionVersion at that moment, and when they signed in. No database access here:
// proxy.ts uses this module for its cheap pre-check; lib/dal/viewer.ts checks every request's
// claims against the database.

/** Idle timeout: the JWT expires this long after it was last refreshed. */
export const IDLE_TIMEOUT_S = 30 * 60;
/** Absolute timeout: no session lives longer than this after sign-in, however active. */
export const ABSOLUTE_TIMEOUT_S = 8 * 60 * 60;
/** Refresh the cookie (and so its idle expiry) at most once per this many seconds. */
export const REFRESH_AFTER_S = 60;

export type SessionClaims = {
  userId: string;
  /** The user_session row of this browser; a cookie without one is not a session. */
  sessionId: string;
  sessionVersion: number;
  /** Sign-in time, seconds since the epoch. */
  authTime: number;
  /** When this JWT was issued (last refresh), seconds. */
  issuedAt: number;
  /** When this JWT expires, seconds. */
  expiresAt: number;
};

export const nowSeconds = (now: Date = new Date()) => Math.floor(now.getTime() / 1000);

export function sessionCookieName(): string {
  // The names next-auth uses itself, so that its sign-in and sign-out routes find the cookie.
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies() };
}

/** The JWT payload Stellwerk writes (next-auth adds iat, exp, jti). */
export function sessionPayload(userId: string, sessionId: string, sessionVersion: number, authTime: number): JWT {
  return { sub: userId, sid: sessionId, sv: sessionVersion, auth_time: authTime };
}

/**
 * Checks a decoded payload's shape and both timeouts. Pure: the database check
 * (active, sessionVersion) comes after, in lib/dal/viewer.ts.
 */
export function readClaims(payload: JWT | null | undefined, now: number): SessionClaims | null {
  if (!payload) return null;
  const { sub, sid, sv, auth_time: authTime, iat, exp } = payload as Record<string, unknown>;
  if (typeof sub !== "string" || sub.length === 0) return null;
  if (typeof sid !== "string" || sid.length === 0) return null;
  if (typeof sv !== "number" || !Number.isInteger(sv)) return null;
  if (typeof authTime !== "number" || typeof iat !== "number" || typeof exp !== "number") return null;
  if (exp <= now) return null; // idle timeout (jose checks it too, with 15 s tolerance)
  if (now - authTime > ABSOLUTE_TIMEOUT_S) return null; // absolute timeout
  if (authTime > now + 60) return null; // from the future: not ours
  return { userId: sub, sessionId: sid, sessionVersion: sv, authTime, issuedAt: iat, expiresAt: exp };
}

/** Decodes and checks a session cookie value; null for anything invalid, expired or forged. */
export async function readSessionToken(
  token: string | undefined | null,
  now: Date = new Date(),
): Promise<SessionClaims | null> {
  if (!token || token.length > 8192) return null;
  try {
    const payload = await decode({ token, secret: authSecret() });
    return readClaims(payload, nowSeconds(now));
  } catch {
    return null;
  }
}

/** Lifetime of a freshly issued JWT: the idle timeout, cut short by the absolute one. */
export function tokenLifetime(authTime: number, now: number): number {
  return Math.max(0, Math.min(IDLE_TIMEOUT_S, authTime + ABSOLUTE_TIMEOUT_S - now));
}

/** A new session cookie value for the given claims, and its max-age in seconds. */
export async function issueSessionToken(
  claims: Pick<SessionClaims, "userId" | "sessionId" | "sessionVersion" | "authTime">,
  now: Date = new Date(),
): Promise<{ value: string; maxAge: number }> {
  const maxAge = tokenLifetime(claims.authTime, nowSeconds(now));
  const value = await encode({
    token: sessionPayload(claims.userId, claims.sessionId, claims.sessionVersion, claims.authTime),
    secret: authSecret(),
    maxAge,
  });
  return { value, maxAge };
}

/** Whether the cookie is old enough to be re-issued with a fresh idle expiry. */
export function needsRefresh(claims: SessionClaims, now: number): boolean {
  return now - claims.issuedAt >= REFRESH_AFTER_S;
}
