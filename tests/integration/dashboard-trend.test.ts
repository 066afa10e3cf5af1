import { afterAll, beforeAll, expect, it } from "vitest";
import { computeTrend } from "../../lib/coverage/index.ts";
import { getDashboard } from "../../lib/dal/dashboard.ts";
import { monthStarts } from "../../lib/dashboard/trend-dates.ts";
import { seedHerne } from "../../prisma/seed/index.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeStaff } from "../support/fixtures.ts";

// The dashboard's monthly trend is computeTrend (property-tested against the reference in
// coverage-property.test.ts) on the first of every month from the first assignment on; the
// dashboard's parts are cached under the data version, and any committed write must show
// on the next request.

beforeAll(async () => {
  await resetDatabase();
  await seedHerne(prisma);
});
afterAll(async () => {
  await resetDatabase();
  await prisma.$disconnect();
});

it("gives computeTrend's figures for every month of the Herne seed", async () => {
  const admin = viewerOf(await makeUser({ role: "ADMIN" }));
  const { trend } = await getDashboard(admin, "2017-11-15", "2027-12-31");
  const first = await prisma.assignment.aggregate({ _min: { validFrom: true } });
  const start = first._min.validFrom?.toISOString().slice(0, 10) ?? "";
  expect(trend).toEqual(await computeTrend(prisma, monthStarts(start, "2027-12-31")));
  expect(trend.find((point) => point.date === "2017-11-01")).toEqual({
    date: "2017-11-01",
    staff: 44,
    fteMilli: 39_500,
    schoolsCovered: 41,
    schoolsTotal: 43,
  });
});

it("serves repeated requests from the cache and shows a committed write on the next one", async () => {
  const admin = viewerOf(await makeUser({ role: "ADMIN" }));
  const D = "2017-11-15";
  const before = await getDashboard(admin, D, D);
  const again = await getDashboard(admin, D, D);
  // Nothing was written in between: the same computed objects come back.
  expect(again.coverage).toBe(before.coverage);
  expect(again.warnings).toBe(before.warnings);
  expect(again.trend).toBe(before.trend);
  expect(before.coverage.total).toMatchObject({ staff: 44, fteMilli: 39_500, schoolsCovered: 41 });

  const school = before.coverage.uncoveredSchools[0];
  if (!school) throw new Error("the seed has uncovered schools on this date");
  const staff = await makeStaff({ employmentFte: "0.5" });
  await makeAssignment({
    staffMemberId: staff.id,
    schoolId: school.schoolId,
    fte: "0.5",
    validFrom: day("2017-11-01"),
  });

  const after = await getDashboard(admin, D, D);
  expect(after.coverage.total).toMatchObject({ staff: 45, fteMilli: 40_000, schoolsCovered: 42 });
  expect(after.coverage.uncoveredSchools.map((s) => s.schoolId)).not.toContain(school.schoolId);
  expect(after.warnings.counts.schoolUncovered).toBe(before.warnings.counts.schoolUncovered - 1);
  expect(after.trend.find((point) => point.date === "2017-11-01")?.staff).toBe(45);
});
