import "server-only";
import { prisma } from "../../db.ts";

// A version of the data that the database hands out and that moves with every committed
// write to a table the figures, warnings or forecast read: the `data_version` row, bumped by
// statement triggers inside the writing transaction (migration 20261125050654_data_version).
// The in-process caches (lib/coverage/cache.ts) key their entries by it, so a committed
// write means fresh figures, while sign-ins, audit entries and other tables leave them be.
// Read the version before computing, so an entry is never older than its key. For reads
// outside a transaction only (a transaction's own writes do not show to other connections).
//
// Should the row be missing (a hand-emptied table), PostgreSQL's current snapshot stands in:
// it changes with every commit on the server, so it is correct, only seldom a cache hit.

/** Changes whenever a write to the figures' tables commits (see above). */
export async function dataVersion(): Promise<string> {
  const [row] = await prisma.$queryRaw<{ version: string }[]>`
    SELECT COALESCE((SELECT 'v' || version::text FROM data_version WHERE id),
                    current_database() || ' ' || pg_current_snapshot()::text) AS version`;
  if (!row) throw new Error("data version: no row returned");
  return row.version;
}
