import { Worker } from "node:worker_threads";
import type { PreparedImport } from "./prepared.ts";
import type { ImportFile } from "./read.ts";

// Parsing and checking an uploaded file is CPU work of seconds for 100,000 rows; on the
// request thread it would stop every other user's page for that long. It runs in a worker
// thread instead (./parse-worker.ts), one file at a time: a second import waits for the first
// (a municipality has a few coordinators, not a queue of uploads), and the memory of a parse
// is bounded by the worker's heap limit, not added up over parallel uploads. Each file gets a
// fresh worker that ends with its answer, so its memory goes back at once (starting one costs
// well under a second; imports are rare). See docs/decisions/0007-import-parse-worker.md.

/**
 * The worker's heap limits. Measured (bench/import-under-load.ts): a workbook of 100,000 rows
 * adds about 175 MB to the process, one of 200,000 rows (7 MB) needs more than 128 MB of heap
 * and parses within 160. A file that needs more is refused with the advice to split it.
 */
export const PARSE_HEAP_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 };

/** The worker ended while parsing (out of memory, a crash): the file could not be read. */
export class ParseWorkerFailed extends Error {
  constructor(readonly reason: string) {
    super(`import parse worker failed: ${reason}`);
    this.name = "ParseWorkerFailed";
  }
}

type Reply = { threadId?: number; prepared?: PreparedImport; error?: string };
export type PreparedOffThread = { prepared: PreparedImport; threadId: number };

let queue: Promise<unknown> = Promise.resolve();

function startWorker(limits: typeof PARSE_HEAP_LIMITS): Worker {
  // The production build bundles ./parse-worker.ts (Next sees `new Worker(new URL(…))`). Under
  // tsx and Vitest this module is TypeScript and Node cannot start a .ts worker, so a small
  // bootstrap registers tsx first; its name is assembled so that the bundler leaves it alone.
  return import.meta.url.endsWith(".ts")
    ? new Worker(new URL(["./parse-worker-dev", "mjs"].join("."), import.meta.url), { resourceLimits: limits })
    : new Worker(new URL("./parse-worker.ts", import.meta.url), { resourceLimits: limits });
}

function run(file: ImportFile, limits: typeof PARSE_HEAP_LIMITS): Promise<PreparedOffThread> {
  const worker = startWorker(limits);
  return new Promise<PreparedOffThread>((resolve, reject) => {
    worker.once("message", (reply: Reply) => {
      if (reply.prepared && reply.threadId !== undefined)
        resolve({ prepared: reply.prepared, threadId: reply.threadId });
      // The parser threw: a defect, not a property of the file; the caller's error handling reports it.
      else reject(new Error(`import parse failed in the worker: ${reply.error ?? "no result"}`));
    });
    worker.once("error", (error) => reject(new ParseWorkerFailed(error.message)));
    // After an answer or an error this changes nothing (a promise settles once).
    worker.once("exit", (code) => reject(new ParseWorkerFailed(`exited with code ${code}`)));
    // A copy is handed over (transferred, not cloned): the caller keeps its bytes.
    const bytes = file.bytes.slice();
    worker.postMessage({ filename: file.filename, bytes }, [bytes.buffer]);
  }).finally(() => worker.terminate());
}

/**
 * Parses and checks a file in a worker thread, after the files before it. Rejects with
 * ParseWorkerFailed when the worker cannot finish (the caller reports it as a file issue).
 * `limits` is for tests that need a worker that runs out of memory.
 */
export function prepareOffThread(
  file: ImportFile,
  limits: typeof PARSE_HEAP_LIMITS = PARSE_HEAP_LIMITS,
): Promise<PreparedOffThread> {
  const job = queue.then(
    () => run(file, limits),
    () => run(file, limits),
  );
  queue = job.catch(() => undefined);
  return job;
}
