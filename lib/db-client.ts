import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";

// The one place a Prisma client is constructed: lib/db.ts makes the app's (server-only),
// and the operator commands under lib/cli/ make theirs here, then hand it to DAL functions.
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}
