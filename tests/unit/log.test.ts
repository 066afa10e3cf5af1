import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { logServerError, logServerNotice } from "../../lib/http/log.ts";
import { createLogger, requestLogger, setLogger } from "../../lib/log.ts";

// Structured logs (lib/log.ts): JSON lines with the request id, never personal data or secrets.

/** Points the process's logger at memory; returns the lines written. */
function capture(): { raw: () => string; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  setLogger(createLogger(sink, "info"));
  const raw = () => chunks.join("");
  return {
    raw,
    lines: () =>
      raw()
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

const EMAIL = "anna.schmidt@example.org";
const PASSWORD = "geheim-Passwort-123";
const TOKEN = "stw_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg";
const JWT = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..abc.def";
const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
const NAME = "Anna Schmidt";
const SECRETS = [EMAIL, PASSWORD, TOKEN, JWT, HASH, NAME];

describe("structured logs", () => {
  it("writes one JSON object per line with level, time, message and the request id", () => {
    const out = capture();
    logServerNotice("REQ7K3M9QX", "Fremde Anfrage abgelehnt");
    const lines = out.lines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "warn", requestId: "REQ7K3M9QX", msg: "Fremde Anfrage abgelehnt" });
    expect(typeof lines[0]?.time).toBe("string");
  });

  it("keeps e-mail addresses, passwords, tokens and cookies out of messages and errors", () => {
    const out = capture();
    logServerError("REQ7K3M9QX", new Error(`Anmeldung von ${EMAIL} mit password=${PASSWORD} fehlgeschlagen`));
    logServerNotice("REQ7K3M9QX", `Anmeldung gedrosselt für account:${EMAIL}, ip:203.0.113.57, Bearer ${TOKEN}`);
    requestLogger("REQ7K3M9QX").error(new Error(`Sitzung ${JWT} ungültig, Hash ${HASH}`));

    const text = out.raw();
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toContain("203.0.113.57");
    const lines = out.lines();
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line.requestId).toBe("REQ7K3M9QX");
    expect(lines[0]).toMatchObject({
      level: "error",
      err: { type: "Error", message: expect.stringContaining("fehlgeschlagen") },
    });
  });

  it("replaces fields named like personal data or secrets, whatever they hold", () => {
    const out = capture();
    requestLogger("REQ7K3M9QX").info(
      {
        user: { email: EMAIL, name: NAME, password: PASSWORD },
        headers: { cookie: `next-auth.session-token=${JWT}`, authorization: `Bearer ${TOKEN}` },
        passwordHash: HASH,
        path: "/schulen",
      },
      "Anfrage",
    );
    const text = out.raw();
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(out.lines()[0]).toMatchObject({
      requestId: "REQ7K3M9QX",
      path: "/schulen",
      user: { email: "[entfernt]", name: "[entfernt]", password: "[entfernt]" },
      headers: { cookie: "[entfernt]", authorization: "[entfernt]" },
    });
  });
});
