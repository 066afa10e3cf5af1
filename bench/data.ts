// `npm run bench:data`: writes the NRW-sized benchmark dataset (lib/bench/dataset.ts) into its
// own database (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/stellwerk_bench),
// which is dropped and recreated first. Deterministic: the same rows on every run.
import { BENCH_KEY_DATE, generateBenchDataset } from "../lib/bench/dataset.ts";
import { BENCH_PASSWORD, BENCH_USERS, countRows, loadBenchDatabase } from "../lib/bench/load.ts";
import { benchEnv } from "../lib/env.ts";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const url = benchEnv().BENCH_DATABASE_URL;
  const started = performance.now();
  const dataset = generateBenchDataset();
  const generated = performance.now() - started;
  console.log(`Benchmark-Daten erzeugt in ${seconds(generated)}; schreibe nach ${new URL(url).pathname.slice(1)} …`);
  const timings = await loadBenchDatabase(url, dataset);
  console.log(
    `Migrationen ${seconds(timings.migrate)}, Einfügen ${seconds(timings.insert)}, VACUUM ANALYZE ${seconds(timings.analyze)}`,
  );
  for (const [table, count] of Object.entries(await countRows(url))) {
    console.log(`  ${table.padEnd(16)}${count.toLocaleString("de-DE").padStart(9)}`);
  }
  console.log(`Stichtag des Benchmarks: ${BENCH_KEY_DATE}. Anmeldungen (Passwort „${BENCH_PASSWORD}“):`);
  for (const user of Object.values(BENCH_USERS)) console.log(`  ${user.email} (${user.role})`);
  console.log(`Fertig in ${seconds(performance.now() - started)}.`);
}

await main().catch((error: unknown) => {
  console.error(
    `bench:data fehlgeschlagen: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
