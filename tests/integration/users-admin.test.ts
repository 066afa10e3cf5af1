import { beforeEach, describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import { verifyPassword } from "../../lib/auth/password.ts";
import { NotFoundError } from "../../lib/dal/errors.ts";
import {
  createUser,
  getUser,
  listBindingOptions,
  listUsers,
  resetPassword,
  setUserActive,
  signOutEverywhere,
  updateUser,
} from "../../lib/dal/users.ts";
import { ANONYMOUS, type SignedInViewer, type Viewer } from "../../lib/dal/viewer-types.ts";
import { messageText } from "../../lib/i18n/message-text.ts";
import { createUserSchema, fieldErrorsOf, updateUserSchema } from "../../lib/schemas/user.ts";
import { auditOf, makeUser, makeViewers, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";

// User administration in the DAL: one-time passwords, sessionVersion bumps, audit events
// without hashes, optimistic concurrency, and "not found" for everyone but ADMIN.

let admin: SignedInViewer;
let others: Record<"SUPERVISOR" | "PROVIDER" | "SCHOOL", SignedInViewer>;
let providerId: string;
let schoolId: string;

beforeEach(async () => {
  await resetDatabase();
  const viewers = await makeViewers();
  admin = viewers.admin;
  others = viewers.others;
  providerId = viewers.provider.id;
  schoolId = viewers.school.id;
});

const input = (data: Record<string, unknown>) => createUserSchema.parse({ name: "Erika Muster", ...data });

async function created(data: Record<string, unknown> = {}) {
  const result = await createUser(admin, input({ email: `neu-${Date.now()}@herne.example`, role: "ADMIN", ...data }));
  if (!result.ok) throw new Error(messageText(result.message));
  return result.value;
}

const row = (id: string) => prisma.user.findUniqueOrThrow({ where: { id } });

/** No audit field may carry a password hash (argon2 hashes start with "$argon2"). */
const json = (value: unknown) =>
  JSON.stringify(value, (_key, item) => (typeof item === "bigint" ? item.toString() : item));

function expectNoSecrets(value: unknown) {
  const text = json(value);
  expect(text).not.toContain("$argon2");
  expect(text).not.toContain("passwordHash");
  expect(text).not.toContain("not-a-hash");
}

describe("createUser", () => {
  it("creates a user whose one-time password verifies and must be changed", async () => {
    const { user, oneTimePassword } = await created({ email: "  Erika.Muster@Herne.Example ", role: "SUPERVISOR" });
    expect(user.email).toBe("erika.muster@herne.example");
    expect(oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const stored = await row(user.id);
    expect(stored.mustChangePassword).toBe(true);
    expect(stored.passwordHash).not.toContain(oneTimePassword);
    expect(await verifyPassword(stored.passwordHash, oneTimePassword)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, "falsch")).toBe(false);
    expect(user).not.toHaveProperty("passwordHash");
  });

  it("binds provider and school users, and only them", async () => {
    const provider = await created({ role: "PROVIDER", providerId, schoolId });
    expect(provider.user).toMatchObject({ role: "PROVIDER", providerId, schoolId: null });
    const school = await created({ role: "SCHOOL", schoolId, providerId });
    expect(school.user).toMatchObject({ role: "SCHOOL", schoolId, providerId: null });
    const adminUser = await created({ role: "ADMIN", providerId, schoolId });
    expect(adminUser.user).toMatchObject({ providerId: null, schoolId: null });
  });

  it("refuses a missing binding in German, per field", () => {
    const result = createUserSchema.safeParse({ email: "a@b.example", name: "A", role: "PROVIDER", providerId: "" });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue).toMatchObject({ path: ["providerId"], message: "users.errors.providerRequired" });
    expect(fieldErrorsOf(result.error as ZodError).providerId?.map((text) => messageText(text))).toEqual([
      "Bitte wählen Sie den Träger dieses Zugangs.",
    ]);
  });

  it("answers a taken e-mail address with a field error, and writes nothing", async () => {
    const first = await created({ email: "doppelt@herne.example" });
    const before = await prisma.user.count();
    const again = await createUser(admin, input({ email: "DOPPELT@herne.example", role: "ADMIN" }));
    expect(again).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { email: [{ key: "users.errors.emailTaken" }] },
    });
    expect(await prisma.user.count()).toBe(before);
    expect(await auditOf(first.user.id)).toHaveLength(1);
  });

  it("refuses a provider that does not exist", async () => {
    const result = await createUser(
      admin,
      input({ email: "x@herne.example", role: "PROVIDER", providerId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { providerId: [{ key: "users.errors.providerGone" }] } });
  });

  it("records who created whom, with the new state and no secret", async () => {
    const { user } = await created({ email: "audit@herne.example", role: "SCHOOL", schoolId });
    const [event, ...more] = await auditOf(user.id);
    expect(more).toHaveLength(0);
    expect(event).toMatchObject({
      action: "user.created",
      entity: "User",
      actor: admin.email,
      actorId: admin.userId,
      actorRole: "ADMIN",
      before: null,
      after: { email: "audit@herne.example", role: "SCHOOL", schoolId, providerId: null, mustChangePassword: true },
    });
    expectNoSecrets(event);
  });
});

describe("changes that end sessions bump sessionVersion", () => {
  it("disable bumps it (and enable does not); both are audited", async () => {
    const { user } = await created();
    const start = (await row(user.id)).sessionVersion;
    expect(await setUserActive(admin, user.id, false)).toMatchObject({ ok: true, value: { active: false } });
    expect((await row(user.id)).sessionVersion).toBe(start + 1);
    // Disabling twice changes nothing more.
    await setUserActive(admin, user.id, false);
    expect((await row(user.id)).sessionVersion).toBe(start + 1);
    expect(await setUserActive(admin, user.id, true)).toMatchObject({ ok: true, value: { active: true } });
    expect((await row(user.id)).sessionVersion).toBe(start + 1);
    const events = await auditOf(user.id);
    expect(events.map((event) => event.action)).toEqual(["user.created", "user.disabled", "user.enabled"]);
    expect(events[1]).toMatchObject({ before: { active: true }, after: { active: false } });
    for (const event of events) expectNoSecrets(event);
  });

  it("a role or binding change bumps it; a name change does not", async () => {
    const { user } = await created({ role: "SUPERVISOR" });
    const start = await row(user.id);
    const renamed = await updateUser(
      admin,
      updateUserSchema.parse({
        id: user.id,
        version: start.version,
        email: user.email,
        name: "Neu",
        role: "SUPERVISOR",
      }),
    );
    expect(renamed).toMatchObject({ ok: true, value: { name: "Neu" } });
    const afterRename = await row(user.id);
    expect(afterRename.sessionVersion).toBe(start.sessionVersion);
    expect(afterRename.version).toBe(start.version + 1);

    const rebound = await updateUser(
      admin,
      updateUserSchema.parse({
        id: user.id,
        version: afterRename.version,
        email: user.email,
        name: "Neu",
        role: "PROVIDER",
        providerId,
      }),
    );
    expect(rebound).toMatchObject({ ok: true, value: { role: "PROVIDER", providerId } });
    const afterRole = await row(user.id);
    expect(afterRole.sessionVersion).toBe(start.sessionVersion + 1);

    const events = await auditOf(user.id);
    expect(events.at(-1)).toMatchObject({
      action: "user.updated",
      before: { role: "SUPERVISOR", providerId: null },
      after: { role: "PROVIDER", providerId },
    });
    for (const event of events) expectNoSecrets(event);
  });

  it("a password reset bumps it and replaces the password with a new one-time password", async () => {
    const { user, oneTimePassword } = await created();
    await prisma.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
    const start = await row(user.id);
    const reset = await resetPassword(admin, user.id);
    if (!reset.ok) throw new Error(messageText(reset.message));
    const after = await row(user.id);
    expect(after.sessionVersion).toBe(start.sessionVersion + 1);
    expect(after.mustChangePassword).toBe(true);
    expect(await verifyPassword(after.passwordHash, reset.value.oneTimePassword)).toBe(true);
    expect(await verifyPassword(after.passwordHash, oneTimePassword)).toBe(false);
    const event = (await auditOf(user.id)).at(-1);
    expect(event).toMatchObject({ action: "user.password_reset", after: { mustChangePassword: true } });
    expectNoSecrets(event);
    expect(json(event)).not.toContain(reset.value.oneTimePassword);
  });

  it("sign out everywhere bumps it and nothing else", async () => {
    const { user } = await created();
    const start = await row(user.id);
    await signOutEverywhere(admin, user.id);
    const after = await row(user.id);
    expect(after.sessionVersion).toBe(start.sessionVersion + 1);
    expect({ ...after, sessionVersion: 0, updatedAt: 0 }).toEqual({ ...start, sessionVersion: 0, updatedAt: 0 });
    expect((await auditOf(user.id)).at(-1)).toMatchObject({
      action: "user.signed_out_everywhere",
      before: { sessionVersion: start.sessionVersion },
      after: { sessionVersion: start.sessionVersion + 1 },
    });
  });
});

describe("optimistic concurrency", () => {
  it("a stale form gets a conflict and overwrites nothing", async () => {
    const { user } = await created({ role: "SUPERVISOR" });
    const loaded = await getUser(admin, user.id);
    // Someone else saves first.
    const first = await updateUser(
      admin,
      updateUserSchema.parse({ ...loaded, name: "Zuerst gespeichert", role: "SUPERVISOR" }),
    );
    expect(first.ok).toBe(true);
    const eventsBefore = await auditOf(user.id);
    const stale = await updateUser(
      admin,
      updateUserSchema.parse({ ...loaded, name: "Zu spät", role: "PROVIDER", providerId }),
    );
    expect(stale).toMatchObject({ ok: false, reason: "conflict" });
    expect(stale.ok ? "" : messageText(stale.message)).toMatch(/inzwischen/);
    const now = await row(user.id);
    expect(now).toMatchObject({ name: "Zuerst gespeichert", role: "SUPERVISOR", providerId: null });
    expect(await auditOf(user.id)).toHaveLength(eventsBefore.length);
  });

  it("an unchanged form saves nothing and writes no event", async () => {
    const { user } = await created();
    const loaded = await getUser(admin, user.id);
    const result = await updateUser(admin, updateUserSchema.parse({ ...loaded }));
    expect(result).toMatchObject({ ok: true, value: { version: loaded.version } });
    expect(await auditOf(user.id)).toHaveLength(1);
  });
});

describe("admins cannot lock themselves out", () => {
  it("refuses to disable the own account or change the own role", async () => {
    expect(await setUserActive(admin, admin.userId, false)).toMatchObject({ ok: false, reason: "invalid" });
    const self = await getUser(admin, admin.userId);
    expect(await updateUser(admin, updateUserSchema.parse({ ...self, role: "SUPERVISOR" }))).toMatchObject({
      ok: false,
      fieldErrors: { role: [{ key: expect.any(String) }] },
    });
    expect(await row(admin.userId)).toMatchObject({ active: true, role: "ADMIN" });
  });
});

describe("everyone but ADMIN is told 'not found'", () => {
  const calls = (viewer: Viewer, id: string): [string, () => Promise<unknown>][] => [
    ["listUsers", () => listUsers(viewer)],
    ["getUser", () => getUser(viewer, id)],
    ["listBindingOptions", () => listBindingOptions(viewer)],
    ["createUser", () => createUser(viewer, input({ email: "nie@herne.example", role: "ADMIN" }))],
    [
      "updateUser",
      () =>
        updateUser(viewer, updateUserSchema.parse({ id, version: 1, email: "x@y.example", name: "X", role: "ADMIN" })),
    ],
    ["setUserActive(false)", () => setUserActive(viewer, id, false)],
    ["setUserActive(true)", () => setUserActive(viewer, id, true)],
    ["resetPassword", () => resetPassword(viewer, id)],
    ["signOutEverywhere", () => signOutEverywhere(viewer, id)],
  ];

  it("for SUPERVISOR, PROVIDER, SCHOOL and anonymous, every function, and nothing changes", async () => {
    const target = await makeUser({ role: "SUPERVISOR" });
    const before = await row(target.id);
    const users = await prisma.user.count();
    for (const viewer of [...Object.values(others), ANONYMOUS]) {
      for (const [name, call] of calls(viewer, target.id)) {
        await expect(call(), `${viewer.kind === "user" ? viewer.role : "anonym"}: ${name}`).rejects.toBeInstanceOf(
          NotFoundError,
        );
      }
    }
    expect(await row(target.id)).toEqual(before);
    expect(await prisma.user.count()).toBe(users);
    expect(await auditOf(target.id)).toHaveLength(0);
  });

  it("an unknown id is 'not found' for an admin too", async () => {
    const nobody = "00000000-0000-4000-8000-000000000000";
    await expect(getUser(admin, nobody)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resetPassword(admin, nobody)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("reads", () => {
  it("lists users with their binding and never a hash", async () => {
    const users = await listUsers(admin);
    expect(users.length).toBeGreaterThanOrEqual(4);
    expect(users.find((user) => user.role === "PROVIDER")?.providerName).toEqual(expect.any(String));
    expect(users.find((user) => user.role === "SCHOOL")?.schoolNumber).toMatch(/^\d{6}$/);
    expectNoSecrets(users);
  });

  it("offers providers and schools for the binding selects", async () => {
    const options = await listBindingOptions(admin);
    expect(options.providers.map((option) => option.id)).toContain(providerId);
    expect(options.schools.map((option) => option.id)).toContain(schoolId);
  });

  it("a viewer built from a user works as an admin", async () => {
    const another = viewerOf(await makeUser({ role: "ADMIN" }));
    await expect(listUsers(another)).resolves.toBeInstanceOf(Array);
  });
});
