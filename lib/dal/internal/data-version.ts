import "server-only";
import { prisma } from "../../db.ts";

// A version of the data that the database hands out and that moves with every committed
// write; the in-process figure caches (lib/coverage/cache.ts) key their entries by it:
// - the `data_version` row, when that table exists: statement triggers on the tables the
//   figures read bump it in the writing transaction (proposed migration, bench/ANALYSIS.md);
// - otherwise PostgreSQL's current snapshot (xmin:xmax:in-progress ids), which changes with
//   every commit that wrote anything anywhere on the server (correct, but a busy shared server
//   changes it so often that the caches rarely hit).
// Read the version before computing, so an entry is never older than its key. For reads
// outside a transaction only (a transaction's own writes do not show in either).

let versionSource: Promise<"table" | "snapshot"> | undefined;

/** Changes whenever a write commits (see above). */
export async function dataVersion(): Promise<string> {
  versionSource ??= prisma.$queryRaw<{ present: boolean }[]>`
    SELECT to_regclass('data_version') IS NOT NULL AS present`.then(
    ([row]) => (row?.present ? "table" : "snapshot"),
    (error: unknown) => {
      versionSource = undefined; // a failed look-up (database down) is asked again next time
      throw error;
    },
  );
  const rows =
    (await versionSource) === "table"
      ? await prisma.$queryRaw<{ version: string }[]>`SELECT 'v' || version::text AS version FROM data_version`
      : await prisma.$queryRaw<{ version: string }[]>`
          SELECT current_database() || ' ' || pg_current_snapshot()::text AS version`;
  return rows[0]?.version ?? "";
}
