import { createPrismaClient } from "./lib/db-client.ts";
const db = createPrismaClient(process.env.DATABASE_URL!);
// Capture the SQL of listWarnings by monkeypatching $queryRaw.
const { listWarnings } = await import("./lib/warnings/index.ts");
let captured: { strings: TemplateStringsArray; values: unknown[] } | null = null;
const fake = { $queryRaw: (strings: TemplateStringsArray, ...values: unknown[]) => { captured = { strings, values }; return Promise.resolve([{ kind: "header", threshold: 150, horizon: "2027-05-25" }]); } };
await listWarnings(fake as never, process.argv[2] ?? "2026-11-25");
let sql = "";
captured!.strings.forEach((s, i) => { sql += s; if (i < captured!.values.length) sql += `'${captured!.values[i]}'`; });
const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
console.log(rows.map((r) => r["QUERY PLAN"]).join("\n"));
await db.$disconnect();
