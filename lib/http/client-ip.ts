import { env } from "../env.ts";

// The client's address for sign-in throttling. Next.js fills X-Forwarded-For with the socket's
// address only when the request has none, so a client talking to Next directly can send any
// value. Behind reverse proxies that append the address they saw (nginx
// $proxy_add_x_forwarded_for, Traefik, HAProxy), the entry TRUSTED_PROXY_HOPS places from
// the right is the one the outermost proxy saw: that one cannot be forged. Without a proxy
// (hops = 0) the last entry is taken; an attacker who can reach Next directly can vary it, so
// production should always run behind a proxy (the per-account throttle holds regardless).

export function clientIpFrom(headers: Headers, trustedHops: number = env().TRUSTED_PROXY_HOPS): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (!forwarded) return null;
  const entries = forwarded
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const index = entries.length - 1 - Math.max(0, trustedHops - 1);
  const address = entries[Math.max(0, index)];
  if (!address || address.length > 64 || !/^[0-9A-Fa-f:.[\]]+$/.test(address)) return null;
  // IPv4-mapped IPv6 ("::ffff:10.0.0.1") is the same client as its IPv4 form.
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").toLowerCase();
}
