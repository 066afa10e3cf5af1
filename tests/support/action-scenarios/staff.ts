import * as assignmentActions from "../../../app/(app)/einsaetze/actions.ts";
import * as staffActions from "../../../app/(app)/fachkraefte/actions.ts";
import { prisma } from "../db.ts";
import { day, makeAssignment, makeSchool, makeStaff } from "../fixtures.ts";
import { attempt, form, type Scenario } from "./helpers.ts";

// Scenarios for the staff and assignment actions (issue 4). Each builds what it needs at
// providerA, acts, and reports whether the change reached the database.

let counter = 0;
const next = () => ++counter;

/** A providerA staff member with one open assignment at a fresh school. */
async function staffWithAssignment(providerId: string) {
  const staff = await makeStaff({ providerId, employedFrom: day("2020-01-01") });
  const assignment = await makeAssignment({
    staffMemberId: staff.id,
    schoolId: (await makeSchool()).id,
    validFrom: day("2020-01-01"),
  });
  return { staff, assignment };
}

export const staffScenarios: Record<string, Scenario> = {
  // Whoever acts names providerA; only a change AT providerA counts (providerB's own user lands at providerB).
  createStaffAction: async ({ world }) => {
    const personnelNumber = `MX-${next()}`;
    await attempt(() =>
      staffActions.createStaffAction(
        {},
        form({
          providerId: world.providerA.id,
          personnelNumber,
          firstName: "Mia",
          lastName: "Matrix",
          email: "",
          phone: "",
          qualification: "",
          employmentFte: "0,5",
          employedFrom: "2024-08-01",
          employedUntil: "",
        }),
      ),
    );
    return (await prisma.staffMember.count({ where: { providerId: world.providerA.id, personnelNumber } })) === 1;
  },
  updateStaffAction: async ({ world }) => {
    const staff = await makeStaff({ providerId: world.providerA.id });
    await attempt(() =>
      staffActions.updateStaffAction(
        {},
        form({
          id: staff.id,
          version: String(staff.version),
          personnelNumber: staff.personnelNumber,
          firstName: staff.firstName,
          lastName: "Umbenannt",
          email: "",
          phone: "",
          qualification: "",
          employmentFte: "1",
        }),
      ),
    );
    return (await prisma.staffMember.findUniqueOrThrow({ where: { id: staff.id } })).lastName === "Umbenannt";
  },
  endEmploymentAction: async ({ world }) => {
    const { staff, assignment } = await staffWithAssignment(world.providerA.id);
    await attempt(() =>
      staffActions.endEmploymentAction(
        {},
        form({ id: staff.id, version: String(staff.version), employedUntil: "2030-07-31" }),
      ),
    );
    const stored = await prisma.staffMember.findUniqueOrThrow({ where: { id: staff.id } });
    const ended = await prisma.assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    const took = stored.employedUntil !== null;
    // All or nothing: the assignment ends with the employment, or neither changes.
    if (took !== (ended.validUntil !== null)) throw new Error("employment and assignment disagree");
    return took;
  },
  createAssignmentAction: async ({ world }) => {
    const staff = await makeStaff({ providerId: world.providerA.id });
    const school = await makeSchool();
    await attempt(() =>
      assignmentActions.createAssignmentAction(
        {},
        form({ staffMemberId: staff.id, schoolId: school.id, fte: "0,5", validFrom: "2020-01-01", validUntil: "" }),
      ),
    );
    return (await prisma.assignment.count({ where: { staffMemberId: staff.id } })) === 1;
  },
  endAssignmentAction: async ({ world }) => {
    const { assignment } = await staffWithAssignment(world.providerA.id);
    await attempt(() =>
      assignmentActions.endAssignmentAction({}, form({ id: assignment.id, version: "1", validUntil: "2025-12-31" })),
    );
    return (await prisma.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).validUntil !== null;
  },
  transferAssignmentAction: async ({ world }) => {
    const { staff, assignment } = await staffWithAssignment(world.providerA.id);
    const target = await makeSchool();
    await attempt(() =>
      assignmentActions.transferAssignmentAction(
        {},
        form({
          id: assignment.id,
          version: "1",
          lastDay: "2025-06-30",
          toSchoolId: target.id,
          fte: "0,5",
          fundingSourceId: "",
        }),
      ),
    );
    const rows = await prisma.assignment.count({ where: { staffMemberId: staff.id } });
    const ended = (await prisma.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).validUntil !== null;
    if ((rows === 2) !== ended) throw new Error("a transfer went half-way");
    return ended;
  },
};
