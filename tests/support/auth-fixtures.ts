import { hashPassword } from "../../lib/auth/password.ts";
import { issueSessionToken, nowSeconds } from "../../lib/auth/session.ts";
import { startUserSession } from "../../lib/auth/user-session.ts";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client.ts";

// Users with a known password, for integration and e2e tests. The hash is the real argon2id
// one, so signing in exercises the same code as production.

let counter = 0;

export type TestUserInput = Partial<Omit<Prisma.UserUncheckedCreateInput, "passwordHash">> & { password?: string };

export const TEST_PASSWORD = "korrekt pferd batterie heftklammer";

export async function makeUser(db: PrismaClient, input: TestUserInput = {}) {
  const n = ++counter;
  const { password = TEST_PASSWORD, ...data } = input;
  return db.user.create({
    data: {
      email: `person${n}-${Date.now()}@stellwerk.test`,
      name: `Test Person ${n}`,
      role: "ADMIN",
      mustChangePassword: false,
      ...data,
      passwordHash: await hashPassword(password),
    },
  });
}

/**
 * A session cookie value for a user, as a sign-in leaves it: a started server-side session
 * (user_session) and the cookie naming it.
 */
export async function sessionCookieFor(
  db: PrismaClient,
  user: { id: string; sessionVersion: number },
  authTime: number = nowSeconds(),
): Promise<string> {
  const sessionId = await startUserSession(db, user.id, "vitest");
  const { value } = await issueSessionToken({
    userId: user.id,
    sessionId,
    sessionVersion: user.sessionVersion,
    authTime,
  });
  return value;
}
