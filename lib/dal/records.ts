import "server-only";
import { prisma } from "../db.ts";
import { denyAccess } from "./access-denied.ts";
import { NotFoundError } from "./errors.ts";
import { assignmentFilter, checkedId, reachFor, schoolFilter, staffFilter } from "./scopes.ts";
import type { Viewer } from "./viewer-types.ts";

// Single records by id, each scoped by the permission table in the query. The DTOs carry
// only what the viewer's reach allows (a school head sees a staff member's name, contact,
// provider and the FTE at their own school; a provider sees school names only).

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * After a scoped lookup found nothing: a record that exists outside the viewer's reach is an
 * attempted access and is audited; either way the answer is the same NotFound.
 */
async function notFoundOrDenied(
  viewer: Viewer,
  capability: string,
  what: string,
  id: string,
  exists: () => Promise<number>,
): Promise<never> {
  if ((await exists()) > 0) return denyAccess(prisma, viewer, { capability, what, entityId: id });
  throw new NotFoundError(what);
}

export async function getSchool(viewer: Viewer, id: string) {
  const reach = reachFor(viewer, "schools.read", "Schule");
  const school = await prisma.school.findFirst({
    where: { AND: [{ id: checkedId(id, "Schule") }, schoolFilter(viewer)] },
    include: { district: { select: { name: true } } },
  });
  if (!school)
    return notFoundOrDenied(viewer, "schools.read", "Schule", id, () => prisma.school.count({ where: { id } }));
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
  if (!staff) {
    return notFoundOrDenied(viewer, "staff.read", "Fachkraft", id, () => prisma.staffMember.count({ where: { id } }));
  }
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
  if (!assignment) {
    return notFoundOrDenied(viewer, "assignments.read", "Einsatz", id, () =>
      prisma.assignment.count({ where: { id } }),
    );
  }
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
