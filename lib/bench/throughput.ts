import os from "node:os";
import autocannon, { type Result } from "autocannon";
import { cpuTimeMs } from "./server.ts";
import { roundMs, summarize } from "./stats.ts";

// Load with autocannon: N concurrent keep-alive clients for a fixed time. autocannon reports
// p90/p97.5 but no p95, so every response time is recorded and summarised here.

export type Throughput = {
  requestsPerSecond: number;
  requests: number;
  medianMs: number;
  p95Ms: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  /** CPU the app server used per request (ms; the database's own CPU not included). */
  serverCpuMsPerRequest: number | null;
  /** What that CPU cost allows on this machine's cores if nothing else ran: cores × 1000 / CPU ms. */
  cpuBoundRequestsPerSecond: number | null;
};

export async function measureThroughput(
  url: string,
  headers: Record<string, string>,
  connections: number,
  durationS: number,
  serverPid: number,
): Promise<Throughput> {
  const times: number[] = [];
  const cpuBefore = cpuTimeMs(serverPid);
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: durationS, headers, timeout: 30 }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const cpuAfter = cpuTimeMs(serverPid);
  const summary = summarize(times);
  const cpuPerRequest =
    cpuBefore !== null && cpuAfter !== null && result.requests.total > 0
      ? (cpuAfter - cpuBefore) / result.requests.total
      : null;
  return {
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    requests: result.requests.total,
    medianMs: roundMs(summary.median),
    p95Ms: roundMs(summary.p95),
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    serverCpuMsPerRequest: cpuPerRequest === null ? null : roundMs(cpuPerRequest),
    cpuBoundRequestsPerSecond:
      cpuPerRequest === null || cpuPerRequest <= 0 ? null : Math.round((os.cpus().length * 1000) / cpuPerRequest),
  };
}
