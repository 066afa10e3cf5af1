// The production image's contents, tested without Docker: does in an empty temporary folder
// what the Dockerfile's runtime stage does (its COPY lines, and the prod-deps stage it copies
// node_modules from, whose `npm ci` runs for real), starts its CMD against a fresh database
// and expects 200 from /api/health and from the static files in public/.
// The build stage is this working tree after `next build` (its RUN is not repeated).
// Runs with Node 24 like the image when .node24 holds it (tests/support/node24.ts).
//   npx tsx tests/image/runtime-stage.ts      (after `npx next build`; part of `npm test`)
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { node24Binary, withNodeFirst } from "../support/node24.ts";
import { createTestDatabase, dropTestDatabase } from "../support/test-database.ts";
import { commandOf, parseCopy, parseDockerfile, parseEnv, resolveStage } from "./dockerfile.ts";

const root = path.resolve(import.meta.dirname, "../..");
const WORKDIR = "/app";
/** The build stage removes Next's build cache before the runtime stage copies .next. */
const NOT_IN_BUILD = [path.join(root, ".next/cache")];
const START_TIMEOUT_MS = 120_000;

const stages = parseDockerfile(fs.readFileSync(path.join(root, "Dockerfile"), "utf8"));
const runtime = stages.at(-1);
if (!runtime) throw new Error("Dockerfile without a stage");
if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("no build in .next: run `npx next build` first");

const node24 = node24Binary(root);
// npm may take what its cache has (the lock fixes the versions either way): the same install,
// minutes faster on a busy machine.
const baseEnv: Record<string, string | undefined> = {
  ...(node24 ? withNodeFirst(node24) : process.env),
  npm_config_prefer_offline: "true",
};
const temp = fs.mkdtempSync(path.join(os.tmpdir(), "stellwerk-image-"));
/** Where each stage's /app is: the ones done here, and "build" = this working tree. */
const stageRoots = new Map<string, string>([["build", root]]);

function inStage(stageRoot: string, file: string): string {
  const relative = file.startsWith(`${WORKDIR}/`) ? file.slice(WORKDIR.length + 1) : file;
  return path.join(stageRoot, relative === "." || relative === "./" ? "" : relative);
}

/** Does a stage's COPY, ENV and RUN lines into `target`; returns its environment and CMD. */
function doStage(name: string, target: string): { env: Record<string, string>; cmd: string[] | null } {
  fs.mkdirSync(target, { recursive: true });
  const env: Record<string, string> = {};
  let cmd: string[] | null = null;
  for (const instruction of resolveStage(stages, name)) {
    if (instruction.keyword === "ENV") Object.assign(env, parseEnv(instruction.args));
    else if (instruction.keyword === "CMD") cmd = commandOf(instruction);
    else if (instruction.keyword === "COPY") {
      const copy = parseCopy(instruction.args);
      const fromRoot = copy.from === null ? root : stageRoots.get(copy.from);
      if (!fromRoot) throw new Error(`COPY --from=${copy.from}: that stage is not prepared here`);
      for (const source of copy.sources) {
        const from = inStage(fromRoot, source);
        if (!fs.existsSync(from)) throw new Error(`COPY ${instruction.args}: ${source} does not exist`);
        const to =
          copy.sources.length > 1 || copy.destination.endsWith("/")
            ? path.join(inStage(target, copy.destination), path.basename(source))
            : inStage(target, copy.destination);
        fs.cpSync(from, to, {
          recursive: true,
          verbatimSymlinks: true,
          filter: (file) => !NOT_IN_BUILD.includes(file),
        });
      }
    } else if (instruction.keyword === "RUN") {
      console.log(`  ${name}: RUN ${instruction.args}`);
      const [command = "sh", ...args] = commandOf(instruction);
      const run = spawnSync(command, args, {
        cwd: target,
        env: { ...baseEnv, ...env } as NodeJS.ProcessEnv,
        stdio: "inherit",
      });
      if (run.status !== 0) throw new Error(`${name}: RUN ${instruction.args} failed (exit ${run.status})`);
    }
  }
  stageRoots.set(name, target);
  return { env, cmd };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function statusOf(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
    await response.body?.cancel();
    return response.status;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  console.log(`runtime stage "${runtime?.name}" in ${temp}, Node ${node24 ? "24 (.node24)" : process.version}`);
  // The stages the runtime stage copies from, in the Dockerfile's order.
  for (const stage of stages.slice(0, -1)) {
    const copiedFrom = runtime?.instructions.some(
      (line) => line.keyword === "COPY" && parseCopy(line.args).from === stage.name,
    );
    if (copiedFrom && !stageRoots.has(stage.name)) doStage(stage.name, path.join(temp, stage.name));
  }
  const app = path.join(temp, "app");
  const { env, cmd } = doStage(runtime?.name ?? "", app);
  if (!cmd) throw new Error("runtime stage without CMD");

  const database = await createTestDatabase("stellwerk_image");
  const port = await freePort();
  let server: ChildProcess | undefined;
  try {
    const [command = "sh", ...args] = cmd;
    // A container's environment: nothing of this shell's but PATH and HOME.
    const runtimeEnv: Record<string, string | undefined> = {
      PATH: baseEnv.PATH,
      HOME: baseEnv.HOME,
      ...env,
      PORT: String(port),
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    };
    server = spawn(command, args, {
      cwd: app,
      detached: true, // its own process group: npm, tsx and node stop together
      stdio: "inherit",
      env: runtimeEnv as NodeJS.ProcessEnv,
    });
    const exited = new Promise<number | null>((resolve) => server?.once("exit", (code) => resolve(code)));
    let ended: number | null | undefined;
    void exited.then((code) => {
      ended = code;
    });
    const started = performance.now();
    const base = `http://127.0.0.1:${port}`;
    while ((await statusOf(`${base}/api/health`)) !== 200) {
      if (ended !== undefined) throw new Error(`the image's CMD exited (code ${ended}) before /api/health answered`);
      if (performance.now() - started > START_TIMEOUT_MS) throw new Error("/api/health did not answer 200 in time");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    console.log(`  /api/health: 200 after ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const file of fs.readdirSync(path.join(app, "public"))) {
      const status = await statusOf(`${base}/${file}`);
      if (status !== 200) throw new Error(`/${file} (public/) answered ${status}`);
      console.log(`  /${file}: 200`);
    }
  } finally {
    if (server?.pid && server.exitCode === null) {
      const stopped = new Promise((resolve) => server?.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM");
      await stopped;
    }
    await dropTestDatabase(database.name);
  }
}

try {
  await main();
  console.log("✓ runtime image contents: the stage starts and answers");
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(temp, { recursive: true, force: true });
}
