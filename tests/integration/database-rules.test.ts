import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ruleViolation } from "../../lib/db-errors.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeSchool, makeStaff } from "../support/fixtures.ts";

// The hard rules of docs/domain.md are the database's own: these tests go around Prisma's
// validation where useful and assert PostgreSQL's error codes.

/** PostgreSQL's SQLSTATE and constraint name of a failed write. */
async function rejection(write: Promise<unknown>): Promise<{ code?: string; constraint?: string | null }> {
  try {
    await write;
  } catch (error) {
    const violation = ruleViolation(error);
    if (!violation) throw error;
    return { code: violation.sqlState, constraint: violation.constraint };
  }
  throw new Error("the write was accepted");
}

function sqlClient() {
  return new pg.Client({ connectionString: process.env.DATABASE_URL });
}

beforeEach(resetDatabase);
afterAll(() => prisma.$disconnect());

describe("assignment FTE share", () => {
  it.each(["0", "-0.100", "1.001", "1.5"])("rejects fte %s", async (fte) => {
    const failure = await rejection(makeAssignment({ fte }));
    expect(failure).toEqual({ code: "23514", constraint: "assignment_fte_range" });
  });

  it("accepts 0.001 and 1", async () => {
    await expect(makeAssignment({ fte: "0.001" })).resolves.toBeTruthy();
    await expect(makeAssignment({ fte: "1" })).resolves.toBeTruthy();
  });
});

describe("date order", () => {
  it("rejects an assignment ending before it starts", async () => {
    const failure = await rejection(makeAssignment({ validFrom: day("2018-02-01"), validUntil: day("2018-01-31") }));
    expect(failure.code).toBe("23514");
  });

  it("accepts a one-day assignment", async () => {
    await expect(makeAssignment({ validFrom: day("2018-02-01"), validUntil: day("2018-02-01") })).resolves.toBeTruthy();
  });

  it("rejects employment ending before it starts and employment FTE out of range", async () => {
    expect(
      (await rejection(makeStaff({ employedFrom: day("2018-01-02"), employedUntil: day("2018-01-01") }))).code,
    ).toBe("23514");
    expect((await rejection(makeStaff({ employmentFte: "0" }))).code).toBe("23514");
    expect((await rejection(makeStaff({ employmentFte: "1.2" }))).code).toBe("23514");
  });
});

describe("no overlapping assignments of one staff member at one school", () => {
  it("rejects an overlap, inclusive on both ends", async () => {
    const first = await makeAssignment({ fte: "0.3", validFrom: day("2017-01-01"), validUntil: day("2017-06-30") });
    const failure = await rejection(
      makeAssignment({
        staffMemberId: first.staffMemberId,
        schoolId: first.schoolId,
        fte: "0.3",
        validFrom: day("2017-06-30"),
      }),
    );
    expect(failure).toEqual({ code: "23P01", constraint: "assignment_no_overlap" });
  });

  it("rejects anything overlapping an open-ended assignment", async () => {
    const first = await makeAssignment({ fte: "0.3", validFrom: day("2017-01-01") });
    const failure = await rejection(
      makeAssignment({
        staffMemberId: first.staffMemberId,
        schoolId: first.schoolId,
        fte: "0.3",
        validFrom: day("2030-01-01"),
      }),
    );
    expect(failure.code).toBe("23P01");
  });

  it("accepts back-to-back periods and the same period at another school", async () => {
    const first = await makeAssignment({ fte: "0.3", validFrom: day("2017-01-01"), validUntil: day("2017-06-30") });
    await makeAssignment({
      staffMemberId: first.staffMemberId,
      schoolId: first.schoolId,
      fte: "0.3",
      validFrom: day("2017-07-01"),
    });
    const other = await makeSchool();
    await makeAssignment({
      staffMemberId: first.staffMemberId,
      schoolId: other.id,
      fte: "0.3",
      validFrom: day("2017-01-01"),
    });
    expect(await prisma.assignment.count()).toBe(3);
  });
});

describe("a staff member's assignments never exceed the contract FTE", () => {
  it("rejects a second school that lifts the total above the contract on some day", async () => {
    const staff = await makeStaff({ employmentFte: "0.800" });
    await makeAssignment({
      staffMemberId: staff.id,
      fte: "0.500",
      validFrom: day("2017-01-01"),
      validUntil: day("2017-12-31"),
    });
    // Starts later and overlaps only in December: still over the cap then.
    const failure = await rejection(
      makeAssignment({
        staffMemberId: staff.id,
        fte: "0.400",
        validFrom: day("2017-12-01"),
        validUntil: day("2018-03-31"),
      }),
    );
    expect(failure).toMatchObject({ code: "23514", constraint: "assignment_fte_within_contract" });
  });

  it("accepts shares that add up exactly (0.333 + 0.334 + 0.333)", async () => {
    const staff = await makeStaff({ employmentFte: "1.000" });
    for (const fte of ["0.333", "0.334", "0.333"]) await makeAssignment({ staffMemberId: staff.id, fte });
    expect(await prisma.assignment.count()).toBe(3);
  });

  it("accepts shares at different times that would exceed only if summed", async () => {
    const staff = await makeStaff({ employmentFte: "0.500" });
    await makeAssignment({
      staffMemberId: staff.id,
      fte: "0.500",
      validFrom: day("2017-01-01"),
      validUntil: day("2017-06-30"),
    });
    await makeAssignment({ staffMemberId: staff.id, fte: "0.500", validFrom: day("2017-07-01") });
    expect(await prisma.assignment.count()).toBe(2);
  });

  it("rejects lowering the contract below the assignments", async () => {
    const staff = await makeStaff({ employmentFte: "1.000" });
    await makeAssignment({ staffMemberId: staff.id, fte: "0.750" });
    const failure = await rejection(
      prisma.staffMember.update({ where: { id: staff.id }, data: { employmentFte: "0.500" } }),
    );
    expect(failure).toEqual({ code: "23514", constraint: "assignment_fte_within_contract" });
    await prisma.staffMember.update({ where: { id: staff.id }, data: { employmentFte: "0.750" } });
  });

  it("lets exactly one of two concurrent transactions adding 0.6 to a 1.0 contract commit", async () => {
    const staff = await makeStaff({ employmentFte: "1.000" });
    const [schoolA, schoolB] = [await makeSchool(), await makeSchool()];
    const a = sqlClient();
    const b = sqlClient();
    await Promise.all([a.connect(), b.connect()]);
    try {
      const insert = (client: pg.Client, schoolId: string) =>
        client.query(
          `INSERT INTO assignment (staff_member_id, school_id, fte, valid_from, updated_at) VALUES ($1, $2, 0.6, '2018-01-01', now())`,
          [staff.id, schoolId],
        );
      await a.query("BEGIN");
      await b.query("BEGIN");
      await insert(a, schoolA.id);
      // B's insert must wait for A's lock on the staff member, so start it before A commits.
      const bInsert = insert(b, schoolB.id).then(
        () => "inserted",
        (error: { code?: string }) => error.code,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      await a.query("COMMIT");
      const bOutcome = await bInsert;
      await b.query(bOutcome === "inserted" ? "COMMIT" : "ROLLBACK");
      expect(bOutcome).toBe("23514");
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    const rows = await prisma.assignment.findMany({ where: { staffMemberId: staff.id } });
    expect(rows.map((row) => row.fte.toString())).toEqual(["0.6"]);
  });

  it("holds under REPEATABLE READ too: the loser fails, nothing over the cap commits", async () => {
    const staff = await makeStaff({ employmentFte: "1.000" });
    const [schoolA, schoolB] = [await makeSchool(), await makeSchool()];
    const [first, second] = [sqlClient(), sqlClient()];
    const clients = [first, second];
    await Promise.all(clients.map((client) => client.connect()));
    try {
      const attempt = async (client: pg.Client, schoolId: string) => {
        await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
        try {
          await client.query("SELECT 1"); // take the snapshot before either insert
          await client.query(
            `INSERT INTO assignment (staff_member_id, school_id, fte, valid_from, updated_at) VALUES ($1, $2, 0.6, '2018-01-01', now())`,
            [staff.id, schoolId],
          );
          await client.query("COMMIT");
          return "committed";
        } catch (error) {
          await client.query("ROLLBACK");
          return (error as { code?: string }).code;
        }
      };
      const outcomes = await Promise.all([attempt(first, schoolA.id), attempt(second, schoolB.id)]);
      expect(outcomes.filter((outcome) => outcome === "committed")).toHaveLength(1);
      expect(outcomes.find((outcome) => outcome !== "committed")).toMatch(/^(40001|23514)$/);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
    expect(await prisma.assignment.count({ where: { staffMemberId: staff.id } })).toBe(1);
  });
});
