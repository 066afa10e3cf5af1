import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/v1/import/route.ts";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { MAX_FILE_BYTES } from "../../lib/import/limits.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { postImport, staffCsv, tokenFor } from "../support/import-api.ts";
import { databaseFingerprint } from "../support/import-files.ts";
import { completeWorkbook } from "../support/import-fixtures.ts";

// POST /api/v1/import, called directly: status codes per caller, the answer's shape, the dry
// run, 422 with errors and nothing written, German by default.

const tokens: Record<string, string> = {};
const post = postImport;

beforeAll(async () => {
  await resetDatabase();
  const admin = await makeUser({ role: "ADMIN" });
  await runImport(
    prisma,
    viewerOf(admin),
    { filename: "welt.xlsx", bytes: await completeWorkbook() },
    { dryRun: false },
  );
  const vsa = await prisma.provider.findUniqueOrThrow({ where: { shortName: "VSA" } });
  const school = await prisma.school.findFirstOrThrow();
  tokens.admin = await tokenFor("ADMIN");
  tokens.supervisor = await tokenFor("SUPERVISOR");
  tokens.vsa = await tokenFor("PROVIDER", { providerId: vsa.id });
  tokens.school = await tokenFor("SCHOOL", { schoolId: school.id });
});
afterAll(() => prisma.$disconnect());

describe("POST /api/v1/import", () => {
  it("refuses anonymous callers and unknown tokens with 401, supervisors and school heads with 404", async () => {
    const file = staffCsv([["VSA", "8001", "A", "B", "0,5", "01.01.2022", "", ""]]);
    expect((await post({ file })).status).toBe(401);
    expect((await post({ file, token: "stw_unknownunknownunknownunknownunknownunknown" })).status).toBe(401);
    expect((await post({ file, token: tokens.supervisor })).status).toBe(404);
    expect((await post({ file, token: tokens.school })).status).toBe(404);
    expect(await prisma.staffMember.count({ where: { personnelNumber: "8001" } })).toBe(0);
  });

  it("answers a dry run with the counts and writes nothing", async () => {
    const before = await databaseFingerprint();
    const response = await post({
      token: tokens.admin,
      query: "?dryRun=1",
      file: { name: "welt.xlsx", bytes: await completeWorkbook() },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      created: 0,
      updated: 0,
      unchanged: 10,
      errors: [],
      dryRun: true,
      committed: false,
      sheets: [
        { sheet: "Träger", created: 0, updated: 0, unchanged: 2 },
        { sheet: "Schulen", created: 0, updated: 0, unchanged: 2 },
        { sheet: "Finanzierungen", created: 0, updated: 0, unchanged: 1 },
        { sheet: "Fachkräfte", created: 0, updated: 0, unchanged: 2 },
        { sheet: "Einsätze", created: 0, updated: 0, unchanged: 3 },
      ],
    });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("commits a provider's own staff list", async () => {
    const response = await post({
      token: tokens.vsa,
      file: staffCsv([["VSA", "8002", "Neu", "Nina", "0,5", "01.01.2022", "", ""]]),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ created: 1, updated: 0, unchanged: 0, errors: [], committed: true });
    expect(await prisma.staffMember.count({ where: { personnelNumber: "8002" } })).toBe(1);
  });

  it("answers 422 with every error (sheet, line, column, German message) and writes nothing", async () => {
    const before = await databaseFingerprint();
    const response = await post({
      token: tokens.vsa,
      file: staffCsv([
        ["VSA", "8003", "Gut", "Gina", "0,5", "01.01.2022", "", ""],
        ["Stadt", "8004", "Fremd", "Fred", "0,5", "31.02.2022", "", ""],
      ]),
    });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.committed).toBe(false);
    expect(body.errors).toEqual([
      { sheet: "Fachkräfte", line: 3, column: "Beschäftigt ab", message: "Den 31.02.2022 gibt es nicht." },
      {
        sheet: "Fachkräfte",
        line: 3,
        column: "Träger",
        message: "Als Träger dürfen Sie nur Fachkräfte Ihres eigenen Trägers importieren („Stadt“ gehört nicht dazu).",
      },
    ]);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("answers in English when asked to", async () => {
    const response = await post({
      token: tokens.admin,
      headers: { "accept-language": "en-GB,en;q=0.8" },
      file: { name: "leer.csv", bytes: new Uint8Array() },
    });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      { sheet: null, line: null, column: null, message: "The file is empty." },
    ]);
  });

  it("answers 400 without a file and 413 for a body over the limit, in the same shape", async () => {
    const missing = await post({ token: tokens.admin });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      created: 0,
      errors: [{ message: expect.stringMatching(/keine Datei/) }],
    });
    const big = await post({
      token: tokens.admin,
      headers: { "content-length": String(MAX_FILE_BYTES + 100_000) },
      file: { name: "gross.csv", bytes: new Uint8Array(10) },
    });
    expect(big.status).toBe(413);
    expect((await big.json()).errors[0].message).toMatch(/höchstens 10 MB/);
    const tooLargeFile = await post({
      token: tokens.admin,
      file: { name: "gross.csv", bytes: new Uint8Array(MAX_FILE_BYTES + 1) },
    });
    expect(tooLargeFile.status).toBe(413);
  });

  it("answers 413 with the limit for a 20 MB upload sent chunked (no Content-Length)", async () => {
    const boundary = "stellwerk-test-boundary";
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="gross.csv"\r\n\r\n`,
    );
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x41);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
      },
      pull(controller) {
        if (sent >= 20) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://localhost/api/v1/import", {
      method: "POST",
      headers: { authorization: `Bearer ${tokens.admin}`, "content-type": `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: "half",
    } as RequestInit);
    expect(request.headers.get("content-length")).toBeNull();
    const response = await POST(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].message).toMatch(/zu groß: höchstens 10 MB/);
    // Read only until the limit, not the whole 20 MB.
    expect(sent).toBeLessThan(20);
  });

  it("refuses a cross-site request from a browser", async () => {
    const response = await post({
      token: tokens.admin,
      headers: { "sec-fetch-site": "cross-site" },
      file: staffCsv([["VSA", "8009", "A", "B", "0,5", "01.01.2022", "", ""]]),
    });
    expect(response.status).toBe(403);
    expect(await prisma.staffMember.count({ where: { personnelNumber: "8009" } })).toBe(0);
  });
});
