import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../lib/dal/errors.ts";
import { getAssignment, getSchool, getStaffMember } from "../../lib/dal/records.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { makeAssignment, makeProvider, makeSchool, makeStaff } from "../support/fixtures.ts";

// Insecure direct object references: asking by id for somebody else's record answers
// exactly like asking for a record that does not exist.

const viewer = (role: SignedInViewer["role"], binding: Partial<SignedInViewer> = {}): SignedInViewer => ({
  kind: "user",
  userId: "00000000-0000-4000-8000-000000000000",
  email: `${role.toLowerCase()}@idor.test`,
  name: role,
  role,
  providerId: null,
  schoolId: null,
  via: "session",
  ...binding,
});

const MISSING = "9b2f8d1e-3c4a-4b5d-8e6f-7a8b9c0d1e2f";

async function failure(read: Promise<unknown>): Promise<string> {
  try {
    await read;
  } catch (error) {
    expect(error).toBeInstanceOf(NotFoundError);
    return (error as Error).message;
  }
  throw new Error("the read succeeded");
}

let world: {
  schoolX: string;
  schoolY: string;
  staffA: string;
  staffB: string;
  assignmentA: string;
  assignmentB: string;
  providerA: string;
  providerB: string;
};

beforeAll(async () => {
  await resetDatabase();
  const [providerA, providerB] = [await makeProvider(), await makeProvider()];
  const [schoolX, schoolY] = [await makeSchool(), await makeSchool()];
  const staffA = await makeStaff({ providerId: providerA.id, email: "a@idor.test" });
  const staffB = await makeStaff({ providerId: providerB.id, email: "b@idor.test" });
  const assignmentA = await makeAssignment({ staffMemberId: staffA.id, schoolId: schoolX.id });
  const assignmentB = await makeAssignment({ staffMemberId: staffB.id, schoolId: schoolY.id });
  world = {
    schoolX: schoolX.id,
    schoolY: schoolY.id,
    staffA: staffA.id,
    staffB: staffB.id,
    assignmentA: assignmentA.id,
    assignmentB: assignmentB.id,
    providerA: providerA.id,
    providerB: providerB.id,
  };
});
afterAll(() => prisma.$disconnect());

describe("provider A", () => {
  const a = () => viewer("PROVIDER", { providerId: world.providerA });

  it("reads their own staff member and assignment", async () => {
    expect((await getStaffMember(a(), world.staffA)).email).toBe("a@idor.test");
    expect((await getAssignment(a(), world.assignmentA)).staffMemberId).toBe(world.staffA);
  });

  it("gets the same 404 for provider B's staff member as for a missing one", async () => {
    expect(await failure(getStaffMember(a(), world.staffB))).toBe(await failure(getStaffMember(a(), MISSING)));
  });

  it("gets the same 404 for provider B's assignment as for a missing one", async () => {
    expect(await failure(getAssignment(a(), world.assignmentB))).toBe(await failure(getAssignment(a(), MISSING)));
  });

  it("sees only the names of schools", async () => {
    expect(Object.keys(await getSchool(a(), world.schoolY)).sort()).toEqual(["id", "name", "schoolNumber"]);
  });
});

describe("head of school X", () => {
  const x = () => viewer("SCHOOL", { schoolId: world.schoolX });

  it("reads their own school", async () => {
    expect((await getSchool(x(), world.schoolX)).id).toBe(world.schoolX);
  });

  it("gets the same 404 for school Y as for a missing school, and for garbage ids", async () => {
    const missing = await failure(getSchool(x(), MISSING));
    expect(await failure(getSchool(x(), world.schoolY))).toBe(missing);
    expect(await failure(getSchool(x(), "../../etc/passwd"))).toBe(missing);
  });

  it("sees staff working at school X with contact and FTE there, nothing of their contract", async () => {
    const staff = await getStaffMember(x(), world.staffA);
    expect(staff).toMatchObject({ email: "a@idor.test", assignments: [{ schoolId: world.schoolX, fte: "0.5" }] });
    expect(staff).not.toHaveProperty("employmentFte");
    expect(staff).not.toHaveProperty("personnelNumber");
  });

  it("gets 404 for staff and assignments of school Y", async () => {
    await failure(getStaffMember(x(), world.staffB));
    await failure(getAssignment(x(), world.assignmentB));
  });
});

describe("admin and supervisor", () => {
  it("read every record", async () => {
    for (const reader of [viewer("ADMIN"), viewer("SUPERVISOR")]) {
      await getStaffMember(reader, world.staffB);
      await getAssignment(reader, world.assignmentA);
      expect((await getSchool(reader, world.schoolY)).pupilCount).toBe(200);
    }
  });
});

describe("anonymous", () => {
  it("is refused before any query", async () => {
    await expect(getStaffMember({ kind: "anonymous" }, world.staffA)).rejects.toThrow("Bitte melden Sie sich an.");
  });
});
