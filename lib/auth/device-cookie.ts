import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret, secureCookies } from "../env.ts";

// The known-device cookie of OWASP's "device cookies" (see the anti-lockout rule in
// throttle.ts): proof that this browser once signed in to this e-mail address. It only
// exempts the browser from the account and IP delays; it never signs anyone in.

export const DEVICE_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;

export function deviceCookieName(): string {
  // __Host-: only settable by this host over HTTPS with Path=/ (no subdomain can plant one).
  return secureCookies() ? "__Host-stellwerk-device" : "stellwerk-device";
}

export type DeviceClaim = { email: string; nonce: string; issuedAt: number };

function signingKey(): Buffer {
  // A key of its own, derived from the shared secret, so that it signs nothing else.
  return createHmac("sha256", authSecret()).update("stellwerk/device-cookie/v1").digest();
}

function sign(payload: string): string {
  return createHmac("sha256", signingKey()).update(payload).digest("base64url");
}

/** A fresh device cookie value for an e-mail address (lower-case). */
export function issueDeviceCookie(email: string, now: Date = new Date()): string {
  const claim = { e: email, n: randomBytes(16).toString("base64url"), t: Math.floor(now.getTime() / 1000) };
  const payload = Buffer.from(JSON.stringify(claim)).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The claim of a device cookie, or null when it is missing, forged, malformed or too old. */
export function readDeviceCookie(value: string | undefined | null, now: Date = new Date()): DeviceClaim | null {
  if (!value || value.length > 1024) return null;
  const [payload, signature, extra] = value.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claim = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      e?: unknown;
      n?: unknown;
      t?: unknown;
    };
    if (typeof claim.e !== "string" || typeof claim.n !== "string" || typeof claim.t !== "number") return null;
    const ageS = now.getTime() / 1000 - claim.t;
    if (ageS < -60 || ageS > DEVICE_COOKIE_MAX_AGE_S) return null;
    return { email: claim.e, nonce: claim.n, issuedAt: claim.t };
  } catch {
    return null;
  }
}

/** The device cookie's attributes (for cookies().set in a server action). */
export function deviceCookieOptions() {
  return {
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE_S,
    httpOnly: true,
    // Only ever read by the sign-in POST, which is same-site.
    sameSite: "strict" as const,
    secure: secureCookies(),
  };
}

/** The Set-Cookie header value for a device cookie (for a route handler's response). */
export function deviceCookieHeader(value: string): string {
  const options = deviceCookieOptions();
  const parts = [`${deviceCookieName()}=${value}`, `Path=${options.path}`, `Max-Age=${options.maxAge}`, "HttpOnly"];
  parts.push("SameSite=Strict");
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}
