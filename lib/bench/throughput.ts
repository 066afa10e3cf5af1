import autocannon, { type Result } from "autocannon";
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
};

export async function measureThroughput(
  url: string,
  headers: Record<string, string>,
  connections: number,
  durationS: number,
): Promise<Throughput> {
  const times: number[] = [];
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: durationS, headers, timeout: 30 }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const summary = summarize(times);
  return {
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    requests: result.requests.total,
    medianMs: roundMs(summary.median),
    p95Ms: roundMs(summary.p95),
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  };
}
