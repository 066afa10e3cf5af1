import { recreateDatabase } from "../lib/bench/load.ts";
import { createPrismaClient } from "../lib/db-client.ts";
import { deployMigrations } from "../lib/migrate/index.ts";
import { seedDemoUsers } from "../prisma/seed/demo-users.ts";
import { seedHerne } from "../prisma/seed/index.ts";

// A benchmark database holding what the demo holds: Herne's data and the demo sign-ins
// (prisma/seed/demo-users.ts, password DEMO_PASSWORD). Dropped and recreated every time.

export const HERNE_ADMIN_EMAIL = "verwaltung@stellwerk.example";

export async function prepareHerneDatabase(url: string): Promise<void> {
  await recreateDatabase(url);
  await deployMigrations(url);
  const prisma = createPrismaClient(url);
  try {
    await seedHerne(prisma);
    await seedDemoUsers(prisma, { demoMode: true });
  } finally {
    await prisma.$disconnect();
  }
}
