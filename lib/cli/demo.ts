// `npm run demo`: Stellwerk with demo data in one command. Uses DATABASE_URL (env or .env)
// if set, else an embedded PostgreSQL (PGlite) under .data/pglite; migrates, seeds, builds
// if needed, and runs `next start`. Ctrl-C stops the app, then the database.
// usage: npm run demo [-- --rebuild] [-- --embedded]
import "dotenv/config";
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { type DemoUser, formatDemoUsers, seedDemoUsers } from "../../prisma/seed/demo-users.ts";
import { isSeeded, seedHerne } from "../../prisma/seed/index.ts";
import { createPrismaClient } from "../db-client.ts";
import { buildState } from "../demo/build-check.ts";
import { DEFAULT_DATA_DIR, type EmbeddedPostgres, startEmbeddedPostgres } from "../demo/embedded-postgres.ts";
import { demoEnv, inheritedEnvironment } from "../env.ts";
import { defaultProject, deployMigrations } from "../migrate/index.ts";

const root = path.resolve(import.meta.dirname, "../..");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
/** What `npm start` runs: Next's production server plus the connection's address (see there). */
const appServer = path.join(root, "lib/server/start.mjs");

const args = new Set(process.argv.slice(2));
if (args.has("--help") || args.has("-h")) {
  console.log(`npm run demo [-- --rebuild] [-- --embedded]
  --rebuild   next build erzwingen / force a fresh next build
  --embedded  eingebettete Datenbank auch wenn DATABASE_URL gesetzt ist / ignore DATABASE_URL
Umgebung / environment: DATABASE_URL, PORT (3000), PGLITE_PORT (55433)`);
  process.exit(0);
}

const config = demoEnv();
const appPort = config.PORT ?? 3000;
/** Where the demo serves: loopback only (see below), the address Next prints too. */
const appUrl = `http://127.0.0.1:${appPort}`;
const alsoUrl = `http://localhost:${appPort}`;

let database: EmbeddedPostgres | undefined;
// Set while PGlite starts: a Ctrl-C then must wait, or a half-initialised folder remains.
let databaseStarting: Promise<EmbeddedPostgres> | undefined;
let child: ChildProcess | undefined;
let shuttingDown = false;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace(".", ",")} s`;
const timings: [string, number][] = [];

async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  if (shuttingDown) return new Promise<T>(() => {}); // shutdown() ends the process
  console.log(`\n▶ ${label} …`);
  const started = performance.now();
  const result = await work();
  const took = performance.now() - started;
  timings.push([label, took]);
  console.log(`✓ ${label}: ${seconds(took)}`);
  return result;
}

/** Runs `next <args>`, output streamed; resolves with its exit code. */
/** Runs a Node script of the project (Next's CLI, the app server) as the one child. */
function runNode(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { process: ChildProcess; exit: Promise<number> } {
  const proc = spawn(process.execPath, [script, ...args], { cwd: root, env, stdio: "inherit" });
  child = proc;
  const exit = new Promise<number>((resolve) => {
    proc.once("exit", (code, signal) => {
      if (child === proc) child = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
  return { process: proc, exit };
}

/** A session secret kept in .data so demo logins survive restarts (unless one is configured). */
function demoSecret(): string {
  const file = path.join(root, ".data/demo-nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** Waits until the app answers any HTTP request; returns its status. */
async function waitForHttp(url: string, exited: Promise<number>): Promise<number> {
  let stopped = false;
  void exited.then(() => {
    stopped = true;
  });
  for (;;) {
    if (stopped) throw new Error("next start hat sich beendet / next start exited");
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: "manual" });
      await response.body?.cancel();
      return response.status;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

/** Stops the app first (it holds connections), then closes the database files. */
async function shutdown(code: number): Promise<never> {
  if (shuttingDown) return new Promise<never>(() => {});
  shuttingDown = true;
  const running = child;
  if (running && running.exitCode === null && running.signalCode === null) {
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    const timer = setTimeout(() => running.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  const embedded = database ?? (await databaseStarting?.catch(() => undefined));
  if (embedded) {
    console.log("Eingebettete Datenbank wird geschlossen … / closing the embedded database …");
    await embedded.stop();
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (shuttingDown) return; // a second Ctrl-C must not cut the database short
    console.log(`\nStellwerk wird beendet … / stopping (${signal})`);
    void shutdown(0);
  });
}

async function main(): Promise<number> {
  const started = performance.now();
  const portTaken = () =>
    new Error(`Port ${appPort} ist belegt; anderen wählen, z. B. PORT=3001 npm run demo / port ${appPort} is in use`);
  if (!(await portIsFree(appPort))) throw portTaken(); // fail before minutes of building
  const useEmbedded = args.has("--embedded") || !config.DATABASE_URL;

  const databaseUrl = await step("Datenbank starten / start database", async () => {
    if (!useEmbedded && config.DATABASE_URL) {
      console.log(`  DATABASE_URL: ${redact(config.DATABASE_URL)}`);
      return config.DATABASE_URL;
    }
    const starting = startEmbeddedPostgres({ dataDir: path.join(root, DEFAULT_DATA_DIR), port: config.PGLITE_PORT });
    databaseStarting = starting;
    database = await starting;
    console.log(`  eingebettet / embedded: ${database.url} (${DEFAULT_DATA_DIR})`);
    return database.url;
  });

  await step("Migrationen / migrate", async () => {
    const applied = await deployMigrations(databaseUrl, defaultProject(root));
    console.log(
      applied.length ? `  angewendet / applied: ${applied.join(", ")}` : "  Datenbank ist aktuell / up to date",
    );
  });

  const demoUsers = await step("Demo-Daten / seed", async (): Promise<DemoUser[]> => {
    const prisma = createPrismaClient(databaseUrl);
    try {
      // Only into a fresh database: a re-seed would undo what was changed while trying the demo
      // (edits, ended employments) and bring back staff who were anonymised.
      if (await isSeeded(prisma)) {
        console.log("  Demo-Daten vorhanden, unverändert / demo data present, left as is");
      } else {
        const summary = Object.values(await seedHerne(prisma));
        const total = (key: "created" | "updated" | "unchanged") =>
          summary.reduce((sum, counts) => sum + counts[key], 0);
        console.log(
          `  neu / created ${total("created")} · geändert / updated ${total("updated")} · unverändert / unchanged ${total("unchanged")}`,
        );
      }
      // This is the demo (the app runs with STELLWERK_DEMO=1): sign-ins with known passwords.
      return await seedDemoUsers(prisma, { demoMode: true });
    } finally {
      await prisma.$disconnect();
    }
  });

  // Secrets and flags for the app; anything set in the environment wins. The address is the
  // one the app binds and Next prints; localhost reaches the same server and is accepted as the
  // same origin (lib/http/origin.ts acceptedOrigins), so sign-in works under both.
  const appEnv: NodeJS.ProcessEnv = {
    NEXTAUTH_SECRET: demoSecret(),
    NEXTAUTH_URL: appUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    ...inheritedEnvironment(),
    DATABASE_URL: databaseUrl,
    STELLWERK_DEMO: "1",
    PORT: String(appPort),
  };

  const build = args.has("--rebuild") ? { needed: true, reason: "--rebuild" } : buildState(root);
  if (build.needed) {
    await step("Build (next build)", async () => {
      console.log(`  ${build.reason}`);
      const code = await runNode(nextBin, ["build"], { ...appEnv, NODE_ENV: "production" }).exit;
      if (code !== 0) throw new Error(`next build ist fehlgeschlagen (Exit-Code ${code}) / next build failed`);
    });
  } else {
    console.log(`\n✓ Build: ${build.reason}`);
  }

  if (!(await portIsFree(appPort))) throw portTaken();
  // Loopback only: a demo with known demo logins should not be reachable from the network.
  const app = runNode(appServer, ["--hostname", "127.0.0.1", "--port", String(appPort)], {
    ...appEnv,
    NODE_ENV: "production",
  });
  const status = await step("App starten / start app", () => waitForHttp(`${appUrl}/`, app.exit));

  const where = database ? `eingebettete Datenbank unter ${DEFAULT_DATA_DIR}` : "Datenbank aus DATABASE_URL";
  const whereEn = database ? `embedded database in ${DEFAULT_DATA_DIR}` : "database from DATABASE_URL";
  const total = performance.now() - started;
  console.log(`
────────────────────────────────────────────────────────────────────────
  Stellwerk läuft: ${appUrl} (auch ${alsoUrl}; Demo-Daten, ${where})
  Stellwerk is running: ${appUrl} (also ${alsoUrl}; demo data, ${whereEn})
  Bereit nach / ready after ${seconds(total)} (HTTP ${status}) – ${timings.map(([label, ms]) => `${label.split(" / ")[0]} ${seconds(ms)}`).join(" · ")}
  Beenden mit Strg+C / stop with Ctrl+C
────────────────────────────────────────────────────────────────────────
  Demo-Zugänge / demo sign-ins (${appUrl}/anmelden):
${formatDemoUsers(demoUsers)}
────────────────────────────────────────────────────────────────────────
`);

  const code = await app.exit;
  if (!shuttingDown) console.error(`next start hat sich beendet (Exit-Code ${code}) / next start exited`);
  return code;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

try {
  await shutdown(await main());
} catch (error) {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
