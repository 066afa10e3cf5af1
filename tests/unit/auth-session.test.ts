import { describe, expect, it } from "vitest";
import { issueDeviceCookie, readDeviceCookie } from "../../lib/auth/device-cookie.ts";
import { safeNextPath } from "../../lib/auth/next-path.ts";
import {
  ABSOLUTE_TIMEOUT_S,
  IDLE_TIMEOUT_S,
  issueSessionToken,
  needsRefresh,
  readClaims,
  readSessionToken,
  tokenLifetime,
} from "../../lib/auth/session.ts";

// lib/env.ts validates the whole environment on first use; nothing here connects.
process.env.DATABASE_URL ??= "postgresql://unit-test@127.0.0.1:1/unused";

const now = 1_800_000_000;
const payload = (over: Record<string, unknown> = {}) => ({
  sub: "u1",
  sid: "s1",
  sv: 3,
  auth_time: now - 60,
  iat: now - 60,
  exp: now - 60 + IDLE_TIMEOUT_S,
  ...over,
});

describe("readClaims", () => {
  it("reads user, sessionVersion and sign-in time", () => {
    expect(readClaims(payload(), now)).toEqual({
      userId: "u1",
      sessionId: "s1",
      sessionVersion: 3,
      authTime: now - 60,
      issuedAt: now - 60,
      expiresAt: now - 60 + IDLE_TIMEOUT_S,
    });
  });

  it("refuses an idle session (expired) and one past the 8-hour absolute limit", () => {
    expect(readClaims(payload({ exp: now }), now)).toBeNull();
    expect(readClaims(payload({ auth_time: now - ABSOLUTE_TIMEOUT_S - 1, exp: now + 600 }), now)).toBeNull();
    expect(readClaims(payload({ auth_time: now - ABSOLUTE_TIMEOUT_S + 1, exp: now + 600 }), now)).not.toBeNull();
  });

  it("refuses payloads of the wrong shape", () => {
    expect(readClaims(null, now)).toBeNull();
    expect(readClaims(payload({ sv: "3" }), now)).toBeNull();
    expect(readClaims(payload({ sub: undefined }), now)).toBeNull();
    // A cookie from before server-side sessions names none: not a session.
    expect(readClaims(payload({ sid: undefined }), now)).toBeNull();
    expect(readClaims(payload({ auth_time: undefined }), now)).toBeNull();
  });
});

describe("tokenLifetime / needsRefresh", () => {
  it("is 30 minutes, cut short by the absolute limit", () => {
    expect(tokenLifetime(now, now)).toBe(IDLE_TIMEOUT_S);
    expect(tokenLifetime(now - ABSOLUTE_TIMEOUT_S + 100, now)).toBe(100);
    expect(tokenLifetime(now - ABSOLUTE_TIMEOUT_S - 5, now)).toBe(0);
  });

  it("refreshes at most once a minute", () => {
    const claims = readClaims(payload({ iat: now - 59 }), now);
    expect(claims && needsRefresh(claims, now)).toBe(false);
    const older = readClaims(payload({ iat: now - 60 }), now);
    expect(older && needsRefresh(older, now)).toBe(true);
  });
});

describe("session tokens", () => {
  it("round-trip through next-auth's encrypted JWT and refuse tampering", async () => {
    const authTime = Math.floor(Date.now() / 1000) - 10;
    const { value, maxAge } = await issueSessionToken({ userId: "u1", sessionId: "s1", sessionVersion: 7, authTime });
    expect(maxAge).toBe(IDLE_TIMEOUT_S);
    expect(await readSessionToken(value)).toMatchObject({ userId: "u1", sessionVersion: 7, authTime });
    const tampered = `${value.slice(0, -3)}${value.endsWith("A") ? "B" : "A"}xx`;
    expect(await readSessionToken(tampered)).toBeNull();
    expect(await readSessionToken("kein.jwt")).toBeNull();
    expect(await readSessionToken(undefined)).toBeNull();
  });
});

describe("device cookie", () => {
  it("names its e-mail, and is refused when forged or older than 180 days", () => {
    const issued = new Date("2026-01-01T00:00:00Z");
    const value = issueDeviceCookie("erika@herne.de", issued);
    expect(readDeviceCookie(value, issued)).toMatchObject({ email: "erika@herne.de" });
    const [body = "", signature = ""] = value.split(".");
    const forgedBody = Buffer.from(JSON.stringify({ e: "chef@herne.de", n: "x", t: 1767225600 })).toString("base64url");
    expect(readDeviceCookie(`${forgedBody}.${signature}`, issued)).toBeNull();
    expect(readDeviceCookie(`${body}.${signature.slice(1)}`, issued)).toBeNull();
    expect(readDeviceCookie(value, new Date("2026-07-01T00:00:00Z"))).toBeNull();
    expect(readDeviceCookie("", issued)).toBeNull();
  });
});

describe("safeNextPath", () => {
  it("keeps paths of this site", () => {
    expect(safeNextPath("/schulen?stichtag=2017-11-15#x")).toBe("/schulen?stichtag=2017-11-15#x");
    expect(safeNextPath("/konto/passwort")).toBe("/konto/passwort");
  });

  it("lets the language switch return to the sign-in page, and nowhere outside", () => {
    const stay = { allowSignInPage: true };
    expect(safeNextPath("/anmelden?next=%2Fstart", "/", stay)).toBe("/anmelden?next=%2Fstart");
    expect(safeNextPath("//evil.example/anmelden", "/", stay)).toBe("/");
    expect(safeNextPath("/api/v1/schools", "/", stay)).toBe("/");
  });

  it("refuses everything that could leave the site or loop", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "javascript:alert(1)",
      "evil",
      "/anmelden",
      "/api/v1/schools",
      "",
      null,
      undefined,
    ]) {
      expect(safeNextPath(bad)).toBe("/start");
    }
  });
});
