import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createApiTokenSecret } from "../../lib/auth/api-token-format.ts";
import { changeOwnPassword } from "../../lib/auth/change-password.ts";
import { issueSessionToken, readSessionToken, sessionCookieName } from "../../lib/auth/session.ts";
import { signOutSession } from "../../lib/auth/sign-out.ts";
import { resolveApiToken, resolveSession, viewerFromRequest } from "../../lib/dal/viewer.ts";
import { messageText } from "../../lib/i18n/message-text.ts";
import { sessionCookieFor as cookieFor, makeUser, TEST_PASSWORD } from "../support/auth-fixtures.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { makeProvider } from "../support/fixtures.ts";

// Every request checks its session against the database: revocation (sessionVersion),
// deactivation and API tokens take effect on the very next request.

beforeEach(resetDatabase);
afterAll(() => prisma.$disconnect());

const sessionCookieFor = (user: { id: string; sessionVersion: number }) => cookieFor(prisma, user);

function requestWith(headers: Record<string, string>) {
  return new Request("http://127.0.0.1:3100/api/v1/schools", { headers });
}

describe("session revocation", () => {
  it("resolves a valid session to the user's viewer", async () => {
    const provider = await makeProvider();
    const user = await makeUser(prisma, { role: "PROVIDER", providerId: provider.id });
    const state = await resolveSession(prisma, await readSessionToken(await sessionCookieFor(user)));
    expect(state?.viewer).toEqual({
      kind: "user",
      userId: user.id,
      email: user.email,
      name: user.name,
      role: "PROVIDER",
      providerId: provider.id,
      schoolId: null,
      via: "session",
    });
  });

  it("refuses the session on the next request once sessionVersion is bumped", async () => {
    const user = await makeUser(prisma);
    const cookie = await sessionCookieFor(user);
    const request = () => requestWith({ cookie: `${sessionCookieName()}=${cookie}` });
    expect((await viewerFromRequest(request(), prisma)).kind).toBe("user");

    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await viewerFromRequest(request(), prisma)).toEqual({ kind: "anonymous" });
    expect(await resolveSession(prisma, await readSessionToken(cookie))).toBeNull();
  });

  it("refuses the session of a deactivated or deleted user", async () => {
    const user = await makeUser(prisma);
    const claims = await readSessionToken(await sessionCookieFor(user));
    await prisma.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await resolveSession(prisma, claims)).toBeNull();
    expect(
      await resolveSession(prisma, claims && { ...claims, userId: "00000000-0000-4000-8000-000000000000" }),
    ).toBeNull();
  });

  it("gives route handlers no viewer while a one-time password is still in use", async () => {
    const user = await makeUser(prisma, { mustChangePassword: true });
    const cookie = await sessionCookieFor(user);
    const state = await resolveSession(prisma, await readSessionToken(cookie));
    expect(state?.mustChangePassword).toBe(true);
    const viewer = await viewerFromRequest(requestWith({ cookie: `${sessionCookieName()}=${cookie}` }), prisma);
    expect(viewer).toEqual({ kind: "anonymous" });
  });

  it("ignores a forged or foreign cookie", async () => {
    const viewer = await viewerFromRequest(
      requestWith({ cookie: `${sessionCookieName()}=eyJhbGciOiJub25lIn0.e30.` }),
      prisma,
    );
    expect(viewer).toEqual({ kind: "anonymous" });
  });
});

describe("API tokens", () => {
  const { token, tokenHash, prefix } = createApiTokenSecret();

  async function makeToken(data: { revokedAt?: Date; lastUsedAt?: Date; active?: boolean } = {}) {
    const user = await makeUser(prisma, { role: "SUPERVISOR", active: data.active ?? true });
    const row = await prisma.apiToken.create({
      data: {
        userId: user.id,
        name: "Test",
        tokenHash,
        prefix,
        revokedAt: data.revokedAt,
        lastUsedAt: data.lastUsedAt,
      },
    });
    return { user, row };
  }

  it("finds the token by its SHA-256 hash and records its use at most once a minute", async () => {
    const { user, row } = await makeToken();
    const viewer = await viewerFromRequest(requestWith({ authorization: `Bearer ${token}` }), prisma);
    expect(viewer).toMatchObject({ kind: "user", userId: user.id, role: "SUPERVISOR", via: "token" });
    const used = await prisma.apiToken.findUniqueOrThrow({ where: { id: row.id } });
    expect(used.lastUsedAt).not.toBeNull();

    const t1 = used.lastUsedAt ?? new Date();
    await resolveApiToken(prisma, token, new Date(t1.getTime() + 30_000));
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: row.id } })).lastUsedAt).toEqual(t1);
    await resolveApiToken(prisma, token, new Date(t1.getTime() + 61_000));
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: row.id } })).lastUsedAt).toEqual(
      new Date(t1.getTime() + 61_000),
    );
  });

  it("refuses a revoked token and a token of a deactivated user", async () => {
    await makeToken({ revokedAt: new Date() });
    expect(await viewerFromRequest(requestWith({ authorization: `Bearer ${token}` }), prisma)).toEqual({
      kind: "anonymous",
    });
    await resetDatabase();
    await makeToken({ active: false });
    expect(await viewerFromRequest(requestWith({ authorization: `Bearer ${token}` }), prisma)).toEqual({
      kind: "anonymous",
    });
  });

  it("does not fall back to the session cookie when the bearer token is wrong", async () => {
    const user = await makeUser(prisma);
    const cookie = await sessionCookieFor(user);
    const viewer = await viewerFromRequest(
      requestWith({
        authorization: `Bearer ${createApiTokenSecret().token}`,
        cookie: `${sessionCookieName()}=${cookie}`,
      }),
      prisma,
    );
    expect(viewer).toEqual({ kind: "anonymous" });
  });
});

describe("changing the own password", () => {
  it("replaces the hash, clears mustChangePassword, ends other sessions and is audited", async () => {
    const user = await makeUser(prisma, { mustChangePassword: true });
    const claims = await readSessionToken(await sessionCookieFor(user));
    const state = await resolveSession(prisma, claims);
    if (!state) throw new Error("no session");
    const requestId = `PW${Date.now()}`;
    const result = await changeOwnPassword(
      prisma,
      state.viewer,
      state.claims.sessionVersion,
      {
        currentPassword: TEST_PASSWORD,
        newPassword: "ein ganz neues passwort",
        repeatPassword: "ein ganz neues passwort",
      },
      { requestId },
    );
    expect(result).toEqual({ ok: true, sessionVersion: user.sessionVersion + 1 });
    const updated = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(updated).toMatchObject({ mustChangePassword: false, sessionVersion: user.sessionVersion + 1 });
    expect(updated.passwordChangedAt).not.toBeNull();
    expect(await resolveSession(prisma, claims)).toBeNull(); // the old cookie is dead
    const events = await prisma.auditEvent.findMany({ where: { requestId } });
    expect(events.map((e) => e.action)).toEqual(["user.password_changed"]);
    expect(JSON.stringify(events, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toMatch(/passwort|argon2/);
  });

  it("refuses a wrong current password, weak or mismatched new ones, and reuse", async () => {
    const user = await makeUser(prisma);
    const state = await resolveSession(prisma, await readSessionToken(await sessionCookieFor(user)));
    if (!state) throw new Error("no session");
    // The refusals as the German texts the person reads (the result carries catalog keys).
    const change = async (currentPassword: string, newPassword: string, repeatPassword = newPassword) => {
      const result = await changeOwnPassword(prisma, state.viewer, user.sessionVersion, {
        currentPassword,
        newPassword,
        repeatPassword,
      });
      if (result.ok) return result;
      const fieldErrors = Object.fromEntries(
        Object.entries(result.fieldErrors).map(([field, text]) => [field, text && messageText(text)]),
      );
      return { ...result, fieldErrors };
    };

    expect(await change("falsch", "ein ganz neues passwort")).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: "Das bisherige Passwort ist nicht richtig." },
    });
    expect(await change(TEST_PASSWORD, "passwort2024!")).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: expect.stringMatching(/verbreitet/) },
    });
    expect(await change(TEST_PASSWORD, "ein ganz neues passwort", "ein anderes passwort")).toMatchObject({
      ok: false,
      fieldErrors: { repeatPassword: expect.stringMatching(/stimmen nicht überein/) },
    });
    expect(await change(TEST_PASSWORD, TEST_PASSWORD)).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: expect.stringMatching(/unterscheiden/) },
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion);
  });
});

describe("sign-out", () => {
  it("ends this browser's session on the server: the old cookie is anonymous, other devices stay signed in", async () => {
    const user = await makeUser(prisma, { role: "ADMIN" });
    const laptop = await sessionCookieFor(user);
    const phone = await sessionCookieFor(user);
    const asCookie = (value: string) => requestWith({ cookie: `${sessionCookieName()}=${value}` });
    expect((await viewerFromRequest(asCookie(laptop), prisma)).kind).toBe("user");

    await signOutSession(prisma, await readSessionToken(laptop), "OUT-1");
    // The old cookie still decodes (a copy kept by a proxy, a back button) but is worth nothing.
    expect(await readSessionToken(laptop)).not.toBeNull();
    expect(await viewerFromRequest(asCookie(laptop), prisma)).toEqual({ kind: "anonymous" });
    expect(await resolveSession(prisma, await readSessionToken(laptop))).toBeNull();
    // The other device keeps its session.
    expect(await viewerFromRequest(asCookie(phone), prisma)).toMatchObject({ kind: "user", userId: user.id });
  });

  it("treats a cookie that names no server-side session as anonymous", async () => {
    const user = await makeUser(prisma);
    const { value } = await issueSessionToken({
      userId: user.id,
      sessionId: "00000000-0000-4000-8000-000000000000",
      sessionVersion: user.sessionVersion,
      authTime: Math.floor(Date.now() / 1000),
    });
    expect(await resolveSession(prisma, await readSessionToken(value))).toBeNull();
  });

  it("writes an audit event for the signed-out user", async () => {
    const user = await makeUser(prisma, { role: "SUPERVISOR" });
    const requestId = `OUT${Date.now()}`;
    await signOutSession(prisma, await readSessionToken(await sessionCookieFor(user)), requestId);
    await signOutSession(prisma, null, requestId); // an invalid cookie: nothing to record
    const events = await prisma.auditEvent.findMany({ where: { requestId } });
    expect(events.map((e) => [e.action, e.actorId, e.actorRole])).toEqual([["auth.sign_out", user.id, "SUPERVISOR"]]);
  });
});
