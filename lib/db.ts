import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env.ts";
import { PrismaClient } from "./generated/prisma/client.ts";

// The one Prisma client of the app. Kept on globalThis in development so that hot reloads
// do not open a new pool each time.
const globalForPrisma = globalThis as unknown as { stellwerkPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL });
  return new PrismaClient({ adapter });
}

export const prisma: PrismaClient = globalForPrisma.stellwerkPrisma ?? createClient();
if (env().NODE_ENV !== "production") globalForPrisma.stellwerkPrisma = prisma;
