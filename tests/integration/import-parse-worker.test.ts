import { threadId } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateWorkbook } from "../../bench/import-workbook.ts";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { describeIssue } from "../../lib/import/describe.ts";
import { ParseWorkerFailed, prepareOffThread } from "../../lib/import/parse-off-thread.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";

// The upload is parsed and checked in a worker thread (issue 11): the request thread keeps
// serving other users while a large file is read, and a file that needs more memory than the
// worker may have is refused with a clear message instead of taking the server down.

let big: Uint8Array;
const TINY = { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 };

beforeAll(async () => {
  await resetDatabase();
  big = await generateWorkbook({ staff: 6_000, assignmentsPerStaff: 2, schools: 120 });
}, 120_000);
afterAll(() => prisma.$disconnect());

describe("the parse worker", () => {
  it("parses in another thread than the caller's", async () => {
    const { prepared, threadId: parsedIn } = await prepareOffThread({ filename: "gross.xlsx", bytes: big });
    expect(parsedIn).not.toBe(threadId);
    expect(prepared.issues).toEqual([]);
    expect(prepared.sheets.find((sheet) => sheet.key === "staff")?.rowCount).toBe(6_000);
    expect(JSON.parse(prepared.sheets.find((sheet) => sheet.key === "assignments")?.stageRows ?? "[]")).toHaveLength(
      12_000,
    );
  });

  it("leaves the caller's event loop free while it parses", async () => {
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks += 1;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const parsing = prepareOffThread({ filename: "gross.xlsx", bytes: big });
    await parsing;
    ticking = false;
    // Parsed on this thread, the timers could not run until the parse had finished: a few
    // ticks at its await points at most. Off the thread they run all along.
    expect(ticks).toBeGreaterThan(25);
  });

  it("hands the caller's bytes over as a copy", async () => {
    const bytes = big.slice();
    await prepareOffThread({ filename: "gross.xlsx", bytes });
    expect(bytes.byteLength).toBe(big.byteLength);
    expect(Buffer.from(bytes).equals(Buffer.from(big))).toBe(true);
  });

  it("runs files one after the other and answers each with its own result", async () => {
    const small = await generateWorkbook({ staff: 10, assignmentsPerStaff: 1, schools: 3 });
    const results = await Promise.all([
      prepareOffThread({ filename: "gross.xlsx", bytes: big }),
      prepareOffThread({ filename: "klein.xlsx", bytes: small }),
      prepareOffThread({ filename: "leer.csv", bytes: new Uint8Array() }),
    ]);
    expect(results.map(({ prepared }) => prepared.sheets.find((sheet) => sheet.key === "staff")?.rowCount)).toEqual([
      6_000,
      10,
      undefined,
    ]);
    expect(results[2]?.prepared.issues.map((issue) => issue.key)).toEqual(["emptyFile"]);
  });

  it("fails cleanly when the file needs more memory than the worker may have, and recovers", async () => {
    await expect(prepareOffThread({ filename: "gross.xlsx", bytes: big }, TINY)).rejects.toBeInstanceOf(
      ParseWorkerFailed,
    );
    const { prepared } = await prepareOffThread({ filename: "gross.xlsx", bytes: big });
    expect(prepared.issues).toEqual([]);
  });
});

describe("an import whose file the worker cannot finish", () => {
  it("is refused with one German file issue, nothing written, no exception", async () => {
    const admin = viewerOf(await makeUser({ role: "ADMIN" }));
    const outcome = await runImport(
      prisma,
      admin,
      { filename: "gross.xlsx", bytes: big },
      {
        dryRun: false,
        parseLimits: TINY,
      },
    );
    expect(outcome.committed).toBe(false);
    expect(outcome.sheets).toEqual([]);
    expect(outcome.issues.map((issue) => issue.key)).toEqual(["parseFailed"]);
    const [issue] = outcome.issues;
    expect(issue && describeIssue(issue, "de").message).toMatch(/zu groß .* Es wurde nichts gespeichert/);
    expect(await prisma.staffMember.count()).toBe(0);
    // The next import with the usual limits goes through.
    const next = await runImport(prisma, admin, { filename: "gross.xlsx", bytes: big }, { dryRun: true });
    expect(next.issues).toEqual([]);
    const created = Object.fromEntries(next.sheets.map((sheet) => [sheet.key, sheet.counts.created]));
    expect(created).toMatchObject({ staff: 6_000, assignments: 12_000, schools: 120 });
  });
});
