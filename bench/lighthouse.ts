// `npm run lighthouse`: Lighthouse (performance, accessibility, best practices, SEO) on the
// public page and the signed-in admin dashboard, mobile and desktop, against the production
// build serving the Herne demo data. The database LIGHTHOUSE_DATABASE_URL (default
// stellwerk_lighthouse) is recreated, migrated and seeded with the demo sign-ins; the server
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
const log = (line: string) => console.log(line);

type PageRun = {
  page: string;
  path: string;
  formFactor: FormFactor;
  status: "ok" | "missing" | "error";
  note?: string;
} & Partial<AuditResult>;

const cell = (score: number | null | undefined, target: number | null) =>
  score === null || score === undefined ? "–" : `${score}${target !== null && score < target ? " ❌" : ""}`;

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
    const dashboard = await fetch(`${server.origin}/uebersicht`, { headers: { cookie }, redirect: "manual" });
    await dashboard.arrayBuffer();
    const pages: { page: string; path: string; headers: Record<string, string>; missing?: string }[] = [
      { page: "Public page", path: "/", headers: {} },
      {
        page: "Admin dashboard",
        path: "/uebersicht",
        headers: { Cookie: cookie },
        ...(dashboard.status === 404 ? { missing: "404: not built yet" } : {}),
      },
    ];
    // While the dashboard does not exist, the signed-in start page shows what the signed-in
    // layout (navigation, header) scores.
    if (dashboard.status === 404) {
      pages.push({ page: "Start page (signed in, stand-in)", path: "/start", headers: { Cookie: cookie } });
    }
    for (const page of pages) {
      // Warm-up: the first request after `next start` loads the page's modules (up to ~1.5 s
      // on this machine); Lighthouse counts that server time into FCP and LCP.
      if (!page.missing) await (await fetch(`${server.origin}${page.path}`, { headers: page.headers })).arrayBuffer();
      for (const formFactor of ["mobile", "desktop"] as const) {
        if (page.missing) {
          runs.push({ page: page.page, path: page.path, formFactor, status: "missing", note: page.missing });
          continue;
        }
        log(`▶ Lighthouse ${page.page} (${formFactor}) …`);
        // One retry: on a busy machine a throttled mobile run can time out (PAGE_HUNG).
        let outcome: PageRun | undefined;
        for (let attempt = 1; attempt <= 2 && outcome?.status !== "ok"; attempt++) {
          try {
            const result = await audit(browser, `${server.origin}${page.path}`, formFactor, page.headers);
            outcome = { page: page.page, path: page.path, formFactor, status: "ok", ...result };
          } catch (error) {
            const note = `attempt ${attempt}: ${error instanceof Error ? error.message : String(error)}`;
            outcome = { page: page.page, path: page.path, formFactor, status: "error", note };
            log(`  ${note}`);
          }
        }
        if (outcome) runs.push(outcome);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  const output = { generatedAt: new Date().toISOString(), targets: TARGETS, runs };
  const outputFile = path.join(root, "bench", "lighthouse.json");
  fs.writeFileSync(outputFile, `${JSON.stringify(output, null, 2)}\n`);
  formatWithBiome(root, [outputFile]);
  log("");
  log(`| page | form factor | status | ${CATEGORIES.join(" | ")} |`);
  log(`|---|---|---|${CATEGORIES.map(() => "--:").join("|")}|`);
  for (const run of runs) {
    const scores = CATEGORIES.map((category) => cell(run.scores?.[category], TARGETS[category]));
    log(`| ${run.page} \`${run.path}\` | ${run.formFactor} | ${run.status} | ${scores.join(" | ")} |`);
  }
  for (const run of runs.filter((r) => r.findings?.length)) {
    log(`\n${run.page} (${run.formFactor}) – audits below 90, and diagnostics:`);
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
