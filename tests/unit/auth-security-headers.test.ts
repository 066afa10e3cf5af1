import { describe, expect, it } from "vitest";
import { buildCsp, createNonce, securityHeaders } from "../../lib/security/headers.ts";

const directives = (csp: string) =>
  new Map(
    csp.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

describe("buildCsp", () => {
  it("allows scripts only with the nonce, strict-dynamic, and never unsafe-inline", () => {
    const csp = directives(buildCsp({ nonce: "abc123==" }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    // Style sheets need the nonce too; only style attributes are inline-allowed.
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(csp.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(buildCsp({ nonce: "abc123==" })).not.toMatch(/unsafe-eval|upgrade-insecure/);
  });

  it("adds unsafe-eval only in development and upgrade-insecure-requests only over https", () => {
    const development = directives(buildCsp({ nonce: "n", development: true }));
    expect(development.get("script-src")).toContain("'unsafe-eval'");
    expect(development.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives(buildCsp({ nonce: "n", https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});

describe("securityHeaders", () => {
  it("sets HSTS, nosniff, referrer and permissions policies", () => {
    const headers = securityHeaders("default-src 'self'");
    expect(headers["Content-Security-Policy"]).toBe("default-src 'self'");
    expect(headers["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
  });
});
