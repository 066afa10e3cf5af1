import { afterAll, beforeEach, expect, it } from "vitest";
import { dataVersion } from "../../lib/dal/internal/data-version.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { makeAssignment, makeDistrict, makeProvider, makeSchool, makeStaff } from "../support/fixtures.ts";

// The version the figure caches are keyed by (migration 20261125050654_data_version): every
// committed write to a table the figures, warnings or forecast read moves it; writes elsewhere
// (audit trail, users) and rolled-back writes do not.

beforeEach(resetDatabase);
afterAll(async () => {
  await resetDatabase();
  await prisma.$disconnect();
});

/** How far `write` moves the version. */
async function bumps(write: () => Promise<unknown>): Promise<number> {
  const before = await dataVersion();
  await write();
  const after = await dataVersion();
  expect(before).toMatch(/^v\d+$/);
  return Number(after.slice(1)) - Number(before.slice(1));
}

it("moves once with every transaction that writes to a table the figures read", async () => {
  const provider = await makeProvider();
  const district = await makeDistrict();
  const school = await makeSchool({ districtId: district.id });
  const staff = await makeStaff({ providerId: provider.id });
  const assignment = await makeAssignment({ staffMemberId: staff.id, schoolId: school.id });

  expect(await bumps(() => prisma.assignment.update({ where: { id: assignment.id }, data: { fte: "0.250" } }))).toBe(1);
  expect(await bumps(() => prisma.staffMember.update({ where: { id: staff.id }, data: { firstName: "Anna" } }))).toBe(
    1,
  );
  expect(await bumps(() => prisma.school.update({ where: { id: school.id }, data: { name: "Neu" } }))).toBe(1);
  expect(
    await bumps(() =>
      prisma.schoolPupilCount.updateMany({ where: { schoolId: school.id }, data: { pupilCount: 300 } }),
    ),
  ).toBe(1);
  expect(await bumps(() => prisma.provider.update({ where: { id: provider.id }, data: { shortName: "X" } }))).toBe(1);
  expect(await bumps(() => prisma.district.update({ where: { id: district.id }, data: { name: "Mitte" } }))).toBe(1);
  expect(
    await bumps(() =>
      prisma.fundingSource.create({
        data: { name: "Landesprogramm", kind: "LANDESPROGRAMM", validFrom: new Date("2016-01-01T00:00:00Z") },
      }),
    ),
  ).toBe(1);
  expect(
    await bumps(() =>
      prisma.municipality.create({
        data: {
          name: "Stadt Test",
          authority: "Stadt Test",
          department: "FB 1",
          unit: "Schulsozialarbeit",
          street: "Weg 1",
          postalCode: "12345",
          city: "Test",
          phone: "0",
          email: "a@test.example",
        },
      }),
    ),
  ).toBe(1);
  expect(await bumps(() => prisma.assignment.deleteMany({ where: { id: assignment.id } }))).toBe(1);
  // Several statements, and the FTE-cap trigger's UPDATE per assignment row: still one step.
  expect(
    await bumps(() =>
      prisma.$transaction(async (tx) => {
        await tx.school.update({ where: { id: school.id }, data: { name: "Neu 301" } });
        for (const validFrom of ["2016-01-01", "2017-01-01", "2018-01-01"]) {
          await tx.assignment.create({
            data: {
              staffMemberId: staff.id,
              schoolId: school.id,
              fte: "0.100",
              validFrom: new Date(`${validFrom}T00:00:00Z`),
              validUntil: new Date(`${validFrom.slice(0, 4)}-06-30T00:00:00Z`),
            },
          });
        }
      }),
    ),
  ).toBe(1);
});

it("stays put for writes elsewhere and for rolled-back writes", async () => {
  const school = await makeSchool();
  expect(
    await bumps(() => prisma.auditEvent.create({ data: { actor: "Test", action: "test.noop", entity: "Test" } })),
  ).toBe(0);
  expect(
    await bumps(() =>
      prisma
        .$transaction(async (tx) => {
          await tx.school.update({ where: { id: school.id }, data: { name: "Neu 999" } });
          throw new Error("roll back");
        })
        .catch(() => undefined),
    ),
  ).toBe(0);
});

it("is one row that emptying the figures' tables moves too", async () => {
  await makeAssignment();
  expect(await bumps(() => resetDatabase())).toBeGreaterThan(0);
  expect(await prisma.dataVersion.count()).toBe(1);
});
