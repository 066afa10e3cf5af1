import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIpFrom } from "../../lib/http/client-ip.ts";
import { PEER_HEADER, withPeerAddress } from "../../lib/server/peer-address.mjs";

// Issue 11: with TRUSTED_PROXY_HOPS=0 a forged X-Forwarded-For reset the per-address sign-in
// throttle. Through the wrapper `npm start` puts around Next (lib/server/start.mjs), over a
// real socket, the address the app throttles by is the connection's, whatever the client says.

let server: http.Server;
let origin: string;

beforeAll(async () => {
  server = http.createServer(
    withPeerAddress((request, response) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === "string") headers.set(name, value);
      }
      response.end(JSON.stringify({ noProxy: clientIpFrom(headers, 0), oneProxy: clientIpFrom(headers, 1) }));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const ask = async (headers: Record<string, string>) => (await fetch(origin, { headers })).json();

describe("the client address without a proxy", () => {
  it("is the connection's, for any X-Forwarded-For and any forged peer header", async () => {
    const attempts: Record<string, string>[] = [
      {},
      { "x-forwarded-for": "203.0.113.9" },
      { "x-forwarded-for": "198.51.100.1, 203.0.113.9" },
      { "x-forwarded-for": "203.0.113.9", [PEER_HEADER]: "203.0.113.10" },
    ];
    for (const forged of attempts) {
      expect((await ask(forged)).noProxy).toBe("127.0.0.1");
    }
  });

  it("behind one proxy is the entry that proxy appended", async () => {
    expect((await ask({ "x-forwarded-for": "198.51.100.1, 203.0.113.9" })).oneProxy).toBe("203.0.113.9");
  });
});
