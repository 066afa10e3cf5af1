// `npm run db:restore -- <file>`: pg_restore of a db:backup file into the EMPTY database of DATABASE_URL.
import "dotenv/config";
import { maskUrl } from "../backup/pg-tools.ts";
import { restoreDatabase } from "../backup/restore.ts";
import { databaseUrl } from "../env.ts";

async function main(file: string | undefined): Promise<number> {
  if (!file) {
    console.error("Sicherungsdatei fehlt: npm run db:restore -- backups/stellwerk-JJJJMMTT-HHMMSS.dump");
    return 2;
  }
  try {
    const url = databaseUrl();
    console.log(`Stelle ${file} in ${maskUrl(url)} wieder her …`);
    await restoreDatabase({ url, file });
    console.log("Wiederherstellung abgeschlossen.");
    return 0;
  } catch (error) {
    console.error(`Wiederherstellung abgebrochen: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exit(await main(process.argv[2]));
