import { env } from "../env.ts";

// The client's address for sign-in throttling.
// - No proxy in front (TRUSTED_PROXY_HOPS=0): the address of the connection. `npm start`
//   (lib/server/start.mjs) stamps it on every request as x-stellwerk-peer, replacing whatever
//   a client sent under that name; X-Forwarded-For is the client's own claim then and is
//   ignored. (Next fills X-Forwarded-For from the socket only when a request has none.)
// - Behind N reverse proxies that append the address they saw (nginx
//   $proxy_add_x_forwarded_for, Traefik, HAProxy): the N-th X-Forwarded-For entry from the
//   right, the one the outermost proxy saw, which the client cannot forge. A request with
//   fewer entries did not pass all proxies and has no trustworthy address (null).
// Under a plain `next start` or `next dev` there is no peer header; then the last entry
// (what Next set from the socket, unless the client sent its own) is the best there is.

declare global {
  /** Set by lib/server/start.mjs: the request header that carries the connection's address. */
  var __stellwerkPeerHeader: string | undefined;
}

function normalised(address: string | undefined | null): string | null {
  if (!address || address.length > 64 || !/^[0-9A-Fa-f:.[\]]+$/.test(address)) return null;
  // IPv4-mapped IPv6 ("::ffff:10.0.0.1") is the same client as its IPv4 form.
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").toLowerCase();
}

export function clientIpFrom(
  headers: Headers,
  trustedHops: number = env().TRUSTED_PROXY_HOPS,
  peerHeader: string | undefined = globalThis.__stellwerkPeerHeader,
): string | null {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (trustedHops === 0) {
    return normalised(peerHeader ? headers.get(peerHeader) : forwarded.at(-1));
  }
  return normalised(forwarded[forwarded.length - trustedHops]);
}
