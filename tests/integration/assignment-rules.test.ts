import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withinEmployment } from "../../lib/assignment-rules.ts";
import { createAssignment } from "../../lib/dal/assignments.ts";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import type { WriteResult } from "../../lib/dal/internal/write-result.ts";
import { endEmployment, updateStaff } from "../../lib/dal/staff.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { postImport, tokenFor } from "../support/import-api.ts";
import { csv } from "../support/import-files.ts";
import { completeWorkbook, world } from "../support/import-fixtures.ts";

// Issue 12, item 4: one rule "an assignment lies within its staff member's employment"
// (lib/assignment-rules.ts, docs/decisions/0008), and the same answer from every way in: the
// forms' writes (the DAL functions their server actions call), the import and the API. One
// table of cases goes through all three; the SQL twin is held equal to the TypeScript one.

let admin: SignedInViewer;
let token: string;
let schoolId: string;

const EMPLOYMENT = { from: "2020-01-01", until: "2022-12-31" };
const HEADER = {
  validFrom: "Von",
  validUntil: "Bis",
  employedFrom: "Beschäftigt ab",
  employedUntil: "Beschäftigt bis",
};

beforeAll(async () => {
  await resetDatabase();
  admin = viewerOf(await makeUser({ role: "ADMIN" }));
  token = await tokenFor("ADMIN");
  const sheets = world();
  sheets.Fachkräfte.push(
    ["VSA", "3003", "Fix", "Frida", 1, EMPLOYMENT.from, EMPLOYMENT.until, null],
    ["VSA", "3004", "Lang", "Lutz", 1, "2020-01-01", null, null],
  );
  sheets.Einsätze.push(["VSA", "3004", "100001", 0.5, "2020-01-01", "2021-12-31", null]);
  const loaded = await runImport(
    prisma,
    admin,
    { filename: "welt.xlsx", bytes: await completeWorkbook(sheets) },
    {
      dryRun: false,
    },
  );
  expect(loaded.issues).toEqual([]);
  schoolId = (await prisma.school.findUniqueOrThrow({ where: { schoolNumber: "100001" } })).id;
});
afterAll(() => prisma.$disconnect());

const staffId = async (personnelNumber: string) =>
  (await prisma.staffMember.findFirstOrThrow({ where: { personnelNumber } })).id;

/** A one-sheet CSV in the import format. */
const sheetCsv = (sheet: "Einsätze" | "Fachkräfte", row: (string | number)[]) => ({
  name: sheet === "Einsätze" ? "einsaetze.csv" : "fachkraefte.csv",
  bytes: csv([(world()[sheet][0] ?? []).map(String), row]),
});

/** The fields refused, as each way in reports them: the form by field, the import and the API by column. */
const sorted = (fields: string[]) => [...new Set(fields)].sort();

function refusedFields(result: WriteResult<unknown, unknown>): string[] {
  if (result.ok) return [];
  if (result.reason !== "invalid") throw new Error(`unexpected ${result.reason}`);
  return sorted(Object.keys(result.fieldErrors ?? {}));
}

async function importAnswer(file: { name: string; bytes: Uint8Array<ArrayBuffer> }): Promise<string[]> {
  const report = await runImport(prisma, admin, { filename: file.name, bytes: file.bytes }, { dryRun: true });
  const byHeader = Object.fromEntries(Object.entries(HEADER).map(([field, header]) => [header, field]));
  return sorted(report.issues.map((issue) => byHeader[issue.column ?? ""] ?? `${issue.column}: ${issue.key}`));
}

async function apiAnswer(file: { name: string; bytes: Uint8Array<ArrayBuffer> }): Promise<string[]> {
  const response = await postImport({ token, file, query: "?dryRun=1" });
  const body = (await response.json()) as { errors: { column: string }[] };
  if (response.status === 200) return [];
  expect(response.status).toBe(422);
  const byHeader = Object.fromEntries(Object.entries(HEADER).map(([field, header]) => [header, field]));
  return sorted(body.errors.map((error) => byHeader[error.column] ?? error.column));
}

// Employment of 3003: 2020-01-01 to 2022-12-31.
const NEW_ASSIGNMENTS: { name: string; from: string; until: string | null; refused: string[] }[] = [
  { name: "on both boundaries", from: "2020-01-01", until: "2022-12-31", refused: [] },
  { name: "inside", from: "2021-01-01", until: "2021-06-30", refused: [] },
  { name: "starting the day before the employment", from: "2019-12-31", until: "2021-06-30", refused: ["validFrom"] },
  { name: "ending the day after it", from: "2021-01-01", until: "2023-01-01", refused: ["validUntil"] },
  { name: "open-ended when the employment ends", from: "2021-01-01", until: null, refused: ["validUntil"] },
  { name: "wholly after it", from: "2023-01-01", until: "2023-06-30", refused: ["validFrom", "validUntil"] },
];

describe("a new assignment: the same answer from the form, the import and the API", () => {
  for (const entry of NEW_ASSIGNMENTS) {
    it(`${entry.name}: ${entry.refused.length ? `refused at ${entry.refused.join(", ")}` : "accepted"}`, async () => {
      const staffMemberId = await staffId("3003");
      const form = await createAssignment(admin, {
        staffMemberId,
        schoolId,
        fte: 500,
        validFrom: entry.from,
        validUntil: entry.until,
        fundingSourceId: null,
        note: null,
      });
      if (form.ok) await prisma.assignment.delete({ where: { id: form.value.id } });
      const formAnswer = refusedFields(form);

      const file = sheetCsv("Einsätze", ["VSA", "3003", "100001", "0,5", entry.from, entry.until ?? "", ""]);
      expect({ form: formAnswer, import: await importAnswer(file), api: await apiAnswer(file) }).toEqual({
        form: entry.refused,
        import: entry.refused,
        api: entry.refused,
      });
      expect(await prisma.assignment.count({ where: { staffMemberId } })).toBe(0);
    });
  }
});

// 3004 is employed from 2020-01-01 (open) and assigned 2020-01-01 to 2021-12-31.
const EMPLOYMENT_MOVES: { name: string; from: string; until: string | null; refused: string[] }[] = [
  { name: "an end after the assignment's", from: "2020-01-01", until: "2022-06-30", refused: [] },
  { name: "an end before the assignment's", from: "2020-01-01", until: "2021-06-30", refused: ["employedUntil"] },
  { name: "a later start", from: "2020-06-01", until: null, refused: ["employedFrom"] },
];

describe("moving an employment: the same answer from the form, the import and the API", () => {
  for (const entry of EMPLOYMENT_MOVES) {
    it(`${entry.name}: ${entry.refused.length ? `refused at ${entry.refused.join(", ")}` : "accepted"}`, async () => {
      const id = await staffId("3004");
      const before = await prisma.staffMember.findUniqueOrThrow({ where: { id } });
      const form = await updateStaff(admin, {
        id,
        version: before.version,
        personnelNumber: "3004",
        firstName: "Lutz",
        lastName: "Lang",
        email: null,
        phone: null,
        qualification: null,
        employmentFte: 1000,
        employedFrom: entry.from,
        employedUntil: entry.until,
      });
      if (form.ok) {
        await prisma.staffMember.update({
          where: { id },
          data: { employedFrom: before.employedFrom, employedUntil: before.employedUntil },
        });
      }
      const formAnswer = refusedFields(form);

      const file = sheetCsv("Fachkräfte", ["VSA", "3004", "Lang", "Lutz", 1, entry.from, entry.until ?? "", ""]);
      expect({ form: formAnswer, import: await importAnswer(file), api: await apiAnswer(file) }).toEqual({
        form: entry.refused,
        import: entry.refused,
        api: entry.refused,
      });
    });
  }

  it("moves an employment and the assignment's end together in one file", async () => {
    const sheets = { Fachkräfte: world().Fachkräfte.slice(0, 1), Einsätze: world().Einsätze.slice(0, 1) };
    sheets.Fachkräfte.push(["VSA", "3004", "Lang", "Lutz", 1, "2020-01-01", "2021-06-30", null]);
    sheets.Einsätze.push(["VSA", "3004", "100001", 0.5, "2020-01-01", "2021-06-30", null]);
    const report = await runImport(
      prisma,
      admin,
      { filename: "beides.xlsx", bytes: await completeWorkbook(sheets) },
      { dryRun: true },
    );
    expect(report.issues).toEqual([]);
  });
});

describe("ending an employment", () => {
  it("leaves no assignment outside it", async () => {
    const id = await staffId("3004");
    const { version } = await prisma.staffMember.findUniqueOrThrow({ where: { id } });
    const result = await endEmployment(admin, { id, version, employedUntil: "2021-03-31" });
    expect(result).toMatchObject({ ok: true, value: { endedAssignments: 1 } });
    const outside = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM assignment a JOIN staff_member m ON m.id = a.staff_member_id
       WHERE m.id = ${id}::uuid
         AND NOT within_employment(a.valid_from, a.valid_until, m.employed_from, m.employed_until)`;
    expect(outside).toEqual([{ n: 0 }]);
  });
});

describe("within_employment (SQL) and withinEmployment (TypeScript)", () => {
  it("agree on every ordered combination of boundary dates", async () => {
    const days = ["2019-12-31", "2020-01-01", "2021-06-15", "2022-12-31", "2023-01-01"];
    const ends = [...days, null];
    const cases = days.flatMap((eFrom) =>
      ends
        .filter((eUntil) => eUntil === null || eUntil >= eFrom)
        .flatMap((eUntil) =>
          days.flatMap((aFrom) =>
            ends
              .filter((aUntil) => aUntil === null || aUntil >= aFrom)
              .map((aUntil) => ({ eFrom, eUntil, aFrom, aUntil })),
          ),
        ),
    );
    expect(cases.length).toBeGreaterThan(300);
    const rows = await prisma.$queryRaw<{ within: boolean }[]>`
      SELECT within_employment(a_from, a_until, e_from, e_until) AS within
        FROM unnest(${cases.map((c) => c.aFrom)}::date[], ${cases.map((c) => c.aUntil)}::date[],
                    ${cases.map((c) => c.eFrom)}::date[], ${cases.map((c) => c.eUntil)}::date[])
             WITH ORDINALITY AS t(a_from, a_until, e_from, e_until, n)
       ORDER BY n`;
    const typescript = cases.map((c) =>
      withinEmployment({ from: c.aFrom, until: c.aUntil }, { from: c.eFrom, until: c.eUntil }),
    );
    expect(rows.map((row) => row.within)).toEqual(typescript);
    expect(typescript.filter(Boolean).length).toBeGreaterThan(20);
    expect(typescript.filter((within) => !within).length).toBeGreaterThan(20);
  });
});
