import "server-only";
import { createPrismaClient } from "./db-client.ts";
import { env } from "./env.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";

// The one Prisma client of the app. Kept on globalThis in development so that hot reloads
// do not open a new pool each time.
const globalForPrisma = globalThis as unknown as { stellwerkPrisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.stellwerkPrisma ?? createPrismaClient(env().DATABASE_URL);
if (env().NODE_ENV !== "production") globalForPrisma.stellwerkPrisma = prisma;
