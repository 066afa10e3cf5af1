// Offline replacement for `prisma migrate` (see lib/migrate/engine.ts for why).
// usage: tsx lib/cli/migrate.ts deploy | create <name> | status | check
import "dotenv/config";
import { databaseUrl } from "../env.ts";
import { createMigration, deployMigrations, migrationStatus, pendingSchemaChange } from "../migrate/index.ts";

async function main(command: string | undefined, arg: string | undefined): Promise<number> {
  switch (command) {
    case "deploy": {
      const applied = await deployMigrations(databaseUrl());
      console.log(applied.length ? `Migrationen angewendet: ${applied.join(", ")}` : "Datenbank ist aktuell.");
      return 0;
    }
    case "create": {
      if (!arg) {
        console.error("Name fehlt: npm run db:migration:create -- <name>");
        return 2;
      }
      const folder = await createMigration(arg);
      console.log(folder ? `Neue Migration: ${folder}` : "schema.prisma und Migrationen stimmen überein.");
      return 0;
    }
    case "status": {
      const status = await migrationStatus(databaseUrl());
      console.log(JSON.stringify(status, null, 2));
      return status.unapplied.length || status.failed.length || status.problem ? 1 : 0;
    }
    case "check": {
      const sql = await pendingSchemaChange();
      if (!sql) {
        console.log("schema.prisma und Migrationen stimmen überein.");
        return 0;
      }
      console.error(`schema.prisma weicht von den Migrationen ab:\n${sql}`);
      return 1;
    }
    default:
      console.error("usage: migrate deploy | create <name> | status | check");
      return 2;
  }
}

// Exit explicitly: the WASM engine leaves a 10 s timer behind that would keep node alive.
process.exit(await main(process.argv[2], process.argv[3]));
