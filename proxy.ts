import { type NextRequest, NextResponse } from "next/server";
import {
  issueSessionToken,
  needsRefresh,
  nowSeconds,
  readSessionToken,
  sessionCookieName,
  sessionCookieOptions,
} from "./lib/auth/session.ts";
import { env, secureCookies } from "./lib/env.ts";
import { earlyRefusal } from "./lib/http/early-refusal.ts";
import { newRequestId, REQUEST_ID_HEADER } from "./lib/http/request-id.ts";
// The API answers in German; only this one text is needed here, so not the whole translator.
import apiErrors from "./lib/i18n/messages/de/errors.json";
import { buildCsp, createNonce, securityHeaders } from "./lib/security/headers.ts";

// Runs before every request except static build assets (next.config.js gives those their
// headers). It does three things, after refusing what Next would answer with a bare 500
// (lib/http/early-refusal.ts):
// 1. security headers on every response: CSP with a fresh nonce (passed on to Next, which puts
//    it on its scripts), HSTS, nosniff, Referrer-Policy, Permissions-Policy; no-store caching
//    for everything but the public statistics;
// 2. a request id and the requested path as request headers for the app;
// 3. a cheap sign-in check (session JWT decodes and is within its timeouts; no database) that
//    sends anonymous visitors of the signed-in area to /anmelden, and answers 401 for the API.
//    This is a convenience, NEVER the permission boundary: pages call requireViewer() and every
//    DAL call and route handler resolves the viewer against the database again.
// It also refreshes the session cookie (sliding 30-minute idle timeout) at most once a minute.

/** Must match lib/dal/viewer.ts PATH_HEADER (not imported: that module needs the database). */
const PATH_HEADER = "x-stellwerk-path";

function isPublicPath(pathname: string): boolean {
  return (
    pathname === "/" ||
    pathname === "/anmelden" ||
    pathname === "/api/health" ||
    // Metadata files browsers and crawlers fetch without a session (public/icon.svg, public/robots.txt).
    pathname === "/icon.svg" ||
    pathname === "/robots.txt" ||
    pathname === "/api/v1/public" ||
    pathname.startsWith("/api/v1/public/") ||
    pathname.startsWith("/api/auth/")
  );
}

/** Public answers that their handlers may let browsers cache. */
function isCacheablePublic(pathname: string): boolean {
  return pathname === "/" || pathname.startsWith("/api/v1/public/");
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestId = newRequestId();
  const nonce = createNonce();
  const csp = buildCsp({ nonce, development: env().NODE_ENV === "development", https: secureCookies() });
  const isApi = pathname.startsWith("/api/");
  const cookieName = sessionCookieName();
  const rawSession = request.cookies.get(cookieName)?.value;
  const claims = rawSession ? await readSessionToken(rawSession) : null;
  const hasBearer = isApi && /^Bearer\s+\S+/i.test(request.headers.get("authorization") ?? "");

  let response: NextResponse;
  const refusal = earlyRefusal(request.method, pathname, request.headers);
  if (refusal) {
    response = new NextResponse(refusal.body || null, {
      status: refusal.status,
      headers: { "Content-Type": refusal.contentType, ...refusal.headers },
    });
  } else if (!isPublicPath(pathname) && !claims && !hasBearer) {
    response = isApi
      ? NextResponse.json(
          { error: apiErrors.api.unauthenticated },
          { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="stellwerk"' } },
        )
      : NextResponse.redirect(new URL(`/anmelden?next=${encodeURIComponent(`${pathname}${search}`)}`, request.url));
    // An expired or foreign cookie is of no further use.
    if (rawSession) response.cookies.set(cookieName, "", { ...sessionCookieOptions(), maxAge: 0 });
  } else {
    // Headers the app relies on are always set here, whatever the client sent.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", csp); // Next reads the nonce from here
    requestHeaders.set(REQUEST_ID_HEADER, requestId);
    requestHeaders.set(PATH_HEADER, `${pathname}${search}`);
    response = NextResponse.next({ request: { headers: requestHeaders } });
    if (claims && needsRefresh(claims, nowSeconds())) {
      const { value, maxAge } = await issueSessionToken(claims);
      if (maxAge > 0) response.cookies.set(cookieName, value, { ...sessionCookieOptions(), maxAge });
    }
  }

  for (const [name, value] of Object.entries(securityHeaders(csp))) response.headers.set(name, value);
  response.headers.set("X-Request-Id", requestId);
  if (!isCacheablePublic(pathname)) response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = {
  // Everything but Next's hashed build assets (immutable, public, no HTML).
  matcher: ["/((?!_next/static/|_next/image|favicon.ico$).*)"],
};
