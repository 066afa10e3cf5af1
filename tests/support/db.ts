import { prisma } from "../../lib/db.ts";

export { prisma };

/**
 * Empties every application table between tests, except the migration history, the audit
 * trail (append-only even for tests: a trigger refuses TRUNCATE; tests that read it filter
 * by what they created) and the one-row data version (the truncation bumps it, so caches
 * keyed by it still see the change).
 */
export async function resetDatabase(): Promise<void> {
  const rows = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'audit_event', 'data_version')`;
  if (rows.length === 0) return;
  const tables = rows.map((row) => `"public"."${row.tablename}"`).join(", ");
  await prisma.$executeRawUnsafe(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
}
