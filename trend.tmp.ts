import { computeTrend } from "./lib/coverage/index.ts";
import { computeTrendBySweep } from "./lib/dashboard/trend-sql.ts";
import { monthStarts } from "./lib/dashboard/trend-dates.ts";
import { createPrismaClient } from "./lib/db-client.ts";
const db = createPrismaClient(process.env.DATABASE_URL!);
const months = monthStarts("2011-01-01", "2026-11-25");
let t = performance.now();
const fast = await computeTrendBySweep(db, months);
console.log("sweep", (performance.now() - t).toFixed(0), "ms");
t = performance.now();
const fast2 = await computeTrendBySweep(db, months);
console.log("sweep warm", (performance.now() - t).toFixed(0), "ms");
if (process.argv[2] === "compare") {
  t = performance.now();
  const slow = await computeTrend(db, months);
  console.log("computeTrend", (performance.now() - t).toFixed(0), "ms");
  console.log("equal", JSON.stringify(slow) === JSON.stringify(fast));
}
console.log(fast.slice(-2), fast2.length);
await db.$disconnect();
