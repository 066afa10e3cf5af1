// Times the dashboard's and the forecast's queries on the database in DATABASE_URL (run by
// hand, e.g. on tests/bench/dashboard-scale.sql): npx tsx tests/bench/dashboard-queries.ts
// [key date] [forecast date]. Prints the median and the best of several warm runs.

import { computeCoverage, computeTrend } from "../../lib/coverage/index.ts";
import { monthStarts } from "../../lib/dashboard/trend-dates.ts";
import { createPrismaClient } from "../../lib/db-client.ts";
import { computeForecastChanges } from "../../lib/forecast/index.ts";
import { todayIso } from "../../lib/key-date.ts";
import { listWarnings } from "../../lib/warnings/index.ts";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
const db = createPrismaClient(url);
const date = process.argv[2] ?? todayIso();
const forecastDate = process.argv[3] ?? "2099-12-31";

async function time(name: string, work: () => Promise<unknown>, runs = 5) {
  await work();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  console.log(`${name.padEnd(24)} median ${ms[Math.floor(runs / 2)]?.toFixed(0)} ms, best ${ms[0]?.toFixed(0)} ms`);
}

const first = await db.assignment.aggregate({ _min: { validFrom: true } });
const months = monthStarts(first._min.validFrom?.toISOString().slice(0, 10) ?? date, date);
await time("computeCoverage", () => computeCoverage(db, date));
await time("listWarnings", () => listWarnings(db, date));
await time(`trend (${months.length} months)`, () => computeTrend(db, months), 3);
await time("forecast changes", () => computeForecastChanges(db, date, forecastDate));
await time("dashboard, in parallel", () =>
  Promise.all([computeCoverage(db, date), listWarnings(db, date), computeTrend(db, months)]),
);
await db.$disconnect();
