// `npm run db:seed`: loads the Herne demo data into DATABASE_URL (env or .env). Idempotent.
import "dotenv/config";
import { type SeedCounts, type SeedSummary, seedHerne } from "../../prisma/seed/index.ts";
import { createPrismaClient } from "../db-client.ts";
import { databaseUrl } from "../env.ts";

const LABELS: Record<keyof SeedSummary, string> = {
  municipality: "Kommune",
  providers: "Träger",
  districts: "Stadtbezirke",
  schools: "Schulen",
  pupilCounts: "Schülerzahlen",
  fundingSources: "Finanzierungen",
  staff: "Fachkräfte",
  assignments: "Einsätze",
};

const total = (counts: SeedCounts) => counts.created + counts.updated + counts.unchanged;

async function main(): Promise<number> {
  const prisma = createPrismaClient(databaseUrl());
  const started = performance.now();
  try {
    const summary = await seedHerne(prisma);
    const seconds = ((performance.now() - started) / 1000).toFixed(1).replace(".", ",");
    console.log(`Demo-Daten Herne geladen (${seconds} s):`);
    for (const [key, label] of Object.entries(LABELS) as [keyof SeedSummary, string][]) {
      const counts = summary[key];
      console.log(
        `  ${label.padEnd(15)}${String(total(counts)).padStart(4)}  ` +
          `(neu ${counts.created}, geändert ${counts.updated}, unverändert ${counts.unchanged})`,
      );
    }
    const writes = Object.values(summary).reduce((sum, counts) => sum + counts.created + counts.updated, 0);
    console.log(writes === 0 ? "Keine Änderungen – die Daten waren schon aktuell." : `${writes} Zeilen geschrieben.`);
    return 0;
  } catch (error) {
    console.error("Seed fehlgeschlagen:", error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

process.exit(await main());
