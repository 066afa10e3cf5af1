import { beforeEach, describe, expect, it } from "vitest";
import { GET as privateCoverage } from "../../app/api/v1/coverage/route.ts";
import { hashApiToken, looksLikeApiToken } from "../../lib/auth/api-token-format.ts";
import { addDays } from "../../lib/coverage/dates.ts";
import { createApiToken, listApiTokens, MAX_TOKEN_DAYS, revokeApiToken } from "../../lib/dal/api-tokens.ts";
import { NotFoundError } from "../../lib/dal/errors.ts";
import { resolveApiToken } from "../../lib/dal/viewer.ts";
import { ANONYMOUS, type SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { messageText } from "../../lib/i18n/message-text.ts";
import { startOfDay, todayIso } from "../../lib/key-date.ts";
import { auditOf, makeUser, makeViewers, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";

// API tokens: shown once, stored only as a hash, listed with prefix and dates, revocable;
// administered by ADMIN only; every change audited without the token or its hash.

let admin: SignedInViewer;
let others: SignedInViewer[];

beforeEach(async () => {
  await resetDatabase();
  const viewers = await makeViewers();
  admin = viewers.admin;
  others = Object.values(viewers.others);
});

async function newToken(userId: string, name = "Statistik-Export") {
  const result = await createApiToken(admin, { userId, name });
  if (!result.ok) throw new Error(messageText(result.message));
  return result.value;
}

describe("createApiToken", () => {
  it("returns the token once and stores only its SHA-256 and prefix", async () => {
    const owner = await makeUser({ role: "SUPERVISOR" });
    const { token, apiToken } = await newToken(owner.id);
    expect(looksLikeApiToken(token)).toBe(true);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    expect(apiToken.prefix).toHaveLength(8);
    const stored = await prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(stored.tokenHash).toBe(hashApiToken(token));
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    // The token itself is nowhere in the row.
    expect(Object.values(stored).map(String)).not.toContain(token);
    expect(JSON.stringify(apiToken)).not.toContain(token);
    expect(apiToken).not.toHaveProperty("tokenHash");
  });

  it("is recorded in the audit log without the token or its hash", async () => {
    const owner = await makeUser();
    const { token, apiToken } = await newToken(owner.id, "Fachverfahren");
    const [event, ...more] = await auditOf(apiToken.id);
    expect(more).toHaveLength(0);
    expect(event).toMatchObject({
      action: "api_token.created",
      entity: "ApiToken",
      actor: admin.email,
      after: { userId: owner.id, name: "Fachverfahren", prefix: apiToken.prefix, revokedAt: null },
    });
    const text = JSON.stringify({ before: event?.before, after: event?.after });
    expect(text).not.toContain(token);
    expect(text).not.toContain(hashApiToken(token));
  });

  it("signs API requests in as its user (the sign-in layer's lookup by hash)", async () => {
    const owner = await makeUser({ role: "SUPERVISOR" });
    const { token } = await newToken(owner.id);
    expect(await resolveApiToken(prisma, token)).toMatchObject({ userId: owner.id, role: "SUPERVISOR", via: "token" });
  });

  it("refuses a disabled or unknown user", async () => {
    const disabled = await makeUser({ active: false });
    expect(await createApiToken(admin, { userId: disabled.id, name: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { userId: [{ key: "tokens.errors.userDisabledField" }] },
    });
    expect(await createApiToken(admin, { userId: "00000000-0000-4000-8000-000000000000", name: "x" })).toMatchObject({
      ok: false,
    });
    expect(await prisma.apiToken.count()).toBe(0);
  });
});

describe("listApiTokens and revokeApiToken", () => {
  it("lists tokens with prefix, dates and user; revoked ones last", async () => {
    const owner = await makeUser({ name: "Integration" });
    const first = await newToken(owner.id, "Erstes");
    const second = await newToken(owner.id, "Zweites");
    await revokeApiToken(admin, first.apiToken.id);
    const list = await listApiTokens(admin);
    expect(list.map((token) => token.name)).toEqual(["Zweites", "Erstes"]);
    expect(list[0]).toMatchObject({
      prefix: second.apiToken.prefix,
      userEmail: owner.email,
      userName: "Integration",
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(list[1]?.revokedAt).toBeInstanceOf(Date);
    expect(await listApiTokens(admin, { userId: admin.userId })).toEqual([]);
  });

  it("a revoked token no longer signs in; revoking again changes nothing", async () => {
    const owner = await makeUser();
    const { token, apiToken } = await newToken(owner.id);
    const revoked = await revokeApiToken(admin, apiToken.id);
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(await resolveApiToken(prisma, token)).toBeNull();
    const again = await revokeApiToken(admin, apiToken.id);
    expect(again.revokedAt).toEqual(revoked.revokedAt);
    const events = await auditOf(apiToken.id);
    expect(events.map((event) => event.action)).toEqual(["api_token.created", "api_token.revoked"]);
    expect(events[1]).toMatchObject({ before: { revokedAt: null }, after: { revokedAt: expect.any(String) } });
  });

  it("an unknown token is 'not found'", async () => {
    await expect(revokeApiToken(admin, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("everyone but ADMIN is told 'not found'", () => {
  it("for every function, and nothing changes", async () => {
    const owner = await makeUser();
    const { apiToken } = await newToken(owner.id);
    for (const viewer of [...others, ANONYMOUS]) {
      await expect(listApiTokens(viewer)).rejects.toBeInstanceOf(NotFoundError);
      await expect(createApiToken(viewer, { userId: owner.id, name: "x" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(revokeApiToken(viewer, apiToken.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await prisma.apiToken.count()).toBe(1);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).revokedAt).toBeNull();
    // A token of a non-admin does not make its holder an administrator either.
    const supervisor = await makeUser({ role: "SUPERVISOR" });
    const viaToken = { ...viewerOf(supervisor), via: "token" as const };
    await expect(listApiTokens(viaToken)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("expiry", () => {
  const DAY = 86_400_000;

  it("is one year after creation unless chosen, and shown in the list", async () => {
    const owner = await makeUser();
    const before = Date.now();
    const { apiToken } = await newToken(owner.id);
    expect(apiToken.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 365 * DAY - 60_000);
    expect(apiToken.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 366 * DAY);

    const lastDay = addDays(todayIso(), 30);
    const chosen = await createApiToken(admin, { userId: owner.id, name: "Kurz", expiresOn: lastDay });
    if (!chosen.ok) throw new Error(messageText(chosen.message));
    // Valid through the whole last day in Herne, refused from the next midnight on.
    expect(chosen.value.apiToken.expiresAt).toEqual(startOfDay(addDays(lastDay, 1)));
    const listed = await listApiTokens(admin, { userId: owner.id });
    expect(listed.find((token) => token.name === "Kurz")?.expiresAt).toEqual(startOfDay(addDays(lastDay, 1)));
  });

  it("refuses a last day before tomorrow or more than three years ahead, and writes nothing", async () => {
    const owner = await makeUser();
    const today = todayIso();
    for (const expiresOn of [addDays(today, -1), today, addDays(today, MAX_TOKEN_DAYS + 1)]) {
      const result = await createApiToken(admin, { userId: owner.id, name: "x", expiresOn });
      expect(result.ok, expiresOn).toBe(false);
      if (result.ok) continue;
      expect(messageText(result.fieldErrors?.expiresOn?.[0] ?? result.message)).toMatch(
        /zwischen morgen und höchstens drei Jahren/,
      );
    }
    expect(await prisma.apiToken.count({ where: { userId: owner.id } })).toBe(0);
    const furthest = await createApiToken(admin, {
      userId: owner.id,
      name: "y",
      expiresOn: addDays(today, MAX_TOKEN_DAYS),
    });
    expect(furthest.ok).toBe(true);
  });

  it("after it the token is refused exactly like an unknown one, and the attempt is audited (once a minute)", async () => {
    const owner = await makeUser({ role: "SUPERVISOR" });
    const { token, apiToken } = await newToken(owner.id);
    expect(await resolveApiToken(prisma, token)).not.toBeNull();
    await prisma.apiToken.update({
      where: { id: apiToken.id },
      data: { expiresAt: new Date(Date.now() - 1000), lastUsedAt: null },
    });

    const ask = async (bearer: string) => {
      const response = await privateCoverage(
        new Request("http://localhost/api/v1/coverage?date=2017-11-15", {
          headers: { authorization: `Bearer ${bearer}` },
        }),
        { params: Promise.resolve({}) },
      );
      return { status: response.status, body: await response.text() };
    };
    const expired = await ask(token);
    const unknown = await ask(`${token.slice(0, -4)}abcd`);
    expect(expired.status).toBe(401);
    expect(expired).toEqual(unknown);

    const now = new Date();
    expect(await resolveApiToken(prisma, token, now)).toBeNull();
    expect(await resolveApiToken(prisma, token, new Date(now.getTime() + 1000))).toBeNull();
    const events = (await auditOf(apiToken.id)).filter((event) => event.action === "api_token.expired_use");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: owner.email, after: { prefix: apiToken.prefix } });
  });
});
