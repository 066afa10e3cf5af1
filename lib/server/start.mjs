// `npm start`: Next's production server (the build in .next), with one addition. Every
// request gets the address of the connection it came in on as the header x-stellwerk-peer,
// replacing whatever a client sent under that name. Next itself only fills X-Forwarded-For
// from the socket when a request has none, so without a proxy in front (TRUSTED_PROXY_HOPS=0)
// that header is the client's own claim; this one is not (lib/http/client-ip.ts).
//
//   node lib/server/start.mjs [--port 3000] [--hostname 0.0.0.0]
//
// Plain JavaScript: the production image runs it with node, without a TypeScript loader.
import http from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { withPeerAddress } from "./peer-address.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
// No environment here (lib/env.ts is its only reader): the Dockerfile passes --port "$PORT".
const port = Number(values.port ?? 3000);
const hostname = values.hostname ?? "0.0.0.0";

const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer(withPeerAddress(handle));
server.listen(port, hostname, () => {
  console.log(`▲ Stellwerk: http://${hostname}:${port}`);
});

// Docker and the test runners stop the app with SIGTERM: finish open requests, then leave.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
