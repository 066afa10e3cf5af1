import "server-only";
import { prisma } from "../db.ts";
import { NotFoundError } from "./errors.ts";
import { assignmentFilter, checkedId, reachFor, schoolFilter, staffFilter } from "./scopes.ts";
import type { Viewer } from "./viewer-types.ts";

// Single records by id, each scoped by the permission table in the query. The DTOs carry
// only what the viewer's reach allows (a school head sees a staff member's name, contact,
// provider and the FTE at their own school; a provider sees school names only).

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export async function getSchool(viewer: Viewer, id: string) {
  const reach = reachFor(viewer, "schools.read", "Schule");
  const school = await prisma.school.findFirst({
    where: { AND: [{ id: checkedId(id, "Schule") }, schoolFilter(viewer)] },
    include: { district: { select: { name: true } } },
  });
  if (!school) throw new NotFoundError("Schule");
  if (reach === "names") return { id: school.id, schoolNumber: school.schoolNumber, name: school.name };
  return {
    id: school.id,
    schoolNumber: school.schoolNumber,
    name: school.name,
    type: school.type,
    district: school.district.name,
    address: school.address,
    pupilCount: school.pupilCount,
    socialIndex: school.socialIndex,
    openedOn: isoDate(school.openedOn),
    closedOn: isoDate(school.closedOn),
  };
}

export async function getStaffMember(viewer: Viewer, id: string) {
  const staff = await prisma.staffMember.findFirst({
    where: { AND: [{ id: checkedId(id, "Fachkraft") }, staffFilter(viewer)] },
    include: { provider: { select: { name: true } }, assignments: { where: assignmentFilter(viewer) } },
  });
  if (!staff) throw new NotFoundError("Fachkraft");
  const contact = {
    id: staff.id,
    firstName: staff.firstName,
    lastName: staff.lastName,
    email: staff.email,
    phone: staff.phone,
    provider: staff.provider.name,
  };
  const assignments = staff.assignments.map((assignment) => ({
    id: assignment.id,
    schoolId: assignment.schoolId,
    fte: assignment.fte.toString(),
    validFrom: isoDate(assignment.validFrom),
    validUntil: isoDate(assignment.validUntil),
  }));
  if (viewer.kind === "user" && viewer.role === "SCHOOL") return { ...contact, assignments };
  return {
    ...contact,
    personnelNumber: staff.personnelNumber,
    qualification: staff.qualification,
    employmentFte: staff.employmentFte.toString(),
    employedFrom: isoDate(staff.employedFrom),
    employedUntil: isoDate(staff.employedUntil),
    assignments,
  };
}

export async function getAssignment(viewer: Viewer, id: string) {
  const assignment = await prisma.assignment.findFirst({
    where: { AND: [{ id: checkedId(id, "Einsatz") }, assignmentFilter(viewer)] },
    include: {
      staffMember: { select: { firstName: true, lastName: true } },
      school: { select: { name: true, schoolNumber: true } },
    },
  });
  if (!assignment) throw new NotFoundError("Einsatz");
  return {
    id: assignment.id,
    staffMemberId: assignment.staffMemberId,
    staffName: `${assignment.staffMember.firstName} ${assignment.staffMember.lastName}`,
    schoolId: assignment.schoolId,
    school: assignment.school.name,
    fte: assignment.fte.toString(),
    validFrom: isoDate(assignment.validFrom),
    validUntil: isoDate(assignment.validUntil),
  };
}
