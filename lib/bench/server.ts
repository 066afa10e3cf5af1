import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inheritedEnvironment } from "../env.ts";

// Starts the production server (`npm start`: lib/server/start.mjs serving the build in .next) against a given database
// for a benchmark or a Lighthouse run, and stops it again. Its output goes to a log file.

export type RunningServer = { origin: string; logFile: string; pid: number; stop: () => Promise<void> };

async function waitUntilHealthy(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms: ${last}`);
}

export async function startServer(options: {
  root: string;
  port: number;
  databaseUrl: string;
  name: string;
}): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${options.port}`;
  const logFile = path.join(os.tmpdir(), `stellwerk-${options.name}-server-${options.port}.log`);
  const log = fs.openSync(logFile, "w");
  const appServer = path.join(options.root, "lib", "server", "start.mjs");
  const child = spawn(process.execPath, [appServer, "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: options.root,
    stdio: ["ignore", log, log],
    env: {
      ...inheritedEnvironment(),
      DATABASE_URL: options.databaseUrl,
      NODE_ENV: "production",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      NEXTAUTH_URL: origin,
      LOG_LEVEL: "warn",
    },
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    fs.closeSync(log);
  };
  try {
    await waitUntilHealthy(origin, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)} (log: ${logFile})`);
  }
  return { origin, logFile, pid: child.pid ?? 0, stop } satisfies RunningServer;
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); null elsewhere. */
export function cpuTimeMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may contain spaces) start at ") ".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    const hz = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;
    return (ticks * 1000) / hz;
  } catch {
    return null;
  }
}
