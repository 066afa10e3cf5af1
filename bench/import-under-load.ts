// `npm run bench:import-load`: what a large import does to everybody else (issue 11). The
// production server serves the Herne demo data; an admin keeps loading the dashboard
// (/uebersicht), one request after the other, while the API receives a workbook of 100,000
// rows (33,334 staff, 66,666 assignments), first as a dry run, then as a commit. Reported per
// phase: the dashboard's median and p95, its p95 against the idle p95 measured in the same run
// before and after (the floor, and its noise), and the server process's peak resident memory
// (VmHWM, reset before each phase). Targets: p95 ≤ 3 × idle p95, peak ≤ 600 MB.
//
//   npm run bench:import-load -- [--runs=1] [--samples=80] [--staff=33334] [--no-build]
//
// Database: BENCH_DATABASE_URL's server, database stellwerk_bench_import_load (recreated).
import os from "node:os";
import { createApiTokenSecret } from "../lib/auth/api-token-format.ts";
import { ensureBuild } from "../lib/bench/build.ts";
import { signIn, type Timed, timedGet } from "../lib/bench/http.ts";
import { loadAverage } from "../lib/bench/machine.ts";
import { peakResidentMb, resetPeak, residentMb } from "../lib/bench/process-memory.ts";
import { type RunningServer, startServer } from "../lib/bench/server.ts";
import { roundMs, type Summary, summarize } from "../lib/bench/stats.ts";
import { createPrismaClient } from "../lib/db-client.ts";
import { benchEnv } from "../lib/env.ts";
import { MAX_FILE_BYTES } from "../lib/import/limits.ts";
import { DEMO_PASSWORD } from "../prisma/seed/demo-users.ts";
import { HERNE_ADMIN_EMAIL, prepareHerneDatabase } from "./herne-database.ts";
import { generateWorkbook } from "./import-workbook.ts";

const root = process.cwd();
const log = (line: string) => console.log(line);
function option(name: string, fallback: number): number {
  const arg = process.argv.find((value) => value.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split("=")[1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}
const RUNS = option("runs", 1);
const SAMPLES = option("samples", 80);
const STAFF = option("staff", 33_334);
const WARMUP = 10;
const P95_FACTOR = 3;
const RSS_LIMIT_MB = 600;

type Phase = {
  name: string;
  dashboard: Summary;
  /** Peak resident memory when the import's answer arrived. */
  peakMb: number | null;
  /** Peak until the phase's last dashboard request ended (after a commit: on the new data). */
  peakPhaseMb: number | null;
  importMs: number;
  status: number;
};

/** The dashboard, requested one after the other until `until` says stop (or `count` are done). */
async function dashboardSamples(url: string, cookie: string, stop: { count?: number; until?: () => boolean }) {
  const samples: Timed[] = [];
  while (stop.count ? samples.length < stop.count : !stop.until?.()) {
    const probe = await timedGet(url, { cookie });
    if (probe.status !== 200) throw new Error(`dashboard answered ${probe.status}`);
    samples.push(probe);
  }
  return samples.map((sample) => sample.ms);
}

async function importWhileLoading(options: {
  origin: string;
  pid: number;
  cookie: string;
  token: string;
  bytes: Uint8Array<ArrayBuffer>;
  dryRun: boolean;
}): Promise<Phase> {
  resetPeak(options.pid);
  let done = false;
  let peakAtAnswer: number | null = null;
  const started = performance.now();
  const body = new FormData();
  body.set("file", new File([options.bytes], "gross.xlsx"));
  const importing = fetch(`${options.origin}/api/v1/import${options.dryRun ? "?dryRun=1" : ""}`, {
    method: "POST",
    headers: { authorization: `Bearer ${options.token}` },
    body,
    signal: AbortSignal.timeout(600_000),
  }).then(async (response) => {
    const answer = (await response.json()) as { created: number; errors: unknown[]; committed: boolean };
    done = true;
    peakAtAnswer = peakResidentMb(options.pid);
    if (answer.errors.length > 0) throw new Error(`import refused: ${JSON.stringify(answer.errors.slice(0, 3))}`);
    return { status: response.status, ms: performance.now() - started, answer };
  });
  const samples = await dashboardSamples(`${options.origin}/uebersicht`, options.cookie, { until: () => done });
  const result = await importing;
  return {
    name: options.dryRun ? "Probelauf" : "Import",
    dashboard: summarize(samples),
    peakMb: peakAtAnswer,
    peakPhaseMb: peakResidentMb(options.pid),
    importMs: result.ms,
    status: result.status,
  };
}

const ms = (value: number) => `${roundMs(value)} ms`;
const mb = (value: number | null) => (value === null ? "–" : `${Math.round(value)} MB`);

/** A fresh Herne database with an API token of the admin. */
async function prepareDatabase(): Promise<{ url: string; token: string }> {
  const url = new URL(benchEnv().BENCH_DATABASE_URL);
  url.pathname = "/stellwerk_bench_import_load";
  await prepareHerneDatabase(url.toString());
  const prisma = createPrismaClient(url.toString());
  const secret = createApiTokenSecret();
  try {
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: HERNE_ADMIN_EMAIL } });
    await prisma.apiToken.create({
      data: { userId: admin.id, name: "Benchmark", tokenHash: secret.tokenHash, prefix: secret.prefix },
    });
  } finally {
    await prisma.$disconnect();
  }
  return { url: url.toString(), token: secret.token };
}

async function withServer<T>(databaseUrl: string, work: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer({ root, port: benchEnv().BENCH_PORT, databaseUrl, name: "import-load" });
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

const verdict = (ok: boolean) => (ok ? "erreicht" : "VERFEHLT");

async function run(index: number, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const loaded = await prepareDatabase();
  const { idleMb, idleBefore, idleAfter, phases } = await withServer(loaded.url, async (server) => {
    const cookie = await signIn(server.origin, HERNE_ADMIN_EMAIL, DEMO_PASSWORD);
    const dashboard = `${server.origin}/uebersicht`;
    await dashboardSamples(dashboard, cookie, { count: WARMUP });
    const idleBefore = summarize(await dashboardSamples(dashboard, cookie, { count: SAMPLES }));
    const idleMb = residentMb(server.pid);
    const phases: Phase[] = [];
    for (const dryRun of [true, false]) {
      phases.push(await importWhileLoading({ ...server, cookie, token: loaded.token, bytes, dryRun }));
    }
    const idleAfter = summarize(await dashboardSamples(dashboard, cookie, { count: SAMPLES }));
    return { idleMb, idleBefore, idleAfter, phases };
  });
  // The commit once more, into a fresh database, with nobody else asking: its own peak, without
  // the first dashboard request that computes the figures of the 100,000 new rows.
  const alone = await prepareDatabase();
  const commitAlone = await withServer(alone.url, async (server) => {
    const cookie = await signIn(server.origin, HERNE_ADMIN_EMAIL, DEMO_PASSWORD);
    await dashboardSamples(`${server.origin}/uebersicht`, cookie, { count: WARMUP + SAMPLES });
    const before = residentMb(server.pid);
    resetPeak(server.pid);
    const started = performance.now();
    const body = new FormData();
    body.set("file", new File([bytes], "gross.xlsx"));
    const response = await fetch(`${server.origin}/api/v1/import`, {
      method: "POST",
      headers: { authorization: `Bearer ${alone.token}` },
      body,
      signal: AbortSignal.timeout(600_000),
    });
    await response.arrayBuffer();
    return { before, peak: peakResidentMb(server.pid), ms: performance.now() - started, status: response.status };
  });
  const floor = Math.max(idleBefore.p95, idleAfter.p95);

  log(`\nLauf ${index}: Server vor dem Import ${mb(idleMb)} resident`);
  log(
    `  Übersicht im Leerlauf: Median ${ms(idleBefore.median)}, p95 ${ms(idleBefore.p95)} (vorher, n=${idleBefore.samples});` +
      ` Median ${ms(idleAfter.median)}, p95 ${ms(idleAfter.p95)} (nachher, n=${idleAfter.samples});` +
      ` Rauschen der p95: ${Math.round((Math.abs(idleBefore.p95 - idleAfter.p95) / Math.min(idleBefore.p95, idleAfter.p95)) * 100)} %`,
  );
  for (const phase of phases) {
    const ratio = phase.dashboard.p95 / floor;
    log(
      `  Während ${phase.name} (${ms(phase.importMs)}, HTTP ${phase.status}): Übersicht Median ${ms(phase.dashboard.median)},` +
        ` p95 ${ms(phase.dashboard.p95)}, max ${ms(phase.dashboard.max)} (n=${phase.dashboard.samples});` +
        ` p95 / Leerlauf-p95 = ${ratio.toFixed(2)} (Ziel ≤ ${P95_FACTOR}: ${verdict(ratio <= P95_FACTOR)});` +
        ` Spitze bei der Antwort ${mb(phase.peakMb)}, bis zur letzten Übersicht ${mb(phase.peakPhaseMb)}`,
    );
  }
  log(
    `  Import allein (${ms(commitAlone.ms)}, HTTP ${commitAlone.status}): vorher ${mb(commitAlone.before)},` +
      ` Spitze ${mb(commitAlone.peak)} (Ziel ≤ ${RSS_LIMIT_MB}: ${verdict(commitAlone.peak !== null && commitAlone.peak <= RSS_LIMIT_MB)})`,
  );
}

async function main(): Promise<void> {
  ensureBuild(root, log);
  log(`Import unter Last: ${STAFF} Fachkräfte, ${STAFF * 2} Einsätze, ${RUNS} Lauf/Läufe, ${SAMPLES} Leerlauf-Proben`);
  log(`Rechner: ${os.cpus().length} Kerne, Last (1/5/15 min): ${loadAverage()}`);
  const bytes = new Uint8Array(await generateWorkbook({ staff: STAFF, assignmentsPerStaff: 2, schools: 400 }));
  log(`Arbeitsmappe: ${(bytes.length / 1e6).toFixed(2)} MB (Grenze ${MAX_FILE_BYTES / 1e6} MB)`);
  if (bytes.length > MAX_FILE_BYTES) throw new Error("the workbook is larger than an import may be");
  for (let index = 1; index <= RUNS; index++) await run(index, bytes);
  log(`\nLast am Ende (1/5/15 min): ${loadAverage()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
