// `npm run bench:import`: imports a workbook of 10,000 staff and 20,000 assignments (dry run,
// then commit) into a fresh, migrated database, several times, and prints the medians.
// The target (issue 5): dry run + commit ≤ 10 s on the project's machine (2 cores).
//
//   npm run bench:import -- [--runs 3] [--staff 10000]
//
// Needs PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server
// (postgresql://postgres@127.0.0.1:5432/postgres). Each run gets its own database, dropped after.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { loadAverage } from "../lib/bench/machine.ts";
import { runImport } from "../lib/dal/internal/import-run.ts";
import { viewerFromUser } from "../lib/dal/viewer-types.ts";
import { PrismaClient } from "../lib/generated/prisma/client.ts";
import { deployMigrations } from "../lib/migrate/index.ts";
import { generateWorkbook } from "./import-workbook.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const RUNS = option("runs", 3);
const STAFF = option("staff", 10_000);
const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<{ name: string; url: string }> {
  const name = `stellwerk_bench_${Date.now()}_${randomBytes(3).toString("hex")}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await deployMigrations(url.toString());
  return { name, url: url.toString() };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

// The machine is shared: wall-clock time depends on what else runs. CPU time does not (much),
// so it is measured too: this process's, and the database backend's (from /proc, same host).
const nodeCpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
function backendCpu(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime are fields 14 and 15 (in clock ticks of 1/100 s on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

type Measure = { wall: number; cpu: number; dbCpu: number };
async function measure<T>(pid: number, work: () => Promise<T>): Promise<[T, Measure]> {
  const [wall, cpu, dbCpu] = [performance.now(), nodeCpu(), backendCpu(pid)];
  const result = await work();
  return [result, { wall: performance.now() - wall, cpu: nodeCpu() - cpu, dbCpu: backendCpu(pid) - dbCpu }];
}

async function main() {
  console.log(`Import-Benchmark: ${STAFF} Fachkräfte, ${STAFF * 2} Einsätze, ${RUNS} Läufe`);
  console.log(`Rechner: ${os.cpus().length} Kerne, Last (1/5/15 min): ${loadAverage()}`);
  const started = performance.now();
  const bytes = await generateWorkbook({ staff: STAFF, assignmentsPerStaff: 2, schools: 400 });
  console.log(`Arbeitsmappe erzeugt: ${(bytes.length / 1e6).toFixed(2)} MB in ${seconds(performance.now() - started)}`);

  const results: { dry: Measure; commit: Measure; again: Measure }[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const database = await freshDatabase();
    // One connection, kept open: the import's transaction runs on it, so its backend's CPU is the import's.
    const db = new PrismaClient({
      adapter: new PrismaPg({ connectionString: database.url, max: 1, idleTimeoutMillis: 0 }),
    });
    try {
      const user = await db.user.create({
        data: { email: `bench-${run}@stellwerk.test`, name: "Benchmark", passwordHash: "-", role: "ADMIN" },
      });
      const [backend] = await db.$queryRawUnsafe<{ pid: number }[]>("SELECT pg_backend_pid() AS pid");
      const pid = backend?.pid ?? 0;
      const admin = viewerFromUser(user, "cli");
      const file = { filename: "benchmark.xlsx", bytes };
      const phases: string[] = [];
      const onPhase = (name: string, ms: number) => phases.push(`${name} ${seconds(ms)}`);
      const [dry, dryTime] = await measure(pid, () => runImport(db, admin, file, { dryRun: true, onPhase }));
      const [commit, commitTime] = await measure(pid, () => runImport(db, admin, file, { dryRun: false, onPhase }));
      const [again, againTime] = await measure(pid, () => runImport(db, admin, file, { dryRun: false }));
      if (dry.issues.length || !commit.committed || again.totals.created + again.totals.updated !== 0) {
        throw new Error(
          `Unerwartetes Ergebnis: ${JSON.stringify({ dry: dry.issues.slice(0, 3), commit: commit.totals })}`,
        );
      }
      results.push({ dry: dryTime, commit: commitTime, again: againTime });
      const cpu = (m: Measure) => `CPU Node ${seconds(m.cpu)} + DB ${seconds(m.dbCpu)}`;
      console.log(
        `Lauf ${run}: Probelauf ${seconds(dryTime.wall)} (${cpu(dryTime)}), Import ${seconds(commitTime.wall)}` +
          ` (${cpu(commitTime)}), zusammen ${seconds(dryTime.wall + commitTime.wall)};` +
          ` erneuter Import mit 0 Änderungen ${seconds(againTime.wall)}; neu angelegt: ${commit.totals.created}`,
      );
      console.log(`  Phasen: ${phases.join(", ")}`);
    } finally {
      await db.$disconnect();
      await onServer(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`);
    }
  }
  const total = results.map((r) => r.dry.wall + r.commit.wall);
  const cpuTotal = results.map((r) => r.dry.cpu + r.dry.dbCpu + r.commit.cpu + r.commit.dbCpu);
  console.log(
    `Median: Probelauf ${seconds(median(results.map((r) => r.dry.wall)))}, Import ${seconds(median(results.map((r) => r.commit.wall)))},` +
      ` zusammen ${seconds(median(total))} (min ${seconds(Math.min(...total))}, max ${seconds(Math.max(...total))});` +
      ` erneuter Import ${seconds(median(results.map((r) => r.again.wall)))}`,
  );
  console.log(
    `CPU-Zeit (Node + Datenbank) für Probelauf + Import, Median: ${seconds(median(cpuTotal))}` +
      " (Node und Datenbank arbeiten nacheinander: grobe Schätzung der Dauer auf einem unbelasteten Rechner)",
  );
  console.log(`Ziel ≤ 10 s (Wanduhr): ${median(total) <= 10_000 ? "erreicht" : "VERFEHLT"}`);
  console.log(`Last am Ende (1/5/15 min): ${loadAverage()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
