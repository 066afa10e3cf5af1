import { computeCoverage, computeTrend } from "./lib/coverage/index.ts";
import { computeTrendBySweep } from "./lib/dashboard/trend-sql.ts";
import { monthStarts } from "./lib/dashboard/trend-dates.ts";
import { createPrismaClient } from "./lib/db-client.ts";
import { computeForecastChanges } from "./lib/forecast/index.ts";
import { listWarnings } from "./lib/warnings/index.ts";
const db = createPrismaClient(process.env.DATABASE_URL!);
const date = process.argv[2] ?? "2017-11-15";
async function time(name: string, work: () => Promise<unknown>, runs = 7) {
  await work();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) { const t = performance.now(); await work(); ms.push(performance.now() - t); }
  ms.sort((a, b) => a - b);
  console.log(name.padEnd(28), "median", ms[Math.floor(runs / 2)]!.toFixed(1), "ms  min", ms[0]!.toFixed(1));
}
const first = await db.assignment.aggregate({ _min: { validFrom: true } });
const months = monthStarts(first._min.validFrom!.toISOString().slice(0, 10), "2026-11-25");
console.log("months", months.length);
await time("computeCoverage", () => computeCoverage(db, date));
await time("listWarnings", () => listWarnings(db, date));
await time("min(valid_from)", () => db.assignment.aggregate({ _min: { validFrom: true } }));
await time("computeTrendBySweep", () => computeTrendBySweep(db, months), 3);
await time("forecast changes", () => computeForecastChanges(db, date, process.argv[3] ?? "2018-08-15"));
await time("dashboard (parallel)", () => Promise.all([computeCoverage(db, date), listWarnings(db, date), computeTrendBySweep(db, months)]), 3);
await db.$disconnect();
