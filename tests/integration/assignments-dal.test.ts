import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  assignmentFormOptions,
  createAssignment,
  endAssignment,
  getAssignmentForWrite,
  transferAssignment,
} from "../../lib/dal/assignments.ts";
import { NotFoundError } from "../../lib/dal/errors.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeProvider, makeSchool, makeStaff } from "../support/fixtures.ts";
import { makeFunding } from "../support/staff-fixtures.ts";
import { testViewer } from "../support/viewers.ts";

// Assignments through the DAL: admin-only writes, the database's rules as field errors, and
// the transfer as one transaction (a refused second half leaves the first half undone).

const admin = () => testViewer("ADMIN");
const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

async function refusedAsNotFound(work: Promise<unknown>) {
  await expect(work).rejects.toBeInstanceOf(NotFoundError);
}

beforeEach(() => resetDatabase());
afterAll(() => prisma.$disconnect());

const input = (staffMemberId: string, schoolId: string, overrides: Record<string, unknown> = {}) => ({
  staffMemberId,
  schoolId,
  fte: 500,
  validFrom: "2020-01-01",
  validUntil: null,
  fundingSourceId: null,
  note: null,
  ...overrides,
});

describe("creating an assignment", () => {
  it("stores it with an audit event", async () => {
    const [staff, school, funding] = [await makeStaff(), await makeSchool(), await makeFunding()];
    const result = await createAssignment(
      admin(),
      input(staff.id, school.id, { fundingSourceId: funding.id, fte: 250 }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await prisma.assignment.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(row.fte.toFixed(3)).toBe("0.250");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: row.id } });
    expect(audit).toMatchObject({ action: "assignment.created", after: { fte: "0.250", validFrom: "2020-01-01" } });
  });

  it("is for the admin only", async () => {
    const provider = await makeProvider();
    const [staff, school] = [await makeStaff({ providerId: provider.id }), await makeSchool()];
    for (const viewer of [
      testViewer("SUPERVISOR"),
      testViewer("PROVIDER", { providerId: provider.id }),
      testViewer("SCHOOL", { schoolId: school.id }),
    ]) {
      await refusedAsNotFound(createAssignment(viewer, input(staff.id, school.id)));
      await refusedAsNotFound(assignmentFormOptions(viewer));
    }
    expect(await prisma.assignment.count()).toBe(0);
  });

  it("answers an overlap at the same school and an FTE over the contract as field errors", async () => {
    const staff = await makeStaff({ employmentFte: "0.500" });
    const [x, y] = [await makeSchool(), await makeSchool()];
    await makeAssignment({ staffMemberId: staff.id, schoolId: x.id, fte: "0.300", validFrom: day("2020-01-01") });
    expect(await createAssignment(admin(), input(staff.id, x.id, { fte: 100, validFrom: "2021-01-01" }))).toMatchObject(
      {
        ok: false,
        fieldErrors: { validFrom: ["overlap"] },
      },
    );
    expect(await createAssignment(admin(), input(staff.id, y.id, { fte: 300, validFrom: "2021-01-01" }))).toMatchObject(
      {
        ok: false,
        fieldErrors: { fte: ["fteOverContract"] },
      },
    );
    // Within the contract it fits.
    expect((await createAssignment(admin(), input(staff.id, y.id, { fte: 200 }))).ok).toBe(true);
  });

  it("refuses dates outside the employment, archived or closed schools and archived funding", async () => {
    const staff = await makeStaff({ employedFrom: day("2020-01-01"), employedUntil: day("2022-12-31") });
    const school = await makeSchool();
    expect(await createAssignment(admin(), input(staff.id, school.id, { validFrom: "2019-12-31" }))).toMatchObject({
      fieldErrors: { validFrom: ["outsideEmployment"], validUntil: ["outsideEmployment"] },
    });
    const archived = await makeSchool({ archivedAt: new Date() });
    const closed = await makeSchool({ closedOn: day("2020-01-01") });
    const oldFunding = await makeFunding({ archivedAt: new Date() });
    const within = { validUntil: "2022-12-31" };
    expect(await createAssignment(admin(), input(staff.id, archived.id, within))).toMatchObject({
      fieldErrors: { schoolId: ["archived"] },
    });
    expect(await createAssignment(admin(), input(staff.id, closed.id, within))).toMatchObject({
      fieldErrors: { schoolId: ["invalid"] },
    });
    expect(
      await createAssignment(admin(), input(staff.id, school.id, { ...within, fundingSourceId: oldFunding.id })),
    ).toMatchObject({ fieldErrors: { fundingSourceId: ["archived"] } });
    const options = await assignmentFormOptions(admin());
    expect(options.schools.map((option) => option.id)).toEqual([school.id]);
    expect(options.fundingSources).toEqual([]);
  });
});

describe("ending an assignment", () => {
  it("sets the last day, once per version", async () => {
    const assignment = await makeAssignment({ validFrom: day("2020-01-01") });
    const result = await endAssignment(admin(), { id: assignment.id, version: 1, validUntil: "2020-12-31" });
    expect(result.ok).toBe(true);
    expect(iso((await prisma.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).validUntil)).toBe(
      "2020-12-31",
    );
    expect(await endAssignment(admin(), { id: assignment.id, version: 1, validUntil: "2020-06-30" })).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { validUntil: "2020-12-31", version: 2 },
    });
  });

  it("answers an end before the start as a field error, and is the admin's only", async () => {
    const assignment = await makeAssignment({ validFrom: day("2020-01-01") });
    expect(await endAssignment(admin(), { id: assignment.id, version: 1, validUntil: "2019-12-31" })).toMatchObject({
      ok: false,
      fieldErrors: { validUntil: ["dateOrder"] },
    });
    await refusedAsNotFound(
      endAssignment(testViewer("SUPERVISOR"), { id: assignment.id, version: 1, validUntil: "2020-12-31" }),
    );
    await refusedAsNotFound(getAssignmentForWrite(testViewer("SUPERVISOR"), assignment.id));
    expect((await prisma.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).version).toBe(1);
  });
});

describe("transferring an assignment", () => {
  async function setUp(contract = "1.000") {
    const staff = await makeStaff({ employmentFte: contract, employedFrom: day("2020-01-01") });
    const [x, y] = [await makeSchool(), await makeSchool()];
    const funding = await makeFunding();
    const assignment = await makeAssignment({
      staffMemberId: staff.id,
      schoolId: x.id,
      fte: "0.500",
      validFrom: day("2020-01-01"),
      validUntil: day("2031-07-31"),
      fundingSourceId: funding.id,
    });
    return { staff, x, y, funding, assignment };
  }
  const transfer = (id: string, toSchoolId: string, overrides: Record<string, unknown> = {}) => ({
    id,
    version: 1,
    lastDay: "2025-06-30",
    toSchoolId,
    fte: 500,
    fundingSourceId: null,
    ...overrides,
  });

  it("ends at X on the day and continues at Y from the next, until the old end, in one step", async () => {
    const { staff, y, funding, assignment } = await setUp();
    const result = await transferAssignment(
      admin(),
      transfer(assignment.id, y.id, { fte: 400, fundingSourceId: funding.id }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const rows = await prisma.assignment.findMany({
      where: { staffMemberId: staff.id },
      orderBy: { validFrom: "asc" },
    });
    expect(rows.map((row) => [row.schoolId, row.fte.toFixed(3), iso(row.validFrom), iso(row.validUntil)])).toEqual([
      [assignment.schoolId, "0.500", "2020-01-01", "2025-06-30"],
      [y.id, "0.400", "2025-07-01", "2031-07-31"],
    ]);
    const events = await prisma.auditEvent.findMany({
      where: { entityId: { in: [result.value.endedId, result.value.continuedId] } },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual(["assignment.ended", "assignment.created"]);
    expect(events[1]?.after).toMatchObject({ transferredFrom: assignment.id, fte: "0.400" });
  });

  it("leaves the first half undone when the second half breaks the FTE cap", async () => {
    const { staff, x, y, assignment } = await setUp("0.800");
    // A second assignment of 0,3 elsewhere from 2025-07-01: 0,5 + 0,3 = 0,8 fits; 0,6 + 0,3 does not.
    const other = await makeSchool();
    await makeAssignment({ staffMemberId: staff.id, schoolId: other.id, fte: "0.300", validFrom: day("2025-07-01") });
    const result = await transferAssignment(admin(), transfer(assignment.id, y.id, { fte: 600 }));
    expect(result).toMatchObject({ ok: false, message: "fteOverContract", fieldErrors: { fte: ["fteOverContract"] } });
    const stored = await prisma.assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    expect([iso(stored.validUntil), stored.version, stored.schoolId]).toEqual(["2031-07-31", 1, x.id]);
    expect(await prisma.assignment.count({ where: { schoolId: y.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entityId: assignment.id } })).toBe(0);
  });

  it("leaves the first half undone when the second half overlaps an assignment at Y", async () => {
    const { staff, y, assignment } = await setUp();
    await makeAssignment({
      staffMemberId: staff.id,
      schoolId: y.id,
      fte: "0.100",
      validFrom: day("2026-01-01"),
      validUntil: day("2026-06-30"),
    });
    expect(await transferAssignment(admin(), transfer(assignment.id, y.id, { fte: 400 }))).toMatchObject({
      ok: false,
      fieldErrors: { toSchoolId: ["overlap"] },
    });
    expect(iso((await prisma.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).validUntil)).toBe(
      "2031-07-31",
    );
  });

  it("refuses a day outside the assignment, the same school, and a stale version", async () => {
    const { x, y, assignment } = await setUp();
    expect(await transferAssignment(admin(), transfer(assignment.id, y.id, { lastDay: "2019-12-31" }))).toMatchObject({
      fieldErrors: { lastDay: ["dateOrder"] },
    });
    expect(await transferAssignment(admin(), transfer(assignment.id, y.id, { lastDay: "2031-07-31" }))).toMatchObject({
      fieldErrors: { lastDay: ["invalid"] },
    });
    expect(await transferAssignment(admin(), transfer(assignment.id, x.id))).toMatchObject({
      fieldErrors: { toSchoolId: ["sameSchool"] },
    });
    // All at once: a day before the start and the same school are answered together.
    expect(await transferAssignment(admin(), transfer(assignment.id, x.id, { lastDay: "2019-12-31" }))).toMatchObject({
      fieldErrors: { lastDay: ["dateOrder"], toSchoolId: ["sameSchool"] },
    });
    expect(await transferAssignment(admin(), transfer(assignment.id, y.id, { version: 3 }))).toMatchObject({
      reason: "conflict",
      current: { validUntil: "2031-07-31", version: 1 },
    });
  });

  it("lets exactly one of two parallel transfers win", async () => {
    const { y, assignment } = await setUp();
    const z = await makeSchool();
    const results = await Promise.all([
      transferAssignment(admin(), transfer(assignment.id, y.id)),
      transferAssignment(admin(), transfer(assignment.id, z.id, { lastDay: "2026-06-30" })),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)[0]).toMatchObject({ reason: "conflict" });
    expect(await prisma.assignment.count()).toBe(2);
  });

  it("is for the admin only", async () => {
    const { staff, y, assignment } = await setUp();
    const provider = testViewer("PROVIDER", { providerId: staff.providerId });
    await refusedAsNotFound(transferAssignment(provider, transfer(assignment.id, y.id)));
    expect(await prisma.assignment.count()).toBe(1);
  });
});
