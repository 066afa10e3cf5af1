import "server-only";
import { createPrismaClient } from "./db-client.ts";
import { env } from "./env.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";

// The one Prisma client of the app, created on first use: `next build` loads this module
// while collecting routes and must not need a database (nor DATABASE_URL) to do so. It is
// kept on globalThis so that development hot reloads do not open a new pool each time.
const globalForPrisma = globalThis as unknown as { stellwerkPrisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.stellwerkPrisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.stellwerkPrisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
