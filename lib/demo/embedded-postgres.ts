import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { Worker } from "node:worker_threads";

// Zero-setup PostgreSQL 17 for `npm run demo`: PGlite (WASM) persisted in a folder and
// served over TCP on loopback (pglite-worker.mjs), so the app and the migration runner talk
// to it like to any server. PGlite is one session: connections take turns, a transaction
// holds it until it ends (transactions serialise; fine for a demo, not for load). The app's
// default pool (pg: 10 connections) works as is; no pool setting is needed in the URL. Code
// that waits inside a transaction for a query on another connection would wait forever here.

export const DEFAULT_DATA_DIR = ".data/pglite";
export const DEFAULT_PORT = 55433;

export type EmbeddedPostgresOptions = {
  /** Folder holding the cluster; created on first start. */
  dataDir?: string;
  /** Port tried first; if it is taken, a free one is picked. */
  port?: number;
};

export type EmbeddedPostgres = {
  /** Connection URL for pg / Prisma / the migration runner. */
  url: string;
  port: number;
  dataDir: string;
  /** Closes the connections and the database files. Safe to call more than once. */
  stop(): Promise<void>;
};

/** Whether `port` can be bound on loopback right now. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export function embeddedDatabaseUrl(port: number): string {
  // PGlite accepts any user/password and has one database. sslmode=disable: it cannot
  // speak TLS, and pg would otherwise follow a PGSSLMODE from the environment.
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/**
 * A lock next to the data folder: PGlite does not guard its files against a second process,
 * and two writers would corrupt them. A lock left by a dead process is taken over.
 */
const openHere = new Set<string>();

function acquireLock(dataDir: string): () => void {
  const lockPath = `${path.resolve(dataDir)}.lock`;
  if (openHere.has(lockPath)) {
    throw new Error(
      `Die eingebettete Datenbank ${dataDir} ist schon geöffnet. / The embedded database is already open.`,
    );
  }
  try {
    fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = Number(fs.readFileSync(lockPath, "utf8").trim());
    if (holder && holder !== process.pid && processIsAlive(holder)) {
      throw new Error(
        `Die eingebettete Datenbank ${dataDir} wird schon von Prozess ${holder} benutzt (Sperre ${lockPath}). ` +
          `/ The embedded database is already in use by process ${holder}.`,
      );
    }
    // Stale: its process is gone (or is us after a pid reuse, as in containers).
    fs.writeFileSync(lockPath, String(process.pid));
  }
  openHere.add(lockPath);
  return () => {
    openHere.delete(lockPath);
    fs.rmSync(lockPath, { force: true });
  };
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

type WorkerReply = { type: "ready"; port: number } | { type: "failed"; message: string } | { type: "stopped" };

function nextReply(worker: Worker): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: WorkerReply) => {
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve(reply);
    };
    const onError = (error: Error) => {
      worker.off("message", onMessage);
      worker.off("exit", onExit);
      reject(error);
    };
    const onExit = (code: number) => onError(new Error(`PGlite-Worker beendet (Exit-Code ${code})`));
    worker.once("message", onMessage);
    worker.once("error", onError);
    worker.once("exit", onExit);
  });
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  fs.mkdirSync(dataDir, { recursive: true });
  const releaseLock = acquireLock(dataDir);
  try {
    const preferred = options.port ?? DEFAULT_PORT;
    // Port 0 lets the OS choose; probing first keeps the documented port when it is free.
    const port = (await portIsFree(preferred)) ? preferred : 0;
    // PGlite runs synchronous WASM for seconds at a time (initdb, big queries). On a worker
    // thread, the main thread stays free to answer signals: tsx SIGKILLs a child that does
    // not acknowledge Ctrl-C within 30 ms, which could cut a write to the data folder short.
    const worker = new Worker(new URL("./pglite-worker.mjs", import.meta.url), {
      workerData: { dataDir: path.resolve(dataDir), port },
    });
    const reply = await nextReply(worker);
    if (reply.type !== "ready") {
      await worker.terminate();
      throw new Error(
        `Eingebettete Datenbank startet nicht / cannot start: ${"message" in reply ? reply.message : ""}`,
      );
    }
    let exited = false;
    worker.once("exit", () => {
      exited = true;
    });
    let stopping: Promise<void> | undefined;
    return {
      url: embeddedDatabaseUrl(reply.port),
      port: reply.port,
      dataDir,
      stop: () => {
        stopping ??= (async () => {
          try {
            if (exited) return;
            const stopped = nextReply(worker).catch(() => undefined);
            worker.postMessage({ type: "stop" });
            // Closing flushes PGlite's files; give it time, but do not hang forever.
            await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 30_000).unref())]);
          } finally {
            await worker.terminate();
            releaseLock();
          }
        })();
        return stopping;
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
