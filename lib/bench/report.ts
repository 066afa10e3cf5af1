import { formatCount } from "../format.ts";
import type { Throughput } from "./throughput.ts";

// The shape of bench/results.json and its Markdown rendering (bench/RESULTS.md).

export type TargetResult = {
  key: string;
  label: string;
  /** What was requested (path, or "SQL" for the floor's statement). */
  request: string;
  /** ok, or missing (404: the page does not exist yet), or error (anything else unexpected). */
  status: "ok" | "missing" | "error";
  httpStatus: number | null;
  note?: string;
  medianMs: number | null;
  p95Ms: number | null;
  minMs: number | null;
  maxMs: number | null;
  bytes: number | null;
  /** Median and p95 divided by the floor's (SQL + empty page). */
  ratioMedian: number | null;
  ratioP95: number | null;
  /** The issue's target for this row, if any (p95 ≤ 2 × floor). */
  target: string | null;
  met: boolean | null;
};

export type ThroughputResult = {
  key: string;
  label: string;
  request: string;
  status: "ok" | "missing" | "error";
  note?: string;
  result: Throughput | null;
  target: string;
  met: boolean | null;
};

export type HtmlSizeResult = {
  path: string;
  status: "ok" | "missing" | "error";
  httpStatus: number;
  bytes: number | null;
  gzipBytes: number | null;
  met: boolean | null;
};

export type BenchResults = {
  generatedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  dataset: { database: string; keyDate: string; counts: Record<string, number> };
  /** What the figures cache of lib/dal/coverage.ts is keyed by in this database. */
  cacheKey: string;
  settings: { warmup: number; samples: number; connections: number; durationS: number };
  floor: {
    sqlMedianMs: number;
    sqlP95Ms: number;
    emptyMedianMs: number;
    emptyP95Ms: number;
    medianMs: number;
    p95Ms: number;
  };
  targets: TargetResult[];
  throughput: ThroughputResult[];
  htmlSizes: HtmlSizeResult[];
  /** Median of each target in this run against the previous results.json (relative change). */
  spread: { key: string; previousMedianMs: number; medianMs: number; change: number }[];
  runSeconds: number;
};

const num = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(digits);
const mark = (met: boolean | null) => (met === null ? "" : met ? "✅" : "❌");
const kb = (bytes: number | null) => (bytes === null ? "–" : (bytes / 1024).toFixed(1));

export function renderMarkdown(results: BenchResults): string {
  const lines: string[] = [];
  const { machine, dataset, settings, floor } = results;
  lines.push("# Benchmark results", "");
  lines.push(
    `Run ${results.generatedAt} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}; ` +
      `load average before ${machine.loadBefore.map((l) => l.toFixed(2)).join(" / ")}, after ${machine.loadAfter.map((l) => l.toFixed(2)).join(" / ")}. ` +
      `Run time ${Math.round(results.runSeconds)} s.`,
    "",
    `Dataset \`${dataset.database}\` (\`npm run bench:data\`): ` +
      Object.entries(dataset.counts)
        .map(([table, count]) => `${formatCount(count, "en")} ${table}`)
        .join(", ") +
      `; key date ${dataset.keyDate}. ${settings.warmup} warm-up rounds, then ${settings.samples} samples per row, ` +
      "taken round-robin (one request per row per round, so that load from elsewhere hits every row alike).",
    "",
    `Figure caches (lib/dal/internal/data-version.ts) keyed by: ${results.cacheKey}.`,
    "",
  );
  lines.push("## Latency against the floor", "");
  lines.push(
    `Floor = bare key-date SQL (median ${num(floor.sqlMedianMs)} ms, p95 ${num(floor.sqlP95Ms)} ms) + empty page ` +
      `(median ${num(floor.emptyMedianMs)} ms, p95 ${num(floor.emptyP95Ms)} ms) = median ${num(floor.medianMs)} ms, p95 ${num(floor.p95Ms)} ms.`,
    "",
  );
  lines.push(
    "| what | request | status | median ms | p95 ms | × floor (median) | × floor (p95) | HTML/JSON KB | target | met |",
  );
  lines.push("|---|---|---|--:|--:|--:|--:|--:|---|---|");
  for (const row of results.targets) {
    const status = row.status === "ok" ? "ok" : `**${row.status}**${row.httpStatus ? ` (${row.httpStatus})` : ""}`;
    lines.push(
      `| ${row.label} | \`${row.request}\` | ${status} | ${num(row.medianMs)} | ${num(row.p95Ms)} | ${num(row.ratioMedian, 2)} | ${num(row.ratioP95, 2)} | ${kb(row.bytes)} | ${row.target ?? ""} | ${mark(row.met)} |`,
    );
  }
  lines.push("", "## Throughput", "");
  lines.push(`autocannon, ${settings.connections} concurrent signed-in clients, ${settings.durationS} s each.`, "");
  lines.push(
    "App-server CPU per request is read from /proc before and after each run; CPU-bound req/s = cores × 1000 / " +
      "that, what the app server's own work would allow if nothing else used the cores (the database's CPU is not included).",
    "",
  );
  lines.push(
    "| what | request | status | req/s | median ms | p95 ms | requests | errors | non-2xx | timeouts | server CPU ms/req | CPU-bound req/s | target | met |",
  );
  lines.push("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|---|");
  for (const row of results.throughput) {
    const r = row.result;
    lines.push(
      `| ${row.label} | \`${row.request}\` | ${row.status === "ok" ? "ok" : `**${row.status}**`} | ${num(r?.requestsPerSecond)} | ${num(r?.medianMs)} | ${num(r?.p95Ms)} | ${r?.requests ?? "–"} | ${r?.errors ?? "–"} | ${r?.non2xx ?? "–"} | ${r?.timeouts ?? "–"} | ${num(r?.serverCpuMsPerRequest)} | ${num(r?.cpuBoundRequestsPerSecond, 0)} | ${row.target} | ${mark(row.met)} |`,
    );
  }
  lines.push("", "## HTML size of the list pages (signed in as admin, uncompressed; target ≤ 200 KB)", "");
  lines.push("| page | status | KB | gzip KB | met |", "|---|---|--:|--:|---|");
  for (const row of results.htmlSizes) {
    const status = row.status === "ok" ? "ok" : `**${row.status}** (${row.httpStatus})`;
    lines.push(`| \`${row.path}\` | ${status} | ${kb(row.bytes)} | ${kb(row.gzipBytes)} | ${mark(row.met)} |`);
  }
  if (results.spread.length > 0) {
    lines.push("", "## Spread against the previous run", "");
    lines.push("| what | previous median ms | this median ms | change |", "|---|--:|--:|--:|");
    for (const row of results.spread) {
      lines.push(
        `| ${row.key} | ${num(row.previousMedianMs)} | ${num(row.medianMs)} | ${row.change >= 0 ? "+" : ""}${(row.change * 100).toFixed(0)} % |`,
      );
    }
  }
  lines.push(
    "",
    "**missing** = the page answers 404 because it has not been built yet; it is measured as soon as it exists.",
    "Profiling, fixes and proposals: [ANALYSIS.md](ANALYSIS.md). Lighthouse: `npm run lighthouse` → `lighthouse.json`.",
    "The machine is shared (2 cores, several sessions building and testing at the same time): figures are noisy.",
    "",
  );
  return lines.join("\n");
}
