import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { todayIso } from "../../lib/key-date.ts";
import { schoolYearOf } from "../../lib/school-year.ts";
import { prisma } from "./db.ts";

// Small builders for integration tests. Each fills what a test does not care about.
let counter = 0;
const next = () => ++counter;

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function makeProvider(data: Partial<Prisma.ProviderUncheckedCreateInput> = {}) {
  const n = next();
  return prisma.provider.create({
    data: { name: `Träger ${n}`, shortName: `T${n}`, kind: "NON_PROFIT", ...data },
  });
}

export async function makeDistrict(data: Partial<Prisma.DistrictUncheckedCreateInput> = {}) {
  return prisma.district.create({ data: { name: `Bezirk ${next()}`, ...data } });
}

/**
 * A school; `pupilCount` (default 200) is this school year's count, which applies to earlier
 * years too (docs/domain.md "Pupil counts").
 */
export async function makeSchool({
  pupilCount = 200,
  ...data
}: Partial<Prisma.SchoolUncheckedCreateInput> & { pupilCount?: number } = {}) {
  const n = next();
  const districtId = data.districtId ?? (await makeDistrict()).id;
  return prisma.school.create({
    data: {
      schoolNumber: String(100000 + n),
      name: `Schule ${n}`,
      type: "GRUNDSCHULE",
      pupilCounts: { create: { schoolYear: schoolYearOf(todayIso()), pupilCount } },
      ...data,
      districtId,
    },
  });
}

export async function makeStaff(data: Partial<Prisma.StaffMemberUncheckedCreateInput> = {}) {
  const n = next();
  const providerId = data.providerId ?? (await makeProvider()).id;
  return prisma.staffMember.create({
    data: {
      personnelNumber: `P${n}`,
      firstName: "Test",
      lastName: `Fachkraft ${n}`,
      employmentFte: "1.000",
      employedFrom: day("2015-01-01"),
      ...data,
      providerId,
    },
  });
}

export async function makeAssignment(data: Partial<Prisma.AssignmentUncheckedCreateInput> = {}) {
  const staffMemberId = data.staffMemberId ?? (await makeStaff()).id;
  const schoolId = data.schoolId ?? (await makeSchool()).id;
  return prisma.assignment.create({
    data: { fte: "0.500", validFrom: day("2016-01-01"), ...data, staffMemberId, schoolId },
  });
}
