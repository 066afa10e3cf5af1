import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as password from "../../lib/auth/password.ts";
import { checkCredentials, SIGN_IN_MESSAGES } from "../../lib/auth/sign-in.ts";
import { THROTTLE } from "../../lib/auth/throttle.ts";
import { messageText } from "../../lib/i18n/message-text.ts";
import { makeUser, TEST_PASSWORD } from "../support/auth-fixtures.ts";
import { prisma, resetDatabase } from "../support/db.ts";

// Sign-in against the real database: throttling (also under concurrency), the known-device
// exemption, equal answers for unknown and wrong, and the audit trail.

// The real password functions, counted: an unknown e-mail must cost the same one argon2
// verification as a wrong password (counted, not timed: time belongs in the benchmark).
vi.mock("../../lib/auth/password.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/auth/password.ts")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});
const verifications = () => vi.mocked(password.verifyPassword).mock.calls.length;

beforeEach(resetDatabase);
afterAll(() => prisma.$disconnect());

const t0 = new Date("2026-11-24T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

async function throttleRow(key: string) {
  return prisma.signInThrottle.findUnique({ where: { key } });
}

describe("throttling", () => {
  it("after 5 failures refuses even the right password until the delay has passed", async () => {
    const user = await makeUser(prisma);
    for (let i = 0; i < 5; i++) {
      const result = await checkCredentials(
        prisma,
        { email: user.email, password: "falsch", ip: "10.0.0.1" },
        at(i * 10),
      );
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await throttleRow(`account:${user.email}`)).toMatchObject({ failures: 5, blockedUntil: at(40 + 1000) });
    expect(await throttleRow("ip:10.0.0.1")).toMatchObject({ failures: 5 });

    const blocked = await checkCredentials(
      prisma,
      { email: user.email, password: TEST_PASSWORD, ip: "10.0.0.1" },
      at(500),
    );
    expect(blocked).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
    // Refused attempts are not counted.
    expect(await throttleRow(`account:${user.email}`)).toMatchObject({ failures: 5 });

    const later = await checkCredentials(
      prisma,
      { email: user.email, password: TEST_PASSWORD, ip: "10.0.0.1" },
      at(1100),
    );
    expect(later.ok).toBe(true);
    // The successful attempt's charge is refunded.
    expect(await throttleRow(`account:${user.email}`)).toMatchObject({ failures: 5 });
  });

  it("blocks an IP that tries many accounts, independently of the accounts", async () => {
    for (let i = 0; i < 5; i++) {
      await checkCredentials(prisma, { email: `niemand${i}@herne.de`, password: "x", ip: "10.9.9.9" }, at(i));
    }
    const result = await checkCredentials(
      prisma,
      { email: "noch.jemand@herne.de", password: "x", ip: "10.9.9.9" },
      at(10),
    );
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
    // The same account from another address is not blocked.
    const elsewhere = await checkCredentials(
      prisma,
      { email: "niemand0@herne.de", password: "x", ip: "10.1.1.1" },
      at(10),
    );
    expect(elsewhere).toEqual({ ok: false, reason: "invalid" });
  });

  it("counts concurrent failures exactly (row locks), then refuses the rest", async () => {
    const user = await makeUser(prisma);
    const attempts = Array.from({ length: 8 }, (_, i) =>
      checkCredentials(prisma, { email: user.email, password: `falsch-${i}`, ip: `10.0.1.${i}` }, t0),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(3);
    expect(await throttleRow(`account:${user.email}`)).toMatchObject({ failures: 5 });
  });

  it("lets the delay grow while the guessing goes on, up to the account cap", async () => {
    const user = await makeUser(prisma);
    let now = 0;
    for (let i = 0; i < 20; i++) {
      const result = await checkCredentials(prisma, { email: user.email, password: "falsch", ip: null }, at(now));
      expect(result).toEqual({ ok: false, reason: "invalid" });
      const row = await throttleRow(`account:${user.email}`);
      now = (row?.blockedUntil?.getTime() ?? at(now).getTime()) - t0.getTime();
    }
    const row = await throttleRow(`account:${user.email}`);
    expect(row?.failures).toBe(20);
    expect((row?.blockedUntil?.getTime() ?? 0) - (row?.updatedAt.getTime() ?? 0)).toBe(THROTTLE.maxDelayMs.account);
  });
});

describe("anti-lockout: the known-device cookie", () => {
  it("lets the real user in from their usual browser while the account is under attack", async () => {
    const user = await makeUser(prisma);
    const first = await checkCredentials(prisma, { email: user.email, password: TEST_PASSWORD, ip: "192.0.2.10" }, t0);
    if (!first.ok) throw new Error("first sign-in failed");

    // An attacker elsewhere guesses until account and IP are blocked.
    for (let i = 0; i < 12; i++) {
      await checkCredentials(prisma, { email: user.email, password: `rate-${i}`, ip: "203.0.113.66" }, at(1000 + i));
    }
    const attacker = await checkCredentials(
      prisma,
      { email: user.email, password: TEST_PASSWORD, ip: "203.0.113.66" },
      at(2000),
    );
    expect(attacker).toMatchObject({ ok: false, reason: "throttled" });
    // Without the cookie, the real user (another address) waits too: the account is blocked.
    const newBrowser = await checkCredentials(
      prisma,
      { email: user.email, password: TEST_PASSWORD, ip: "192.0.2.10" },
      at(2000),
    );
    expect(newBrowser).toMatchObject({ ok: false, reason: "throttled" });

    // With the device cookie, the account and IP delays do not apply.
    const usual = await checkCredentials(
      prisma,
      { email: user.email, password: TEST_PASSWORD, ip: "203.0.113.66", deviceCookie: first.deviceCookie },
      at(2000),
    );
    expect(usual.ok).toBe(true);
  });

  it("does not help for another e-mail, and a device guessing wrong is throttled itself", async () => {
    const owner = await makeUser(prisma);
    const victim = await makeUser(prisma);
    const signedIn = await checkCredentials(
      prisma,
      { email: owner.email, password: TEST_PASSWORD, ip: "192.0.2.1" },
      t0,
    );
    if (!signedIn.ok) throw new Error("sign-in failed");
    for (let i = 0; i < 5; i++) {
      await checkCredentials(prisma, { email: victim.email, password: "x", ip: `198.51.100.${i}` }, at(10 + i));
    }
    const withOtherCookie = await checkCredentials(
      prisma,
      { email: victim.email, password: TEST_PASSWORD, ip: "192.0.2.1", deviceCookie: signedIn.deviceCookie },
      at(100),
    );
    expect(withOtherCookie).toMatchObject({ ok: false, reason: "throttled" });

    for (let i = 0; i < 5; i++) {
      await checkCredentials(
        prisma,
        { email: owner.email, password: "falsch", ip: "192.0.2.1", deviceCookie: signedIn.deviceCookie },
        at(200 + i),
      );
    }
    const device = await checkCredentials(
      prisma,
      { email: owner.email, password: TEST_PASSWORD, ip: "192.0.2.1", deviceCookie: signedIn.deviceCookie },
      at(300),
    );
    expect(device).toMatchObject({ ok: false, reason: "throttled" });
    // The device's failures did not touch the account's count.
    expect((await throttleRow(`account:${owner.email}`))?.failures ?? 0).toBe(0);
  });
});

describe("unknown e-mail and wrong password", () => {
  it("give the same answer after the same work: one password verification each", async () => {
    const user = await makeUser(prisma);
    const attempt = async (email: string, i: number) => {
      const before = verifications();
      const result = await checkCredentials(
        prisma,
        { email, password: "falsch", ip: `10.7.0.${i}` },
        at(i * 60 * 60_000),
      );
      return { result, verified: verifications() - before };
    };
    for (let i = 0; i < 4; i++) {
      const wrong = await attempt(user.email, i * 2);
      const unknown = await attempt(`unbekannt${i}@stellwerk.test`, i * 2 + 1);
      expect(unknown.result).toEqual(wrong.result);
      expect(wrong.result).toEqual({ ok: false, reason: "invalid" });
      expect([wrong.verified, unknown.verified]).toEqual([1, 1]);
    }
    expect(messageText({ key: SIGN_IN_MESSAGES.invalid })).toBe("E-Mail-Adresse oder Passwort ist falsch.");
  });

  it("treats a deactivated account like a wrong password", async () => {
    const user = await makeUser(prisma, { active: false });
    const result = await checkCredentials(prisma, { email: user.email, password: TEST_PASSWORD, ip: null }, t0);
    expect(result).toEqual({ ok: false, reason: "invalid" });
  });

  it("matches the e-mail case-insensitively", async () => {
    const user = await makeUser(prisma);
    const result = await checkCredentials(
      prisma,
      { email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD, ip: null },
      t0,
    );
    expect(result.ok).toBe(true);
  });
});

describe("audit trail", () => {
  it("records sign-in and failed sign-in, without the password", async () => {
    const user = await makeUser(prisma);
    const requestId = `TEST${Date.now()}`;
    await checkCredentials(prisma, { email: user.email, password: "geheim-falsch-123", ip: "10.3.3.3", requestId }, t0);
    await checkCredentials(
      prisma,
      { email: "niemand@stellwerk.test", password: "geheim-falsch-456", ip: "10.3.3.3", requestId },
      t0,
    );
    await checkCredentials(prisma, { email: "mein passwort ist geheim", password: "x", ip: "10.3.3.3", requestId }, t0);
    await checkCredentials(prisma, { email: user.email, password: TEST_PASSWORD, ip: "10.3.3.3", requestId }, at(1));
    const events = await prisma.auditEvent.findMany({ where: { requestId }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actor, e.actorId])).toEqual([
      ["auth.sign_in_failed", user.email, null],
      ["auth.sign_in_failed", "niemand@stellwerk.test", null],
      ["auth.sign_in_failed", "unbekannt", null],
      ["auth.sign_in", user.email, user.id],
    ]);
    expect(events[0]?.entityId).toBe(user.id);
    expect(events[3]?.actorRole).toBe("ADMIN");
    const text = JSON.stringify(events, (_key, value) => (typeof value === "bigint" ? String(value) : value));
    expect(text).not.toMatch(/geheim|korrekt pferd|argon2/);
    const updated = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(updated.lastSignInAt).toEqual(at(1));
  });
});
