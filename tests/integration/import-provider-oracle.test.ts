import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { updateStaff } from "../../lib/dal/staff.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { describeIssues } from "../../lib/import/describe.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { postImport, staffCsv, tokenFor } from "../support/import-api.ts";
import { databaseFingerprint } from "../support/import-files.ts";
import { completeWorkbook } from "../support/import-fixtures.ts";

// A provider's import tells nothing about another provider's staff (issue 11, item 1): a
// row naming one is refused with the same answer whether that staff member exists, differs
// from the file or does not exist at all. A refused file reports no counts. And the import
// applies the same rule as the edit form for which fields a provider may change (item 2).

let admin: SignedInViewer;
let vsa: SignedInViewer;
let vsaToken: string;

beforeAll(async () => {
  await resetDatabase();
  admin = viewerOf(await makeUser({ role: "ADMIN" }));
  await runImport(prisma, admin, { filename: "welt.xlsx", bytes: await completeWorkbook() }, { dryRun: false });
  const provider = await prisma.provider.findUniqueOrThrow({ where: { shortName: "VSA" } });
  vsa = viewerOf(await makeUser({ role: "PROVIDER", providerId: provider.id }));
  vsaToken = await tokenFor("PROVIDER", { providerId: provider.id });
});
afterAll(() => prisma.$disconnect());

// "Stadt 2002 Yilmaz Deniz 0,5 01.08.2016" is stored (another provider's staff member).
const storedForeign = ["Stadt", "2002", "Yilmaz", "Deniz", "0,5", "01.08.2016", "", ""];
const foreignWrongStart = ["Stadt", "2002", "Yilmaz", "Deniz", "0,5", "01.08.2010", "", ""];
const foreignMissing = ["Stadt", "2999", "Yilmaz", "Deniz", "0,5", "01.08.2016", "", ""];

describe("a provider's import of another provider's rows", () => {
  it("answers byte for byte the same for a stored, a differing and a missing record", async () => {
    const before = await databaseFingerprint();
    for (const query of ["?dryRun=1", ""]) {
      const answers: string[] = [];
      for (const row of [storedForeign, foreignWrongStart, foreignMissing]) {
        const response = await postImport({ token: vsaToken, query, file: staffCsv([row]) });
        expect(response.status).toBe(422);
        answers.push(await response.text());
      }
      expect(answers[1]).toBe(answers[0]);
      expect(answers[2]).toBe(answers[0]);
    }
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses them with the Träger error alone, without counts", async () => {
    const stored = await postImport({ token: vsaToken, query: "?dryRun=1", file: staffCsv([storedForeign]) });
    const wrongStart = await postImport({ token: vsaToken, query: "?dryRun=1", file: staffCsv([foreignWrongStart]) });
    const missing = await postImport({ token: vsaToken, query: "?dryRun=1", file: staffCsv([foreignMissing]) });
    const [a, b, c] = await Promise.all([stored.json(), wrongStart.json(), missing.json()]);
    for (const body of [a, b, c]) {
      expect(body).toEqual({
        created: 0,
        updated: 0,
        unchanged: 0,
        errors: [
          {
            sheet: "Fachkräfte",
            line: 2,
            column: "Träger",
            message:
              "Als Träger dürfen Sie nur Fachkräfte Ihres eigenen Trägers importieren („Stadt“ gehört nicht dazu).",
          },
        ],
        dryRun: true,
        committed: false,
        sheets: [],
      });
    }
    // The request id travels in a header only.
    expect(stored.headers.get("x-request-id")).not.toBe(missing.headers.get("x-request-id"));
  });

  it("finds nothing in a file of guessed personnel numbers", async () => {
    const guesses = Array.from({ length: 60 }, (_, index) => [
      "Stadt",
      String(1990 + index),
      "X",
      "Y",
      "0,5",
      "01.08.2016",
      "",
      "",
    ]);
    const outcome = await runImport(prisma, vsa, { ...staffCsv(guesses), filename: "raten.csv" }, { dryRun: true });
    expect(outcome.totals).toEqual({ created: 0, updated: 0, unchanged: 0 });
    const messages = new Set(describeIssues(outcome.issues).map((issue) => `${issue.column}: ${issue.message}`));
    expect([...messages]).toEqual([
      "Träger: Als Träger dürfen Sie nur Fachkräfte Ihres eigenen Trägers importieren („Stadt“ gehört nicht dazu).",
    ]);
  });
});

describe("a refused import", () => {
  it("reports no counts, even when most rows are fine", async () => {
    const rows = Array.from({ length: 20 }, (_, index) => [
      "VSA",
      String(5000 + index),
      "Neu",
      "Nele",
      "0,5",
      "01.01.2022",
      "",
      "",
    ]);
    rows.push(["VSA", "5999", "Kaputt", "Karl", "0,5", "31.02.2022", "", ""]);
    for (const dryRun of [true, false]) {
      const outcome = await runImport(prisma, admin, { ...staffCsv(rows), filename: "f.csv" }, { dryRun });
      expect(outcome.committed).toBe(false);
      expect(outcome.totals).toEqual({ created: 0, updated: 0, unchanged: 0 });
      expect(outcome.sheets).toEqual([]);
    }
    const response = await postImport({ token: vsaToken, file: staffCsv(rows) });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ created: 0, updated: 0, unchanged: 0, committed: false, sheets: [] });
  });
});

describe("the fields a provider may change", () => {
  it("refuses an import that changes the employment start or end, as the edit form does not offer them", async () => {
    const before = await databaseFingerprint();
    // Stored: VSA 1001 Becker Anna, 1,0, from 01.01.2015, open-ended.
    const earlier = await runImport(
      prisma,
      vsa,
      { ...staffCsv([["VSA", "1001", "Becker", "Anna", "1", "01.01.2010", "", ""]]), filename: "f.csv" },
      { dryRun: false },
    );
    expect(describeIssues(earlier.issues)).toEqual([
      {
        sheet: "Fachkräfte",
        line: 2,
        column: "Beschäftigt ab",
        message: expect.stringMatching(/nicht ändern \(gespeichert: 01\.01\.2015\)/),
      },
    ]);
    const ended = await runImport(
      prisma,
      vsa,
      { ...staffCsv([["VSA", "1001", "Becker", "Anna", "1", "01.01.2015", "31.12.2030", ""]]), filename: "f.csv" },
      { dryRun: true },
    );
    expect(describeIssues(ended.issues)).toEqual([
      expect.objectContaining({ column: "Beschäftigt bis", message: expect.stringMatching(/gespeichert: offen/) }),
    ]);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("lets the provider change what its edit form offers, and a new staff member's dates", async () => {
    const outcome = await runImport(
      prisma,
      vsa,
      {
        ...staffCsv([
          ["VSA", "1001", "Becker-Neu", "Anna", "1", "01.01.2015", "", "anna.neu@example.org"],
          ["VSA", "6001", "Neu", "Nora", "0,5", "01.02.2023", "31.07.2024", ""],
        ]),
        filename: "f.csv",
      },
      { dryRun: false },
    );
    expect(describeIssues(outcome.issues)).toEqual([]);
    expect(outcome.totals).toEqual({ created: 1, updated: 1, unchanged: 0 });
  });

  it("is the rule the DAL applies to the edit form: a provider's employment dates are kept", async () => {
    const stored = await prisma.staffMember.findFirstOrThrow({ where: { personnelNumber: "1001" } });
    const result = await updateStaff(vsa, {
      id: stored.id,
      version: stored.version,
      personnelNumber: stored.personnelNumber,
      firstName: stored.firstName,
      lastName: stored.lastName,
      email: stored.email,
      phone: stored.phone,
      qualification: stored.qualification,
      employmentFte: 1000,
      employedFrom: "2010-01-01",
      employedUntil: "2030-12-31",
    });
    expect(result.ok).toBe(true);
    const after = await prisma.staffMember.findUniqueOrThrow({ where: { id: stored.id } });
    expect(after.employedFrom).toEqual(stored.employedFrom);
    expect(after.employedUntil).toBeNull();
    // The admin's import may change them.
    const outcome = await runImport(
      prisma,
      admin,
      { ...staffCsv([["VSA", "1001", after.lastName, "Anna", "1", "01.01.2014", "", ""]]), filename: "f.csv" },
      { dryRun: true },
    );
    expect(describeIssues(outcome.issues)).toEqual([]);
    expect(outcome.totals.updated).toBe(1);
  });
});
