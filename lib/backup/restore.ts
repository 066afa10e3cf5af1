import { stat } from "node:fs/promises";
import pg from "pg";
import { BackupError, maskSecrets, maskUrl, runPgTool } from "./pg-tools.ts";

// `npm run db:restore -- <file>`: pg_restore into an EMPTY database only, in one transaction,
// so that a failed restore leaves the database as empty as it was.

export type RestoreOptions = {
  url: string;
  file: string;
  /** The pg_restore binary; tests point it elsewhere. */
  pgRestore?: string;
};

export function pgRestoreArgs(url: string, file: string): string[] {
  return [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    "--single-transaction",
    "--no-password",
    `--dbname=${url}`,
    file,
  ];
}

/** The tables in schema public of the database at url. */
export async function publicTables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const result = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    return result.rows.map((row) => row.tablename);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new BackupError(`Zieldatenbank ${maskUrl(url)} ist nicht erreichbar: ${maskSecrets(message, url)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function restoreDatabase(options: RestoreOptions): Promise<void> {
  const info = await stat(options.file).catch(() => null);
  if (!info?.isFile()) throw new BackupError(`Sicherungsdatei ${options.file} nicht gefunden.`);
  const tables = await publicTables(options.url);
  if (tables.length > 0) {
    const shown = tables.slice(0, 5).join(", ") + (tables.length > 5 ? ", …" : "");
    throw new BackupError(
      `Die Zieldatenbank ${maskUrl(options.url)} ist nicht leer (${tables.length} Tabellen im Schema public: ${shown}). ` +
        "Wiederherstellen nur in eine leere Datenbank – bitte legen Sie eine neue an (createdb) und setzen Sie DATABASE_URL darauf.",
    );
  }
  await runPgTool(options.pgRestore ?? "pg_restore", pgRestoreArgs(options.url, options.file), options.url);
}
