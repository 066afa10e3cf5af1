// `npm run lighthouse`: Lighthouse (performance, accessibility, best practices, SEO) on the
// public page and the signed-in admin dashboard, mobile and desktop, against the production
// build serving the Herne demo data: three rounds (--rounds N), beside the floor (/leer).
// The database LIGHTHOUSE_DATABASE_URL (default stellwerk_lighthouse) is recreated, migrated and seeded with the demo sign-ins; the server
// runs on BENCH_PORT + 10 (default 3211). Writes bench/lighthouse.json. Option: --no-build.
import fs from "node:fs";
import path from "node:path";
import { ensureBuild } from "../lib/bench/build.ts";
import { formatWithBiome } from "../lib/bench/format.ts";
import { signIn } from "../lib/bench/http.ts";
import {
  type AuditResult,
  audit,
  CATEGORIES,
  type Category,
  type FormFactor,
  launchChromium,
} from "../lib/bench/lighthouse.ts";
import { startServer } from "../lib/bench/server.ts";
import { benchEnv } from "../lib/env.ts";
import { DEMO_PASSWORD } from "../prisma/seed/demo-users.ts";
import { HERNE_ADMIN_EMAIL, prepareHerneDatabase } from "./herne-database.ts";

const TARGETS: Record<Category, number | null> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 95,
  seo: null,
};
const root = process.cwd();
const FLOOR = "Floor: empty page";
const roundsArgument = process.argv.indexOf("--rounds");
const rounds = roundsArgument > 0 ? Number(process.argv[roundsArgument + 1]) : 3;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds takes a whole number ≥ 1");
const log = (line: string) => console.log(line);

type PageRun = {
  page: string;
  path: string;
  formFactor: FormFactor;
  round: number;
  status: "ok" | "error";
  note?: string;
} & Partial<AuditResult>;

const cell = (score: number | null | undefined, target: number | null) =>
  score === null || score === undefined ? "–" : `${score}${target !== null && score < target ? " ❌" : ""}`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const millis = (display: string | undefined) =>
  Number((display ?? "").replace(/[^\d.]/g, "")) * (/ms/.test(display ?? "") ? 1 : 1000);

/** Per page and form factor: every round's performance score, the median and the lowest. */
function summarise(runs: PageRun[]) {
  const groups = new Map<string, PageRun[]>();
  for (const run of runs.filter((r) => r.status === "ok")) {
    const key = `${run.page}|${run.formFactor}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as PageRun;
    const performance = group.map((run) => run.scores?.performance ?? 0);
    const worst = Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.min(...group.map((run) => run.scores?.[category] ?? 0))]),
    ) as Record<Category, number>;
    return {
      page: first.page,
      path: first.path,
      formFactor: first.formFactor,
      performance,
      median: median(performance),
      min: Math.min(...performance),
      worst,
      tbt: `${Math.round(median(group.map((run) => millis(run.metrics?.["total-blocking-time"]))))} ms`,
      lcp: `${(median(group.map((run) => millis(run.metrics?.["largest-contentful-paint"]))) / 1000).toFixed(1)} s`,
    };
  });
}

async function main(): Promise<void> {
  const config = benchEnv();
  const port = config.BENCH_PORT + 10;
  log(`▶ Herne demo data into ${new URL(config.LIGHTHOUSE_DATABASE_URL).pathname.slice(1)} …`);
  await prepareHerneDatabase(config.LIGHTHOUSE_DATABASE_URL);
  ensureBuild(root, log);
  log(`▶ next start on port ${port} …`);
  const server = await startServer({ root, port, databaseUrl: config.LIGHTHOUSE_DATABASE_URL, name: "lighthouse" });
  const browser = await launchChromium(config.CHROME_PATH).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const runs: PageRun[] = [];
  try {
    const cookie = await signIn(server.origin, HERNE_ADMIN_EMAIL, DEMO_PASSWORD);
    const signedIn = { Cookie: cookie };
    // The floor: /leer renders the root layout and nothing else (Next's and React's own
    // script, the stylesheet). A page's score is read against it, measured in the same run.
    const pages: { page: string; path: string; headers: Record<string, string> }[] = [
      { page: FLOOR, path: "/leer", headers: signedIn },
      { page: "Public page", path: "/", headers: {} },
      { page: "Admin dashboard", path: "/uebersicht", headers: signedIn },
    ];
    // Warm-up: the first request after `next start` loads the page's modules (up to ~1.5 s
    // on this machine); Lighthouse counts that server time into FCP and LCP.
    for (const page of pages)
      await (await fetch(`${server.origin}${page.path}`, { headers: page.headers })).arrayBuffer();
    // Rounds interleave the pages, so that a busy moment of the machine hits all of them.
    for (let round = 1; round <= rounds; round++) {
      for (const page of pages) {
        for (const formFactor of ["mobile", "desktop"] as const) {
          log(`▶ round ${round}/${rounds}: Lighthouse ${page.page} (${formFactor}) …`);
          // One retry: on a busy machine a throttled mobile run can time out (PAGE_HUNG).
          let outcome: PageRun | undefined;
          for (let attempt = 1; attempt <= 2 && outcome?.status !== "ok"; attempt++) {
            try {
              const result = await audit(browser, `${server.origin}${page.path}`, formFactor, page.headers);
              outcome = { page: page.page, path: page.path, formFactor, round, status: "ok", ...result };
            } catch (error) {
              const note = `attempt ${attempt}: ${error instanceof Error ? error.message : String(error)}`;
              outcome = { page: page.page, path: page.path, formFactor, round, status: "error", note };
              log(`  ${note}`);
            }
          }
          if (outcome) runs.push(outcome);
        }
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  const output = { generatedAt: new Date().toISOString(), targets: TARGETS, rounds, summary: summarise(runs), runs };
  const outputFile = path.join(root, "bench", "lighthouse.json");
  fs.writeFileSync(outputFile, `${JSON.stringify(output, null, 2)}\n`);
  formatWithBiome(root, [outputFile]);
  log("");
  log(
    `| page | form factor | ${CATEGORIES.join(" | ")} | performance per round | median | min | TBT median | LCP median |`,
  );
  log(`|---|---|${CATEGORIES.map(() => "--:").join("|")}|---|--:|--:|--:|--:|`);
  for (const row of summarise(runs)) {
    const scores = CATEGORIES.map((category) => cell(row.worst[category], TARGETS[category]));
    log(
      `| ${row.page} \`${row.path}\` | ${row.formFactor} | ${scores.join(" | ")} | ${row.performance.join(", ")} | ${row.median} | ${row.min} | ${row.tbt} | ${row.lcp} |`,
    );
  }
  log("(category columns: the lowest score of the rounds; ❌ below target)");
  for (const run of runs.filter((r) => r.round === rounds && r.findings?.length && r.page !== FLOOR)) {
    log(`\n${run.page} (${run.formFactor}, last round) – audits below 90, and diagnostics:`);
    for (const finding of run.findings ?? []) {
      log(`  [${finding.category}] ${finding.title}${finding.displayValue ? ` (${finding.displayValue})` : ""}`);
      if (finding.items) log(`      ${finding.items}`);
    }
  }
  log("\nWritten: bench/lighthouse.json");
}

await main().catch((error: unknown) => {
  console.error(`lighthouse failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
