import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { World } from "../support/action-scenarios/index.ts";
import { makeUser } from "../support/auth-fixtures.ts";
import { ACTIONS, ACTORS, type Actor } from "../support/authorization-matrix/index.ts";
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

const { sessionCookieFor } = await import("../support/auth-fixtures.ts");
const { SCENARIOS } = await import("../support/action-scenarios/index.ts");

type Users = Record<Exclude<Actor, "anonymous">, { id: string; sessionVersion: number }>;
let users: Users;
let world: World;

async function actAs(actor: Actor): Promise<string | null> {
  if (actor === "anonymous") {
    session.cookie = undefined;
    return null;
  }
  const user = await prisma.user.findUniqueOrThrow({ where: { id: users[actor].id } });
  session.cookie = await sessionCookieFor(prisma, user);
  return user.id;
}

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
  world = { providerA, providerB, schoolX };
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
        const took = await scenario({ actor, actorId, world });
        const outcome = took ? "allowed" : "denied";
        if (outcome !== action.expect[actor])
          outcomes.push(`${actor}: expected ${action.expect[actor]}, got ${outcome}`);
      }
      expect(outcomes).toEqual([]);
    });
  }
});
