// `npm run bench`: measures Stellwerk against its floor on the NRW-sized dataset
// (`npm run bench:data` first). Starts the production server on BENCH_PORT (default 3201)
// against BENCH_DATABASE_URL, builds first when the build is missing or stale, and writes
// bench/results.json and bench/RESULTS.md. Options: --samples=30 --warmup=5 --duration=30
// --connections=10 --no-build.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { ensureBuild } from "../lib/bench/build.ts";
import { coverageStatement } from "../lib/bench/coverage-sql.ts";
import { BENCH_KEY_DATE } from "../lib/bench/dataset.ts";
import { formatWithBiome } from "../lib/bench/format.ts";
import { signIn, timedGet } from "../lib/bench/http.ts";
import { BENCH_API_TOKEN, BENCH_PASSWORD, BENCH_USERS, countRows } from "../lib/bench/load.ts";
import {
  type BenchResults,
  type HtmlSizeResult,
  renderMarkdown,
  type TargetResult,
  type ThroughputResult,
} from "../lib/bench/report.ts";
import { type RunningServer, startServer } from "../lib/bench/server.ts";
import { roundMs, summarize } from "../lib/bench/stats.ts";
import { measureThroughput } from "../lib/bench/throughput.ts";
import { benchEnv } from "../lib/env.ts";

const LIST_PAGES = [
  "/schulen",
  "/traeger",
  "/fachkraefte",
  "/finanzierungen",
  "/stadtbezirke",
  "/verwaltung/protokoll",
  "/verwaltung/benutzer",
];
const HTML_LIMIT = 200 * 1024;

function option(name: string, fallback: number): number {
  const arg = process.argv.find((value) => value.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split("=")[1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const settings = {
  warmup: option("warmup", 5),
  samples: option("samples", 30),
  connections: option("connections", 10),
  durationS: option("duration", 30),
};
const root = process.cwd();
const resultsFile = path.join(root, "bench", "results.json");
const log = (line: string) => console.log(line);

/** A row to sample: `run` does one request (or query) and says how it went. */
type Probe = { status: number; ms: number; bytes: number; location?: string | null };
type Target = {
  key: string;
  label: string;
  request: string;
  target: string | null;
  run: () => Promise<Probe>;
};

function classify(probe: Probe): { status: TargetResult["status"]; note?: string } {
  if (probe.status === 200) return { status: "ok" };
  if (probe.status === 404) return { status: "missing", note: "404: not built yet" };
  if (probe.status >= 300 && probe.status < 400) return { status: "error", note: `redirect to ${probe.location}` };
  return { status: "error", note: `HTTP ${probe.status}` };
}

async function sample(targets: Target[]): Promise<Map<string, Probe[]>> {
  const samples = new Map<string, Probe[]>(targets.map((target) => [target.key, []]));
  const rounds = settings.warmup + settings.samples;
  for (let round = 0; round < rounds; round++) {
    for (const target of targets) {
      const probe = await target.run();
      if (round >= settings.warmup) samples.get(target.key)?.push(probe);
    }
    if ((round + 1) % 10 === 0) log(`  round ${round + 1}/${rounds}`);
  }
  return samples;
}

function previousMedians(): Map<string, number> {
  try {
    const previous = JSON.parse(fs.readFileSync(resultsFile, "utf8")) as BenchResults;
    return new Map(
      previous.targets.filter((row) => row.medianMs !== null).map((row) => [row.key, row.medianMs as number]),
    );
  } catch {
    return new Map();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = os.loadavg();
  const config = benchEnv();
  const databaseUrl = config.BENCH_DATABASE_URL;

  let counts: Record<string, number>;
  const db = new pg.Client({ connectionString: databaseUrl });
  try {
    await db.connect();
    counts = await countRows(databaseUrl);
  } catch (error) {
    throw new Error(
      `benchmark database not ready (${error instanceof Error ? error.message : String(error)}): run \`npm run bench:data\` first`,
    );
  }
  const { rows: schoolRows } = await db.query<{ id: string }>("SELECT school_id AS id FROM app_user WHERE email = $1", [
    BENCH_USERS.school.email,
  ]);
  const schoolId = schoolRows[0]?.id;
  if (!schoolId) throw new Error("bench users missing: run `npm run bench:data`");

  const { rows: versionRows } = await db.query<{ present: boolean }>(
    "SELECT to_regclass('data_version') IS NOT NULL AS present",
  );
  const cacheKey = versionRows[0]?.present ? "data_version table" : "server snapshot (no data_version table)";

  ensureBuild(root, log);
  log(`▶ next start on port ${config.BENCH_PORT} against ${new URL(databaseUrl).pathname.slice(1)} …`);
  let server: RunningServer | undefined;
  const stopServer = async () => {
    await server?.stop();
    server = undefined;
  };
  process.once("SIGINT", () => void stopServer().then(() => process.exit(130)));
  try {
    server = await startServer({ root, port: config.BENCH_PORT, databaseUrl, name: "bench" });
    const { origin } = server;
    const cookie = await signIn(origin, BENCH_USERS.admin.email, BENCH_PASSWORD);
    const signedIn = { cookie };
    const bearer = { authorization: `Bearer ${BENCH_API_TOKEN}` };
    const statement = await coverageStatement(BENCH_KEY_DATE);
    const get =
      (requestPath: string, headers: Record<string, string> = {}) =>
      () =>
        timedGet(`${origin}${requestPath}`, headers);

    const p95Target = "p95 ≤ 2 × floor";
    const all: Target[] = [
      {
        key: "sql",
        label: "Floor: key-date SQL (pg)",
        request: "SQL of computeCoverage",
        target: null,
        run: async () => {
          const t0 = performance.now();
          const result = await db.query(statement.text, statement.values);
          return { status: 200, ms: performance.now() - t0, bytes: result.rowCount ?? 0 };
        },
      },
      { key: "empty", label: "Floor: empty page", request: "/leer", target: null, run: get("/leer", signedIn) },
      {
        key: "api",
        label: "API coverage (token)",
        request: `/api/v1/coverage?date=${BENCH_KEY_DATE}`,
        target: p95Target,
        run: get(`/api/v1/coverage?date=${BENCH_KEY_DATE}`, bearer),
      },
      {
        key: "dashboard",
        label: "Admin dashboard",
        request: `/uebersicht?stichtag=${BENCH_KEY_DATE}`,
        target: p95Target,
        run: get(`/uebersicht?stichtag=${BENCH_KEY_DATE}`, signedIn),
      },
      {
        key: "public",
        label: "Public page (anonymous)",
        request: `/?stichtag=${BENCH_KEY_DATE}`,
        target: null,
        run: get(`/?stichtag=${BENCH_KEY_DATE}`),
      },
      {
        key: "school",
        label: "School page",
        request: `/schulen/${schoolId}`,
        target: null,
        run: get(`/schulen/${schoolId}`, signedIn),
      },
      { key: "staff", label: "Staff list", request: "/fachkraefte", target: null, run: get("/fachkraefte", signedIn) },
    ];

    // One probe each: what answers 404 is not built yet and is reported as missing.
    const probes = new Map<string, Probe>();
    for (const target of all) probes.set(target.key, await target.run());
    const live = all.filter((target) => classify(probes.get(target.key) as Probe).status === "ok");
    for (const target of all) {
      const probe = probes.get(target.key) as Probe;
      const { status, note } = classify(probe);
      log(`  ${target.label.padEnd(28)} ${status}${note ? ` (${note})` : ""}, ${Math.round(probe.ms)} ms`);
    }
    if (!live.some((t) => t.key === "sql") || !live.some((t) => t.key === "empty")) {
      throw new Error("the floor cannot be measured (SQL or /leer failed)");
    }

    log(`▶ sampling: ${settings.warmup} warm-up + ${settings.samples} rounds over ${live.length} rows …`);
    const samples = await sample(live);
    const summaries = new Map([...samples].map(([key, list]) => [key, summarize(list.map((probe) => probe.ms))]));
    const sql = summaries.get("sql");
    const empty = summaries.get("empty");
    if (!sql || !empty) throw new Error("floor samples missing");
    const floor = {
      sqlMedianMs: roundMs(sql.median),
      sqlP95Ms: roundMs(sql.p95),
      emptyMedianMs: roundMs(empty.median),
      emptyP95Ms: roundMs(empty.p95),
      medianMs: roundMs(sql.median + empty.median),
      p95Ms: roundMs(sql.p95 + empty.p95),
    };

    const targets: TargetResult[] = all.map((target) => {
      const probe = probes.get(target.key) as Probe;
      const { status, note } = classify(probe);
      const summary = summaries.get(target.key);
      const isFloor = target.key === "sql" || target.key === "empty";
      const ratioMedian = summary && !isFloor ? summary.median / (sql.median + empty.median) : null;
      const ratioP95 = summary && !isFloor ? summary.p95 / (sql.p95 + empty.p95) : null;
      return {
        key: target.key,
        label: target.label,
        request: target.request,
        status,
        httpStatus: target.key === "sql" ? null : probe.status,
        ...(note ? { note } : {}),
        medianMs: summary ? roundMs(summary.median) : null,
        p95Ms: summary ? roundMs(summary.p95) : null,
        minMs: summary ? roundMs(summary.min) : null,
        maxMs: summary ? roundMs(summary.max) : null,
        bytes: target.key === "sql" ? null : probe.bytes,
        ratioMedian: ratioMedian === null ? null : Math.round(ratioMedian * 100) / 100,
        ratioP95: ratioP95 === null ? null : Math.round(ratioP95 * 100) / 100,
        target: target.target,
        met: target.target && ratioP95 !== null ? ratioP95 <= 2 : null,
      };
    });

    log("▶ HTML size of the list pages …");
    const htmlSizes: HtmlSizeResult[] = [];
    for (const listPath of LIST_PAGES) {
      const response = await fetch(`${origin}${listPath}`, { headers: signedIn, redirect: "manual" });
      const body = Buffer.from(await response.arrayBuffer());
      const { status } = classify({
        status: response.status,
        ms: 0,
        bytes: 0,
        location: response.headers.get("location"),
      });
      const ok = status === "ok";
      htmlSizes.push({
        path: listPath,
        status,
        httpStatus: response.status,
        bytes: ok ? body.byteLength : null,
        gzipBytes: ok ? gzipSync(body).byteLength : null,
        met: ok ? body.byteLength <= HTML_LIMIT : null,
      });
    }

    const throughputTarget = "≥ 100 req/s, 0 errors";
    const loads: { key: string; label: string; request: string; headers: Record<string, string> }[] = [
      {
        key: "dashboard",
        label: "Admin dashboard",
        request: `/uebersicht?stichtag=${BENCH_KEY_DATE}`,
        headers: signedIn,
      },
      {
        key: "api",
        label: "API coverage (token)",
        request: `/api/v1/coverage?date=${BENCH_KEY_DATE}`,
        headers: bearer,
      },
      { key: "public", label: "Public page (anonymous)", request: `/?stichtag=${BENCH_KEY_DATE}`, headers: {} },
    ];
    const throughput: ThroughputResult[] = [];
    for (const load of loads) {
      const state = classify(probes.get(load.key) as Probe);
      if (state.status !== "ok") {
        throughput.push({
          ...load,
          status: state.status,
          note: state.note,
          result: null,
          target: throughputTarget,
          met: null,
        });
        log(`▶ throughput ${load.label}: ${state.status}, skipped`);
        continue;
      }
      log(`▶ throughput ${load.label}: ${settings.connections} clients × ${settings.durationS} s …`);
      const result = await measureThroughput(
        `${origin}${load.request}`,
        load.headers,
        settings.connections,
        settings.durationS,
        server.pid,
      );
      const clean = result.errors + result.non2xx + result.timeouts === 0;
      throughput.push({
        key: load.key,
        label: load.label,
        request: load.request,
        status: "ok",
        result,
        target: load.key === "public" ? "(extra)" : throughputTarget,
        met: load.key === "public" ? null : clean && result.requestsPerSecond >= 100,
      });
    }
    await stopServer();

    const previous = previousMedians();
    const spread = targets
      .filter((row) => row.medianMs !== null && previous.has(row.key))
      .map((row) => {
        const previousMedianMs = previous.get(row.key) as number;
        const medianMs = row.medianMs as number;
        return {
          key: row.key,
          previousMedianMs,
          medianMs,
          change: Math.round((medianMs / previousMedianMs - 1) * 100) / 100,
        };
      });

    const cpus = os.cpus();
    const results: BenchResults = {
      generatedAt: new Date().toISOString(),
      machine: {
        cpus: cpus.length,
        cpuModel: cpus[0]?.model.trim() ?? "unknown",
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadBefore,
        loadAfter: os.loadavg(),
      },
      dataset: { database: new URL(databaseUrl).pathname.slice(1), keyDate: BENCH_KEY_DATE, counts },
      cacheKey,
      settings,
      floor,
      targets,
      throughput,
      htmlSizes,
      spread,
      runSeconds: (performance.now() - started) / 1000,
    };
    const markdown = renderMarkdown(results);
    fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    const markdownFile = path.join(root, "bench", "RESULTS.md");
    fs.writeFileSync(markdownFile, markdown);
    formatWithBiome(root, [resultsFile, markdownFile]);
    log(`\n${markdown}`);
    log(`Written: bench/results.json, bench/RESULTS.md (${Math.round(results.runSeconds)} s)`);
  } finally {
    await stopServer();
    await db.end();
  }
}

await main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
