import { Writable } from "node:stream";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { sessionCookieName } from "../../lib/auth/session.ts";
import { NotFoundError } from "../../lib/dal/errors.ts";
import { apiRoute } from "../../lib/http/route.ts";
import { createLogger, setLogger } from "../../lib/log.ts";
import { makeUser, sessionCookieFor } from "../support/auth-fixtures.ts";
import { prisma, resetDatabase } from "../support/db.ts";

// The route-handler wrapper: German JSON errors with a reference id, nothing internal in the
// answer, cross-origin refusal, authentication.

beforeEach(resetDatabase);
afterAll(() => prisma.$disconnect());

const context = { params: Promise.resolve({}) };
const url = "http://127.0.0.1:3100/api/v1/test";

describe("apiRoute", () => {
  it("turns an unexpected error into 500 with a reference id, and logs the detail without secrets", async () => {
    const chunks: string[] = [];
    setLogger(
      createLogger(
        new Writable({
          write(chunk, _encoding, done) {
            chunks.push(String(chunk));
            done();
          },
        }),
        "info",
      ),
    );
    const handler = apiRoute(async () => {
      throw new Error('SELECT * FROM app_user WHERE password_hash = "$argon2id$v=19$m=19456,t=2,p=1$abc$def"');
    });
    const response = await handler(new Request(url, { headers: { "x-request-id": "REF1234567" } }), context);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "Interner Fehler. Referenz: REF1234567" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    const logged = chunks.join("");
    expect(JSON.parse(logged.split("\n")[0] ?? "")).toMatchObject({ level: "error", requestId: "REF1234567" });
    expect(logged).toContain("SELECT");
    expect(logged).not.toContain("$argon2id");
    setLogger(createLogger(undefined, "silent"));
  });

  it("answers known errors in German with their status", async () => {
    const handler = apiRoute(async () => {
      throw new NotFoundError("Schule");
    });
    const response = await handler(new Request(url), context);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "Schule nicht gefunden." });
  });

  it("refuses a cross-site POST before the handler runs", async () => {
    const work = vi.fn(async () => Response.json({ ok: true }));
    const handler = apiRoute(work);
    const response = await handler(
      new Request(url, { method: "POST", headers: { origin: "https://evil.example", host: "127.0.0.1:3100" } }),
      context,
    );
    expect(response.status).toBe(403);
    // The refusal names the address that works (here the request's Host; NEXTAUTH_URL if set).
    expect(await response.json()).toEqual({
      error:
        "Anfrage von einer anderen Adresse abgelehnt: Stellwerk läuft unter http://127.0.0.1:3100. Bitte rufen Sie Stellwerk unter dieser Adresse auf.",
    });
    expect(work).not.toHaveBeenCalled();
  });

  it("answers 401 for anonymous requests to a route that needs a viewer, and passes the viewer on", async () => {
    const handler = apiRoute(async (_request, { viewer }) => Response.json({ name: viewer.name }), {
      auth: "required",
    });
    const anonymous = await handler(new Request(url), context);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "Bitte melden Sie sich an." });

    const user = await makeUser(prisma);
    const value = await sessionCookieFor(prisma, user);
    const signedIn = await handler(
      new Request(url, { headers: { cookie: `${sessionCookieName()}=${value}` } }),
      context,
    );
    expect(signedIn.status).toBe(200);
    expect(await signedIn.json()).toEqual({ name: user.name });
    expect(signedIn.headers.get("x-request-id")).toMatch(/^[0-9A-Z]{10}$/);
  });
});
