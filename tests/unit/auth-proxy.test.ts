import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { issueSessionToken, readSessionToken, sessionCookieName } from "../../lib/auth/session.ts";
import { proxy } from "../../proxy.ts";

// lib/env.ts validates the whole environment on first use; nothing here connects.
process.env.DATABASE_URL ??= "postgresql://unit-test@127.0.0.1:1/unused";

// proxy.ts on its own: which requests it turns away, what it passes on, and its headers.
// (The database check of every session is in lib/dal/viewer.ts, see the integration tests.)

const base = "http://127.0.0.1:3100";
const request = (path: string, headers: Record<string, string> = {}) => new NextRequest(`${base}${path}`, { headers });
const nowS = () => Math.floor(Date.now() / 1000);

async function cookieHeader(claims: { authTime: number }) {
  const { value } = await issueSessionToken({
    userId: "u1",
    sessionId: "s1",
    sessionVersion: 1,
    authTime: claims.authTime,
  });
  return `${sessionCookieName()}=${value}`;
}

/** The request headers the proxy hands on to the app (NextResponse.next's override). */
function forwarded(response: Response, name: string): string | null {
  return response.headers.get(`x-middleware-request-${name}`);
}

describe("proxy: who gets through", () => {
  it("sends anonymous visitors of signed-in pages to /anmelden with the path as next", async () => {
    const response = await proxy(request("/schulen/123?stichtag=2017-11-15"));
    expect(response.status).toBe(307);
    // (NextRequest spells 127.0.0.1 as localhost; Next makes same-origin locations relative anyway.)
    expect(new URL(response.headers.get("location") ?? "").pathname).toBe("/anmelden");
    expect(new URL(response.headers.get("location") ?? "").search).toBe(
      "?next=%2Fschulen%2F123%3Fstichtag%3D2017-11-15",
    );
  });

  it("answers 401 JSON for the non-public API, and lets bearer tokens through to the route", async () => {
    const response = await proxy(request("/api/v1/schools"));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Bitte melden Sie sich an." });
    const withToken = await proxy(request("/api/v1/schools", { authorization: "Bearer stw_x" }));
    expect(withToken.headers.get("x-middleware-next")).toBe("1");
  });

  it("lets public pages and APIs through without a session", async () => {
    for (const path of [
      "/",
      "/anmelden",
      "/api/v1/public/coverage",
      "/api/auth/csrf",
      "/api/health",
      "/robots.txt",
      "/icon.svg",
    ]) {
      const response = await proxy(request(path));
      expect(response.headers.get("x-middleware-next"), path).toBe("1");
    }
  });

  it("lets a valid session through, and refuses an expired one (deleting its cookie)", async () => {
    const valid = await proxy(request("/start", { cookie: await cookieHeader({ authTime: nowS() }) }));
    expect(valid.headers.get("x-middleware-next")).toBe("1");

    const tooOld = await proxy(request("/start", { cookie: await cookieHeader({ authTime: nowS() - 8 * 3600 - 5 }) }));
    expect(tooOld.status).toBe(307);
    expect(tooOld.headers.get("set-cookie")).toMatch(new RegExp(`^${sessionCookieName()}=;.*Max-Age=0`));
  });

  it("ignores a forged x-middleware-subrequest header", async () => {
    const response = await proxy(request("/start", { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }));
    expect(response.status).toBe(307);
  });
});

describe("proxy: headers", () => {
  it("sets the CSP on the response and, with the same nonce, as request headers for Next", async () => {
    const response = await proxy(request("/", { "x-nonce": "forged", "x-request-id": "FORGED1234" }));
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(forwarded(response, "x-nonce")).toBe(nonce);
    expect(forwarded(response, "content-security-policy")).toBe(csp);
    expect(forwarded(response, "x-request-id")).not.toBe("FORGED1234");
    expect(forwarded(response, "x-request-id")).toBe(response.headers.get("x-request-id"));
    expect(forwarded(response, "x-stellwerk-path")).toBe("/");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=/);
  });

  it("marks everything but the public statistics as not cacheable", async () => {
    expect((await proxy(request("/"))).headers.get("cache-control")).toBeNull();
    expect((await proxy(request("/api/v1/public/coverage"))).headers.get("cache-control")).toBeNull();
    expect((await proxy(request("/anmelden"))).headers.get("cache-control")).toBe("no-store");
    expect((await proxy(request("/api/v1/schools"))).headers.get("cache-control")).toBe("no-store");
    const signedIn = await proxy(request("/start", { cookie: await cookieHeader({ authTime: nowS() }) }));
    expect(signedIn.headers.get("cache-control")).toBe("no-store");
  });
});

describe("proxy: sliding idle timeout", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("re-issues a session cookie older than a minute, keeping the sign-in time", async () => {
    const fresh = await proxy(request("/start", { cookie: await cookieHeader({ authTime: nowS() }) }));
    expect(fresh.headers.get("set-cookie")).toBeNull(); // issued just now: nothing to refresh

    const authTime = nowS() - 3600;
    const { value } = await issueSessionToken({ userId: "u1", sessionId: "s1", sessionVersion: 4, authTime });
    // Two minutes later, the same cookie comes back.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 120_000);
    const response = await proxy(request("/start", { cookie: `${sessionCookieName()}=${value}` }));
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(new RegExp(`^${sessionCookieName()}=`));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);
    expect(setCookie).toMatch(/Max-Age=1800/i);
    const renewed = decodeURIComponent(setCookie.split(";")[0]?.split("=").slice(1).join("=") ?? "");
    const claims = await readSessionToken(renewed);
    expect(claims).toMatchObject({ userId: "u1", sessionVersion: 4, authTime });
    expect(claims?.expiresAt).toBe(nowS() + 1800);
  });
});
