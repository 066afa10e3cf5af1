// Serves the production build (`next build` must have run) on a fresh database that is
// migrated and seeded for this run, and dropped when Playwright stops the server.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { deployMigrations } from "../../lib/migrate/index.ts";
import { seedHerne } from "../../prisma/seed/index.ts";
import { collectFixtureIds, writeFixtureIds } from "./e2e-fixture-ids.ts";
import { createE2eUsers } from "./e2e-users.ts";
import { createTestDatabase, dropTestDatabase } from "./test-database.ts";

const port = process.env.E2E_PORT ?? "3100";
const database = await createTestDatabase("stellwerk_e2e");
await deployMigrations(database.url);
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
await seedHerne(prisma);
const { schoolId } = await createE2eUsers(prisma);
writeFixtureIds(port, await collectFixtureIds(prisma, schoolId));
await prisma.$disconnect();

// What `npm start` runs (the connection's address reaches the app; lib/http/client-ip.ts).
const server = spawn(process.execPath, ["lib/server/start.mjs", "-p", port, "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NODE_ENV: "production",
    // Production refuses to run without a secret; a fresh one per run.
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await dropTestDatabase(database.name);
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
server.on("exit", (code) => {
  if (!stopping) void dropTestDatabase(database.name).then(() => process.exit(code ?? 1));
});
