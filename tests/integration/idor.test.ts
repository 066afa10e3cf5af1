import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAssignmentForWrite, getAssignmentTarget } from "../../lib/dal/assignments.ts";
import { NotFoundError } from "../../lib/dal/errors.ts";
import { getSchoolPage } from "../../lib/dal/school-page.ts";
import { getSchoolForEdit } from "../../lib/dal/schools.ts";
import { getStaffDetail, getStaffForEdit, getStaffForEnding } from "../../lib/dal/staff.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { makeAssignment, makeProvider, makeSchool, makeStaff } from "../support/fixtures.ts";

// Insecure direct object references: asking by id for somebody else's record answers
// exactly like asking for a record that does not exist. Each read here is the one a page,
// a route or an action calls (the staff page, its edit and end forms, the assignment forms,
// the school page and its edit form).

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

const DATE = "2026-11-16";
const schoolPage = (reader: SignedInViewer | { kind: "anonymous" }, id: string) => getSchoolPage(reader, id, DATE);

describe("provider A", () => {
  const a = () => viewer("PROVIDER", { providerId: world.providerA });

  it("reads their own staff member, on the page and in the forms", async () => {
    const own = await getStaffDetail(a(), world.staffA);
    expect(own.email).toBe("a@idor.test");
    expect(own.assignments.map((assignment) => assignment.id)).toEqual([world.assignmentA]);
    expect((await getStaffForEdit(a(), world.staffA)).id).toBe(world.staffA);
    await getStaffForEnding(a(), world.staffA);
  });

  it("gets the same 404 for provider B's staff member as for a missing one, on the page and in both forms", async () => {
    for (const read of [getStaffDetail, getStaffForEdit, getStaffForEnding]) {
      expect(await failure(read(a(), world.staffB))).toBe(await failure(read(a(), MISSING)));
    }
  });

  it("gets the same 404 for any assignment form, own, foreign or missing (assignments are the admin's)", async () => {
    const missing = await failure(getAssignmentForWrite(a(), MISSING));
    expect(await failure(getAssignmentForWrite(a(), world.assignmentB))).toBe(missing);
    expect(await failure(getAssignmentForWrite(a(), world.assignmentA))).toBe(missing);
    expect(await failure(getAssignmentTarget(a(), world.staffB))).toBe(
      await failure(getAssignmentTarget(a(), MISSING)),
    );
  });

  it("has no school page and no school form: the same 404 as a missing school", async () => {
    const missing = await failure(schoolPage(a(), MISSING));
    expect(await failure(schoolPage(a(), world.schoolY))).toBe(missing);
    expect(await failure(getSchoolForEdit(a(), world.schoolY))).toBe(await failure(getSchoolForEdit(a(), MISSING)));
  });
});

describe("head of school X", () => {
  const x = () => viewer("SCHOOL", { schoolId: world.schoolX });

  it("reads their own school's page", async () => {
    expect((await schoolPage(x(), world.schoolX)).school.id).toBe(world.schoolX);
  });

  it("gets the same 404 for school Y as for a missing school, and for garbage ids", async () => {
    const missing = await failure(schoolPage(x(), MISSING));
    expect(await failure(schoolPage(x(), world.schoolY))).toBe(missing);
    expect(await failure(schoolPage(x(), "../../etc/passwd"))).toBe(missing);
  });

  it("sees staff working at school X with contact and FTE there, nothing of their contract", async () => {
    const staff = await getStaffDetail(x(), world.staffA);
    expect(staff).toMatchObject({
      view: "school",
      email: "a@idor.test",
      employment: null,
      assignments: [{ schoolId: world.schoolX, fteMilli: 500 }],
    });
  });

  it("gets the same 404 for staff of school Y, their forms and the assignment forms as for missing ones", async () => {
    expect(await failure(getStaffDetail(x(), world.staffB))).toBe(await failure(getStaffDetail(x(), MISSING)));
    expect(await failure(getStaffForEdit(x(), world.staffA))).toBe(await failure(getStaffForEdit(x(), MISSING)));
    expect(await failure(getAssignmentForWrite(x(), world.assignmentB))).toBe(
      await failure(getAssignmentForWrite(x(), MISSING)),
    );
  });
});

describe("admin and supervisor", () => {
  it("read every record; only the admin opens the assignment forms", async () => {
    for (const reader of [viewer("ADMIN"), viewer("SUPERVISOR")]) {
      expect((await getStaffDetail(reader, world.staffB)).view).toBe("full");
      expect((await schoolPage(reader, world.schoolY)).pupils.atDate?.pupilCount).toBe(200);
    }
    expect((await getAssignmentForWrite(viewer("ADMIN"), world.assignmentA)).staffMemberId).toBe(world.staffA);
    expect(await failure(getAssignmentForWrite(viewer("SUPERVISOR"), world.assignmentA))).toBe(
      await failure(getAssignmentForWrite(viewer("SUPERVISOR"), MISSING)),
    );
  });
});

describe("anonymous", () => {
  it("is refused before any query", async () => {
    await expect(getStaffDetail({ kind: "anonymous" }, world.staffA)).rejects.toThrow("Bitte melden Sie sich an.");
    // The school page's reach check comes first: for a visitor it is the NotFound of a missing school.
    expect(await failure(schoolPage({ kind: "anonymous" }, world.schoolX))).toBe(
      await failure(schoolPage({ kind: "anonymous" }, MISSING)),
    );
  });
});
