import { env } from "../env.ts";
import { translator } from "../i18n/translator.ts";

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

/** Why a request is refused as cross-origin, or null when it may proceed. */
export function crossOriginProblem(method: string, headers: Headers): string | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return `Sec-Fetch-Site: ${site}`;
  const origin = headers.get("origin");
  if (origin) {
    const expected = expectedOrigin(headers);
    if (origin === "null" || (expected !== null && origin !== expected)) return `Origin: ${origin}`;
  }
  return null;
}

/** A 403 JSON answer for a cross-origin state-changing request, or null to go ahead. */
export function refuseCrossOrigin(request: Request): Response | null {
  const problem = crossOriginProblem(request.method, request.headers);
  if (!problem) return null;
  return Response.json(
    { error: translator("errors")("api.crossOrigin") },
    { status: 403, headers: { "Cache-Control": "no-store" } },
  );
}
