import "server-only";
import fs from "node:fs";
import path from "node:path";
import { prisma } from "../db.ts";

// For load balancers and docker-compose: is the database reachable, and has every
// migration of this build been applied? Says nothing about data.

export type Health = { ok: boolean; database: "ok" | "unreachable"; pendingMigrations: number };

function migrationNames(): string[] {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

export async function checkHealth(): Promise<Health> {
  try {
    const applied = await prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const done = new Set(applied.map((row) => row.migration_name));
    const pending = migrationNames().filter((name) => !done.has(name)).length;
    return { ok: pending === 0, database: "ok", pendingMigrations: pending };
  } catch {
    return { ok: false, database: "unreachable", pendingMigrations: -1 };
  }
}
