import { parentPort, threadId } from "node:worker_threads";
import { prepareImport } from "./prepared.ts";

// The worker thread that parses and checks one uploaded file (./parse-off-thread.ts starts
// it): { filename, bytes } in, { threadId, prepared } or { error } out.

parentPort?.once("message", async (job: { filename: string; bytes: Uint8Array }) => {
  try {
    const prepared = await prepareImport({ filename: job.filename, bytes: job.bytes });
    parentPort?.postMessage({ threadId, prepared });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
