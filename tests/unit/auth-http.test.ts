import { describe, expect, it } from "vitest";
import { clientIpFrom } from "../../lib/http/client-ip.ts";
import { earlyRefusal, ORIGIN_REFUSED_PATH } from "../../lib/http/early-refusal.ts";
import { redact } from "../../lib/http/log.ts";
import { acceptedOrigins, crossOriginProblem } from "../../lib/http/origin.ts";
import { newRequestId, requestIdFrom } from "../../lib/http/request-id.ts";

// lib/env.ts validates the whole environment on first use; nothing here connects.
process.env.DATABASE_URL ??= "postgresql://unit-test@127.0.0.1:1/unused";

const headers = (init: Record<string, string>) => new Headers(init);

describe("crossOriginProblem", () => {
  const base = { host: "stellwerk.example", "x-forwarded-proto": "https" };

  it("lets safe methods through", () => {
    expect(crossOriginProblem("GET", headers({ ...base, "sec-fetch-site": "cross-site" }))).toBeNull();
  });

  it("refuses state-changing requests from other sites", () => {
    expect(crossOriginProblem("POST", headers({ ...base, "sec-fetch-site": "cross-site" }))).toMatch(/cross-site/);
    expect(crossOriginProblem("DELETE", headers({ ...base, "sec-fetch-site": "same-site" }))).toMatch(/same-site/);
    expect(crossOriginProblem("PUT", headers({ ...base, origin: "https://evil.example" }))).toMatch(/evil/);
    expect(crossOriginProblem("POST", headers({ ...base, origin: "null" }))).toMatch(/null/);
  });

  it("allows same-origin browsers and non-browser clients", () => {
    expect(
      crossOriginProblem(
        "POST",
        headers({ ...base, "sec-fetch-site": "same-origin", origin: "https://stellwerk.example" }),
      ),
    ).toBeNull();
    expect(crossOriginProblem("PATCH", headers({ ...base, origin: "https://stellwerk.example" }))).toBeNull();
    expect(crossOriginProblem("POST", headers({ ...base, authorization: "Bearer x" }))).toBeNull();
  });
});

describe("one server under two loopback names (npm run demo: 127.0.0.1 and localhost)", () => {
  const demo = { host: "127.0.0.1:3000" };

  it("accepts each loopback name of the same port, and nothing else", () => {
    expect(acceptedOrigins(headers(demo))).toEqual([
      "http://127.0.0.1:3000",
      "http://localhost:3000",
      "http://[::1]:3000",
    ]);
    expect(crossOriginProblem("POST", headers({ ...demo, origin: "http://localhost:3000" }))).toBeNull();
    expect(crossOriginProblem("POST", headers({ ...demo, origin: "http://[::1]:3000" }))).toBeNull();
    expect(crossOriginProblem("POST", headers({ ...demo, origin: "http://localhost:3001" }))).toMatch(/3001/);
    expect(crossOriginProblem("POST", headers({ ...demo, origin: "https://localhost:3000" }))).toMatch(/https/);
    expect(crossOriginProblem("POST", headers({ ...demo, origin: "http://evil.example" }))).toMatch(/evil/);
  });

  it("keeps a public address to itself", () => {
    expect(acceptedOrigins(headers({ host: "stellwerk.example", "x-forwarded-proto": "https" }))).toEqual([
      "https://stellwerk.example",
    ]);
  });
});

describe("earlyRefusal of forms from another address", () => {
  const page = { host: "127.0.0.1:3000" };

  it("sends Next's client of a refused server action to the sign-in page that explains it", () => {
    const refusal = earlyRefusal(
      "POST",
      "/anmelden",
      headers({ ...page, "next-action": "abc", origin: "http://stellwerk.invalid" }),
    );
    expect(refusal).toMatchObject({ status: 403, headers: { "x-action-redirect": `${ORIGIN_REFUSED_PATH};replace` } });
    expect(refusal?.contentType).toMatch(/^text\/plain/);
  });

  it("redirects the same form posted without JavaScript there (303)", () => {
    const form = { ...page, "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" };
    expect(earlyRefusal("POST", "/anmelden", headers(form))).toMatchObject({
      status: 303,
      headers: { location: ORIGIN_REFUSED_PATH },
    });
    expect(earlyRefusal("POST", "/anmelden", headers({ ...form, origin: "http://127.0.0.1:3000" }))).toBeNull();
    // The API answers for itself (lib/http/route.ts), in JSON.
    expect(earlyRefusal("POST", "/api/v1/import", headers(form))).toBeNull();
  });
});

describe("clientIpFrom", () => {
  const peer = "x-stellwerk-peer";

  it("without a proxy takes the connection's address, whatever X-Forwarded-For says", () => {
    const forged = { "x-forwarded-for": "6.6.6.6", [peer]: "10.0.0.7" };
    expect(clientIpFrom(headers(forged), 0, peer)).toBe("10.0.0.7");
    expect(clientIpFrom(headers({ ...forged, "x-forwarded-for": "1.1.1.1, 2.2.2.2" }), 0, peer)).toBe("10.0.0.7");
    expect(clientIpFrom(headers({ [peer]: "::ffff:127.0.0.1" }), 0, peer)).toBe("127.0.0.1");
    expect(clientIpFrom(headers({ "x-forwarded-for": "6.6.6.6" }), 0, peer)).toBeNull();
  });

  it("behind n proxies takes the n-th entry from the right, and nothing from a shorter list", () => {
    const list = { "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.2", [peer]: "10.0.0.1" };
    expect(clientIpFrom(headers(list), 1, peer)).toBe("10.0.0.2");
    expect(clientIpFrom(headers(list), 2, peer)).toBe("203.0.113.5");
    expect(clientIpFrom(headers(list), 3, peer)).toBe("6.6.6.6");
    expect(clientIpFrom(headers(list), 4, peer)).toBeNull();
    expect(clientIpFrom(headers({ "x-forwarded-for": "not an address" }), 1, peer)).toBeNull();
    expect(clientIpFrom(headers({}), 1, peer)).toBeNull();
  });

  it("outside lib/server/start.mjs (next dev) falls back to the last entry", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }), 0, undefined)).toBe("10.0.0.7");
  });
});

describe("redact", () => {
  it("removes passwords, tokens, hashes and session cookies from log text", () => {
    const text = redact(
      'login {"email":"a@b.de","password":"geheim123"} Authorization: Bearer stw_abcdef password=x&y=1 $argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA eyJhbGciOiJkaXIifQ..abc.def',
    );
    for (const secret of ["geheim123", "stw_abcdef", "password=x", "$argon2id", "eyJhbGci"]) {
      expect(text).not.toContain(secret);
    }
    // E-mail addresses are personal data: they stay out of the log too (lib/log.ts).
    expect(text).not.toContain("a@b.de");
    expect(text).toContain("login");
  });
});

describe("request ids", () => {
  it("are short and readable, and a valid incoming one is kept", () => {
    expect(newRequestId()).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(requestIdFrom(headers({ "x-request-id": "ABCDEF1234" }))).toBe("ABCDEF1234");
    expect(requestIdFrom(headers({ "x-request-id": "bad id; <script>" }))).toMatch(/^[0-9A-Z]{10}$/);
  });
});
