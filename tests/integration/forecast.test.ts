import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { computeCoverage } from "../../lib/coverage/index.ts";
import { NotFoundError, UnauthenticatedError } from "../../lib/dal/errors.ts";
import { getForecast } from "../../lib/dal/forecast.ts";
import { ANONYMOUS } from "../../lib/dal/viewer-types.ts";
import { computeForecastChanges } from "../../lib/forecast/index.ts";
import { seedHerne } from "../../prisma/seed/index.ts";
import { makeUser, makeViewers, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeProvider, makeSchool, makeStaff } from "../support/fixtures.ts";

// The forecast (lib/forecast, lib/dal/forecast.ts): what ends between a base date and a
// future key date, and what that does to the figures.

const BASE = "2018-01-15";
const DATE = "2018-06-01";

beforeEach(() => resetDatabase());
afterAll(() => prisma.$disconnect());

describe("what ends by the key date", () => {
  it("lists assignments, funding and employments whose last day lies in [base, date)", async () => {
    const provider = await makeProvider({ name: "Träger A" });
    const funding = await prisma.fundingSource.create({
      data: { name: "Programm", kind: "LANDESPROGRAMM", validFrom: day("2015-01-01"), validUntil: day("2018-04-30") },
    });
    await prisma.fundingSource.create({
      data: { name: "Bis Stichtag", kind: "MPT", validFrom: day("2015-01-01"), validUntil: day(DATE) },
    });
    const leaving = await makeStaff({ providerId: provider.id, lastName: "Geht", employedUntil: day("2018-03-31") });
    const staying = await makeStaff({ providerId: provider.id, lastName: "Bleibt" });
    const school = await makeSchool({ name: "Schule Eins" });
    const endsOnBase = await makeAssignment({
      staffMemberId: staying.id,
      schoolId: school.id,
      fte: "0.250",
      validFrom: day("2017-01-01"),
      validUntil: day(BASE),
      fundingSourceId: funding.id,
    });
    const endsWithEmployment = await makeAssignment({
      staffMemberId: leaving.id,
      fte: "0.500",
      validFrom: day("2017-01-01"),
      validUntil: day("2018-03-31"),
      fundingSourceId: funding.id,
    });
    // Ends ON the key date: still counts then, not listed. Ended before the base: not listed.
    await makeAssignment({
      staffMemberId: staying.id,
      fte: "0.250",
      validFrom: day("2017-01-01"),
      validUntil: day(DATE),
    });
    await makeAssignment({ staffMemberId: staying.id, validFrom: day("2016-01-01"), validUntil: day("2018-01-14") });

    const changes = await computeForecastChanges(prisma, BASE, DATE);
    expect(changes.endingAssignments.map((a) => [a.id, a.validUntil, a.fteMilli])).toEqual([
      [endsOnBase.id, BASE, 250],
      [endsWithEmployment.id, "2018-03-31", 500],
    ]);
    expect(changes.endingAssignments[0]).toMatchObject({
      staffName: "Test Bleibt",
      providerName: "Träger A",
      schoolName: "Schule Eins",
      href: `/fachkraefte/${staying.id}#einsatz-${endsOnBase.id}`,
    });
    expect(changes.expiringFunding).toEqual([
      {
        id: funding.id,
        name: "Programm",
        validUntil: "2018-04-30",
        fteMilliToday: 750,
        assignmentsToday: 2,
        href: `/finanzierungen/${funding.id}`,
      },
    ]);
    expect(changes.endingEmployments).toEqual([
      {
        staffId: leaving.id,
        staffName: "Test Geht",
        providerName: "Träger A",
        employmentFteMilli: 1000,
        employedUntil: "2018-03-31",
        fteMilliToday: 500,
        href: `/fachkraefte/${leaving.id}`,
      },
    ]);
  });

  it("names the schools that lose their cover and splits each provider's FTE into lost and gained", async () => {
    const providerA = await makeProvider({ name: "Ökumene" });
    const providerB = await makeProvider({ name: "Zukunft" });
    const a = await makeStaff({ providerId: providerA.id });
    const b = await makeStaff({ providerId: providerB.id, employedUntil: day("2018-02-28") });
    const losing = await makeSchool({ name: "Verliert" });
    const keeps = await makeSchool({ name: "Behält" });
    const closing = await makeSchool({ name: "Schließt", closedOn: day("2018-05-01") });
    await makeAssignment({ staffMemberId: b.id, schoolId: losing.id, fte: "0.750", validFrom: day("2017-01-01") });
    await makeAssignment({
      staffMemberId: a.id,
      schoolId: keeps.id,
      fte: "0.500",
      validFrom: day("2017-01-01"),
      validUntil: day("2018-03-31"),
    });
    await makeAssignment({ staffMemberId: a.id, schoolId: keeps.id, fte: "0.400", validFrom: day("2018-04-01") });
    await makeAssignment({ staffMemberId: a.id, schoolId: closing.id, fte: "0.250", validFrom: day("2017-01-01") });

    const changes = await computeForecastChanges(prisma, BASE, DATE);
    // The closing school is not "losing cover": it is closed on the key date.
    expect(changes.schoolsLosingCover).toEqual([
      {
        schoolId: losing.id,
        schoolNumber: losing.schoolNumber,
        name: "Verliert",
        fteMilliToday: 750,
        href: `/schulen/${losing.id}`,
      },
    ]);
    expect(changes.providers).toEqual([
      {
        providerId: providerA.id,
        provider: "Ökumene",
        fteMilliToday: 750,
        fteMilliLost: 750,
        fteMilliGained: 400,
        fteMilliAtDate: 400,
      },
      {
        providerId: providerB.id,
        provider: "Zukunft",
        fteMilliToday: 750,
        fteMilliLost: 750,
        fteMilliGained: 0,
        fteMilliAtDate: 0,
      },
    ]);
    // The per-provider split agrees with the figures at both dates.
    const [now, then] = [await computeCoverage(prisma, BASE), await computeCoverage(prisma, DATE)];
    expect(now.total.fteMilli).toBe(1500);
    expect(then.total.fteMilli).toBe(400);
  });

  it("refuses a key date that is not after the base date", async () => {
    await expect(computeForecastChanges(prisma, BASE, BASE)).rejects.toThrow(RangeError);
    await expect(computeForecastChanges(prisma, BASE, "2018-01-01")).rejects.toThrow(RangeError);
  });
});

describe("getForecast", () => {
  it("gives admin and supervisor both reports and the changes; refuses everyone else", async () => {
    await makeAssignment({ validFrom: day("2017-01-01"), validUntil: day("2018-03-31") });
    const { admin, others } = await makeViewers();
    for (const viewer of [admin, others.SUPERVISOR]) {
      const forecast = await getForecast(viewer, BASE, DATE);
      expect(forecast.today).toBe(BASE);
      expect(forecast.date).toBe(DATE);
      expect(forecast.current.total).toMatchObject({ staff: 1, fteMilli: 500, schoolsCovered: 1 });
      expect(forecast.future.total).toMatchObject({ staff: 0, fteMilli: 0, schoolsCovered: 0 });
      expect(forecast.changes.endingAssignments).toHaveLength(1);
    }
    for (const viewer of [others.PROVIDER, others.SCHOOL]) {
      await expect(getForecast(viewer, BASE, DATE)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getForecast(ANONYMOUS, BASE, DATE)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("the Herne seed from November 2017 to August 2018", () => {
  it("lists what ends and how each provider's FTE changes", async () => {
    await seedHerne(prisma);
    // A bare admin user: makeViewers would add a school to the seed's.
    const admin = viewerOf(await makeUser({ role: "ADMIN" }));
    const forecast = await getForecast(admin, "2017-11-15", "2018-08-15");
    expect(forecast.current.total).toEqual({ staff: 44, fteMilli: 39_500, schoolsCovered: 41, schoolsTotal: 43 });
    const { changes } = forecast;
    expect(changes.endingEmployments.map((e) => [e.staffName, e.employedUntil])).toEqual([
      ["Jessica Wolters", "2018-03-31"],
      ["Dennis Wagner", "2018-07-31"],
      ["Svenja Haase", "2018-07-31"],
    ]);
    expect(changes.endingAssignments.map((a) => a.staffName)).toEqual([
      "Jessica Wolters",
      "Jessica Wolters",
      "Dennis Wagner",
      "Melanie Schulte",
      "Nina Ostermann",
      "Svenja Haase",
      "Tobias Imhoff",
    ]);
    expect(changes.expiringFunding).toEqual([]);
    // Every provider's split adds up, and matches the figures at both dates.
    for (const provider of changes.providers) {
      expect(provider.fteMilliToday - provider.fteMilliLost + provider.fteMilliGained).toBe(provider.fteMilliAtDate);
      const now = forecast.current.byProvider.find((p) => p.providerId === provider.providerId)?.fteMilli ?? 0;
      const then = forecast.future.byProvider.find((p) => p.providerId === provider.providerId)?.fteMilli ?? 0;
      expect([provider.provider, provider.fteMilliToday, provider.fteMilliAtDate]).toEqual([
        provider.provider,
        now,
        then,
      ]);
    }
    expect(changes.providers.find((p) => p.provider.startsWith("Stadt Herne"))).toMatchObject({
      fteMilliToday: 21_500,
      fteMilliLost: 3_900,
    });
  });
});
