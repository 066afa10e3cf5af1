import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { makeUser, TEST_PASSWORD } from "../support/auth-fixtures.ts";
import { ACTIONS, ACTORS, type Actor } from "../support/authorization-matrix.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { makeProvider, makeSchool } from "../support/fixtures.ts";

// Every server action of the matrix, called directly as every kind of visitor: the session
// cookie is a real one (issued like next-auth's), only Next's request scope is stood in for.
// "allowed" means the action's effect is in the database; "denied" means it is not.

const session = vi.hoisted(() => ({ cookie: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      session.cookie && name.endsWith("next-auth.session-token") ? { name, value: session.cookie } : undefined,
    set: () => undefined,
    delete: () => undefined,
  }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { issueSessionToken, nowSeconds } = await import("../../lib/auth/session.ts");
const passwordActions = await import("../../app/(app)/konto/passwort/actions.ts");
const signOutActions = await import("../../app/(app)/sign-out-action.ts");
const userActions = await import("../../app/(app)/verwaltung/benutzer/actions.ts");
const tokenActions = await import("../../app/(app)/verwaltung/api-tokens/actions.ts");

type Users = Record<Exclude<Actor, "anonymous">, { id: string; sessionVersion: number }>;
let users: Users;

async function actAs(actor: Actor): Promise<string | null> {
  if (actor === "anonymous") {
    session.cookie = undefined;
    return null;
  }
  const user = await prisma.user.findUniqueOrThrow({ where: { id: users[actor].id } });
  session.cookie = (
    await issueSessionToken({ userId: user.id, sessionVersion: user.sessionVersion, authTime: nowSeconds() })
  ).value;
  return user.id;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

/** Runs an action; a redirect or a thrown refusal is just part of the outcome. */
async function attempt(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    return error;
  }
}

let counter = 0;
const victim = () => makeUser(prisma, { role: "SUPERVISOR", email: `ziel${++counter}@matrix.test` });

/** For each action: do it as the current actor, then say whether it took effect. */
const SCENARIOS: Record<string, (actorId: string | null) => Promise<boolean>> = {
  changePasswordAction: async (actorId) => {
    const before = actorId ? await prisma.user.findUniqueOrThrow({ where: { id: actorId } }) : null;
    const result = await attempt(() =>
      passwordActions.changePasswordAction(
        {},
        form({
          currentPassword: TEST_PASSWORD,
          newPassword: "ganz neue lange Passphrase 42",
          repeatPassword: "ganz neue lange Passphrase 42",
        }),
      ),
    );
    if (!before || !actorId) return false;
    const after = await prisma.user.findUniqueOrThrow({ where: { id: actorId } });
    // Put the known password back for the next scenarios (and bump nothing else).
    if (after.passwordHash !== before.passwordHash) {
      await prisma.user.update({ where: { id: actorId }, data: { passwordHash: before.passwordHash } });
      return true;
    }
    throw new Error(`password not changed: ${JSON.stringify(result)}`);
  },
  signOutAction: async (actorId) => {
    const count = () => prisma.auditEvent.count({ where: { action: "auth.sign_out", actorId: actorId ?? undefined } });
    const before = await count();
    await attempt(() => signOutActions.signOutAction());
    return actorId !== null && (await count()) === before + 1;
  },
  createUserAction: async () => {
    const email = `neu${++counter}@matrix.test`;
    await attempt(() => userActions.createUserAction({}, form({ email, name: "Neu Angelegt", role: "SUPERVISOR" })));
    return (await prisma.user.count({ where: { email } })) === 1;
  },
  updateUserAction: async () => {
    const target = await victim();
    await attempt(() =>
      userActions.updateUserAction(
        {},
        form({
          id: target.id,
          version: String(target.version),
          email: target.email,
          name: "Umbenannt",
          role: "SUPERVISOR",
        }),
      ),
    );
    return (await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).name === "Umbenannt";
  },
  setUserActiveAction: async () => {
    const target = await victim();
    await attempt(() => userActions.setUserActiveAction({}, form({ id: target.id, active: "false" })));
    return !(await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).active;
  },
  signOutEverywhereAction: async () => {
    const target = await victim();
    await attempt(() => userActions.signOutEverywhereAction({}, form({ id: target.id })));
    return (await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).sessionVersion > target.sessionVersion;
  },
  resetPasswordAction: async () => {
    const target = await victim();
    const result = await attempt(() => userActions.resetPasswordAction({}, form({ id: target.id })));
    const changed =
      (await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).passwordHash !== target.passwordHash;
    // A refusal must not hand out a password either.
    if (!changed) expect(JSON.stringify(result ?? {})).not.toMatch(/"secret":"[^"]/);
    return changed;
  },
  createApiTokenAction: async () => {
    const target = await victim();
    const result = await attempt(() =>
      tokenActions.createApiTokenAction({}, form({ userId: target.id, name: "Matrix" })),
    );
    const created = (await prisma.apiToken.count({ where: { userId: target.id } })) === 1;
    if (!created) expect(JSON.stringify(result ?? {})).not.toContain("stw_");
    return created;
  },
  revokeApiTokenAction: async () => {
    const target = await victim();
    const token = await prisma.apiToken.create({
      data: { userId: target.id, name: "Matrix", tokenHash: `hash-${++counter}`, prefix: "stw_xxxx" },
    });
    await attempt(() => tokenActions.revokeApiTokenAction(form({ id: token.id })));
    return (await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt !== null;
  },
};

beforeAll(async () => {
  await resetDatabase();
  const [providerA, providerB] = [await makeProvider(), await makeProvider()];
  const schoolX = await makeSchool();
  const make = (role: "ADMIN" | "SUPERVISOR" | "PROVIDER" | "SCHOOL", binding = {}) =>
    makeUser(prisma, { role, ...binding });
  users = {
    admin: await make("ADMIN"),
    supervisor: await make("SUPERVISOR"),
    providerA: await make("PROVIDER", { providerId: providerA.id }),
    providerB: await make("PROVIDER", { providerId: providerB.id }),
    schoolX: await make("SCHOOL", { schoolId: schoolX.id }),
  };
});
beforeEach(() => {
  session.cookie = undefined;
});
afterAll(() => prisma.$disconnect());

describe("server actions × visitors", () => {
  it("has a scenario for every action of the matrix", () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(ACTIONS.map((action) => action.name).sort());
  });

  for (const action of ACTIONS) {
    it(`${action.name}`, async () => {
      const outcomes: string[] = [];
      for (const actor of ACTORS) {
        const actorId = await actAs(actor);
        const scenario = SCENARIOS[action.name];
        if (!scenario) throw new Error(`no scenario for ${action.name}`);
        const took = await scenario(actorId);
        const outcome = took ? "allowed" : "denied";
        if (outcome !== action.expect[actor])
          outcomes.push(`${actor}: expected ${action.expect[actor]}, got ${outcome}`);
      }
      expect(outcomes).toEqual([]);
    });
  }
});
