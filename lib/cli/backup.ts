// `npm run db:backup`: pg_dump of DATABASE_URL into BACKUP_DIR (default backups/).
import "dotenv/config";
import { backupDatabase, formatBytes } from "../backup/backup.ts";
import { maskUrl } from "../backup/pg-tools.ts";
import { backupDir, databaseUrl } from "../env.ts";

async function main(): Promise<number> {
  try {
    const url = databaseUrl();
    console.log(`Sichere ${maskUrl(url)} …`);
    const { file, bytes } = await backupDatabase({ url, dir: backupDir() });
    console.log(`Sicherung geschrieben: ${file} (${formatBytes(bytes)})`);
    console.log(`Wiederherstellen in eine leere Datenbank: npm run db:restore -- ${file}`);
    return 0;
  } catch (error) {
    console.error(`Sicherung fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exit(await main());
