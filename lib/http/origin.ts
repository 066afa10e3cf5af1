import { env } from "../env.ts";

// Cross-site request forgery guard for state-changing route handlers (server actions have
// Next's own origin check). A browser always says where a request comes from: Sec-Fetch-Site
// (all current browsers) or at least Origin on POST/PUT/PATCH/DELETE. Requests from other
// sites are refused. A request carrying neither header did not come from a browser page (curl,
// a script with an API token); it is let through, since CSRF needs a browser's ambient cookie.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origin this app is served from: NEXTAUTH_URL, else what the request's Host says. */
export function expectedOrigin(headers: Headers): string | null {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return null;
  const proto = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host.split(",")[0]?.trim()}`;
}

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/**
 * Every origin the app answers under: the expected one (first), and for a loopback address the same
 * scheme and port under each loopback name. To a browser on that machine they are one server
 * (`npm run demo` prints 127.0.0.1 as Next does, people type localhost), and no other site can
 * serve a page from them.
 */
export function acceptedOrigins(headers: Headers): string[] {
  const expected = expectedOrigin(headers);
  if (!expected) return [];
  const url = new URL(expected);
  if (!LOOPBACK_NAMES.includes(url.hostname)) return [expected];
  const aliases = LOOPBACK_NAMES.map((name) => `${url.protocol}//${name}${url.port ? `:${url.port}` : ""}`);
  return [expected, ...aliases.filter((alias) => alias !== expected)]; // the configured one first
}

/** Why a request is refused as cross-origin, or null when it may proceed. */
export function crossOriginProblem(method: string, headers: Headers): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return `Sec-Fetch-Site: ${site}`;
  const origin = headers.get("origin");
  if (origin) {
    const accepted = acceptedOrigins(headers);
    if (origin === "null" || (accepted.length > 0 && !accepted.includes(origin))) return `Origin: ${origin}`;
  }
  return null;
}

/**
 * Why a server action (a POST with a Next-Action header) is refused as cross-origin, or null.
 * The same rule as Next's own check, which compares the Origin's host with the Host the
 * request was sent to (not NEXTAUTH_URL, so that the app answers on every address it is
 * served under); a browser's Sec-Fetch-Site of another site is refused even without Origin.
 */
export function serverActionOriginProblem(headers: Headers): string | null {
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site" || site === "same-site") return `Sec-Fetch-Site: ${site}`;
  const origin = headers.get("origin");
  if (!origin) return null;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]?.trim();
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" or garbage: no page of this app sent it.
  }
  return originHost && originHost === host ? null : `Origin: ${origin}`;
}
