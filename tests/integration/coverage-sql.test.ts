import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type CoverageDb, computeCoverage, computeTrend } from "../../lib/coverage/index.ts";
import {
  EXAMPLE_DATE,
  EXAMPLE_DISTRICTS,
  EXAMPLE_PROVIDERS,
  EXAMPLE_REPORT,
  EXAMPLE_SCHOOLS,
  EXAMPLE_TREND,
  exampleTown,
  loadDataset,
} from "../support/coverage-dataset.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeDistrict, makeProvider, makeSchool, makeStaff } from "../support/fixtures.ts";

// The SQL figures on hand-made data whose numbers are written out (the example town is
// explained line by line in tests/support/coverage-dataset.ts).

beforeEach(resetDatabase);
afterAll(() => prisma.$disconnect());

describe("computeCoverage on the example town", () => {
  beforeEach(() => loadDataset(prisma, exampleTown));

  it("gives the figures worked out by hand", async () => {
    expect(await computeCoverage(prisma, EXAMPLE_DATE)).toEqual(EXAMPLE_REPORT);
  });

  it("gives the totals the day before and after", async () => {
    for (const { date, ...totals } of EXAMPLE_TREND) {
      expect((await computeCoverage(prisma, date)).total).toEqual(totals);
    }
  });

  it("restricts a provider scope to its staff, against all open schools", async () => {
    const report = await computeCoverage(prisma, EXAMPLE_DATE, {
      kind: "provider",
      providerId: EXAMPLE_PROVIDERS.stadt,
    });
    expect(report.total).toEqual({ staff: 2, fteMilli: 2000, schoolsCovered: 3, schoolsTotal: 4 });
    expect(report.bySchoolType).toEqual([
      { type: "GRUNDSCHULE", staff: 2, fteMilli: 833, schoolsCovered: 1, schoolsTotal: 2 },
      { type: "REALSCHULE", staff: 1, fteMilli: 333, schoolsCovered: 1, schoolsTotal: 1 },
      { type: "GYMNASIUM", staff: 2, fteMilli: 834, schoolsCovered: 1, schoolsTotal: 1 },
    ]);
    expect(report.byDistrict.map((group) => [group.district, group.staff, group.fteMilli, group.schoolsTotal])).toEqual(
      [
        ["Herne-Mitte", 2, 1667, 2],
        ["Wanne", 1, 333, 2],
      ],
    );
    expect(report.byProvider).toEqual([
      { providerId: EXAMPLE_PROVIDERS.stadt, provider: "Stadt Herne", staff: 2, fteMilli: 2000, schoolsCovered: 3 },
    ]);
    expect(report.schools.map((school) => [school.schoolNumber, school.fteMilli, school.pupilsPerFte])).toEqual([
      ["100001", 833, 300_000 / 833],
      ["100002", 834, 900_000 / 834],
      ["100003", 333, 500_000 / 333],
      ["100006", 0, null],
    ]);
    expect(report.uncoveredSchools.map((school) => school.schoolNumber)).toEqual(["100006"]);
  });

  it("gives a provider without active staff, or an unknown one, zeros", async () => {
    for (const providerId of [EXAMPLE_PROVIDERS.land, "00000000-0000-4000-8000-999999999999"]) {
      const report = await computeCoverage(prisma, EXAMPLE_DATE, { kind: "provider", providerId });
      expect(report.total).toEqual({ staff: 0, fteMilli: 0, schoolsCovered: 0, schoolsTotal: 4 });
      expect(report.byProvider).toEqual([]);
      expect(report.bySchoolType.map((group) => group.staff)).toEqual([0, 0, 0]);
      expect(report.uncoveredSchools).toHaveLength(4);
    }
  });

  it("restricts a school scope to that school", async () => {
    const report = await computeCoverage(prisma, EXAMPLE_DATE, { kind: "school", schoolId: EXAMPLE_SCHOOLS.s2 });
    expect(report).toEqual({
      date: EXAMPLE_DATE,
      total: { staff: 3, fteMilli: 1084, schoolsCovered: 1, schoolsTotal: 1 },
      bySchoolType: [{ type: "GYMNASIUM", staff: 3, fteMilli: 1084, schoolsCovered: 1, schoolsTotal: 1 }],
      byDistrict: [
        {
          districtId: EXAMPLE_DISTRICTS.mitte,
          district: "Herne-Mitte",
          staff: 3,
          fteMilli: 1084,
          schoolsCovered: 1,
          schoolsTotal: 1,
        },
      ],
      byProvider: [
        {
          providerId: EXAMPLE_PROVIDERS.oekumene,
          provider: "Ökumenische Hilfe",
          staff: 1,
          fteMilli: 250,
          schoolsCovered: 1,
        },
        { providerId: EXAMPLE_PROVIDERS.stadt, provider: "Stadt Herne", staff: 2, fteMilli: 834, schoolsCovered: 1 },
      ],
      schools: [EXAMPLE_REPORT.schools[1]],
      uncoveredSchools: [],
    });
  });

  it("gives a school closed on the key date, or one not yet open, nothing at all", async () => {
    const empty = {
      total: { staff: 0, fteMilli: 0, schoolsCovered: 0, schoolsTotal: 0 },
      bySchoolType: [],
      byDistrict: [],
      byProvider: [],
      schools: [],
      uncoveredSchools: [],
    };
    for (const schoolId of [EXAMPLE_SCHOOLS.s4, EXAMPLE_SCHOOLS.s5]) {
      expect(await computeCoverage(prisma, EXAMPLE_DATE, { kind: "school", schoolId })).toEqual({
        date: EXAMPLE_DATE,
        ...empty,
      });
    }
  });

  it("gives the trend once per date in date order", async () => {
    expect(await computeTrend(prisma, ["2017-11-16", "2017-11-14", "2017-11-15", "2017-11-16"])).toEqual(EXAMPLE_TREND);
    expect(await computeTrend(prisma, ["2017-11-15"], { kind: "school", schoolId: EXAMPLE_SCHOOLS.s3 })).toEqual([
      { date: "2017-11-15", staff: 2, fteMilli: 583, schoolsCovered: 1, schoolsTotal: 1 },
    ]);
    expect(await computeTrend(prisma, ["2017-11-14"], { kind: "school", schoolId: EXAMPLE_SCHOOLS.s3 })).toEqual([
      { date: "2017-11-14", staff: 0, fteMilli: 0, schoolsCovered: 0, schoolsTotal: 0 },
    ]);
    expect(await computeTrend(prisma, ["2017-11-16"], { kind: "provider", providerId: EXAMPLE_PROVIDERS.gfs })).toEqual(
      [
        { date: "2017-11-16", staff: 2, fteMilli: 1000, schoolsCovered: 1, schoolsTotal: 4 }, // m4, m5 at s3
      ],
    );
  });

  it("computes a long trend (every month for ten years) in one go", async () => {
    const dates = Array.from({ length: 120 }, (_, i) => {
      const year = 2010 + Math.floor(i / 12);
      return `${year}-${String((i % 12) + 1).padStart(2, "0")}-01`;
    });
    const trend = await computeTrend(prisma, dates);
    expect(trend).toHaveLength(120);
    expect(trend.find((point) => point.date === "2017-11-01")).toEqual({
      date: "2017-11-01",
      // m1 at s1; m2 at s1, s2; m3 at s2; m5 at s4, s1; m6 not yet employed; s3 not yet open
      staff: 4,
      fteMilli: 500 + 333 + 334 + 500 + 500 + 250,
      schoolsCovered: 3,
      schoolsTotal: 4,
    });
    // Before anybody started: s1, s2, s6 (no dates) and s4 (opened 2000) were open.
    expect(trend[0]).toEqual({ date: "2010-01-01", staff: 0, fteMilli: 0, schoolsCovered: 0, schoolsTotal: 4 });
  });

  it("sends one query per report and one per trend", async () => {
    let queries = 0;
    const counting: CoverageDb = {
      $queryRaw: ((query: TemplateStringsArray, ...values: unknown[]) => {
        queries++;
        return prisma.$queryRaw(query, ...values);
      }) as CoverageDb["$queryRaw"],
    };
    await computeCoverage(counting, EXAMPLE_DATE, { kind: "provider", providerId: EXAMPLE_PROVIDERS.gfs });
    expect(queries).toBe(1);
    await computeTrend(counting, ["2017-11-14", "2017-11-15", "2017-11-16"]);
    expect(queries).toBe(2);
  });

  it("works inside a transaction and does not depend on the session's DateStyle", async () => {
    const trend = await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL DateStyle = 'German'`;
      expect((await computeCoverage(tx, EXAMPLE_DATE)).total).toEqual(EXAMPLE_REPORT.total);
      return computeTrend(tx, ["2017-11-15"]);
    });
    expect(trend).toEqual([EXAMPLE_TREND[1]]);
  });
});

describe("computeCoverage on rows written through Prisma", () => {
  it("counts 0.333 + 0.334 + 0.333 as exactly 1 and respects every boundary", async () => {
    const district = await makeDistrict({ name: "Sodingen" });
    const provider = await makeProvider({ name: "GBH" });
    const first = await makeSchool({ schoolNumber: "200002", districtId: district.id, pupilCount: 450 });
    const second = await makeSchool({ schoolNumber: "200001", districtId: district.id, type: "FOERDERSCHULE" });
    const closing = await makeSchool({ schoolNumber: "200003", districtId: district.id, closedOn: day("2019-03-01") });
    const staff = await makeStaff({ providerId: provider.id, employedUntil: day("2019-03-01") });
    await makeAssignment({ staffMemberId: staff.id, schoolId: first.id, fte: "0.333", validFrom: day("2019-03-01") });
    await makeAssignment({ staffMemberId: staff.id, schoolId: second.id, fte: "0.334", validFrom: day("2018-08-01") });
    await makeAssignment({ staffMemberId: staff.id, schoolId: closing.id, fte: "0.333", validFrom: day("2018-08-01") });

    const onClosingDay = await computeCoverage(prisma, "2019-03-01");
    expect(onClosingDay.total).toEqual({ staff: 1, fteMilli: 667, schoolsCovered: 2, schoolsTotal: 2 });
    expect(onClosingDay.schools.map((school) => [school.schoolNumber, school.fteMilli, school.pupilsPerFte])).toEqual([
      ["200001", 334, 200_000 / 334],
      ["200002", 333, 450_000 / 333],
    ]);

    const dayBefore = await computeCoverage(prisma, "2019-02-28");
    expect(dayBefore.total).toEqual({ staff: 1, fteMilli: 667, schoolsCovered: 2, schoolsTotal: 3 });
    expect(dayBefore.uncoveredSchools).toEqual([{ schoolId: first.id, schoolNumber: "200002", name: first.name }]);
    expect(dayBefore.bySchoolType.map((group) => group.type)).toEqual(["GRUNDSCHULE", "FOERDERSCHULE"]);

    // Employment ended on the closing day: nothing the day after.
    expect((await computeCoverage(prisma, "2019-03-02")).total).toEqual({
      staff: 0,
      fteMilli: 0,
      schoolsCovered: 0,
      schoolsTotal: 2,
    });
    expect((await computeTrend(prisma, ["2019-02-28", "2019-03-01"])).map((point) => point.fteMilli)).toEqual([
      667, 667,
    ]);
  });

  it("sums exactly to 1 when three shares meet on one day", async () => {
    const staff = await makeStaff();
    for (const fte of ["0.333", "0.334", "0.333"]) {
      await makeAssignment({ staffMemberId: staff.id, fte, validFrom: day("2020-01-01") });
    }
    const report = await computeCoverage(prisma, "2020-01-01");
    expect(report.total).toEqual({ staff: 1, fteMilli: 1000, schoolsCovered: 3, schoolsTotal: 3 });
    expect(report.byProvider[0]?.fteMilli).toBe(1000);
  });
});

describe("input checks", () => {
  it("rejects a date that is not a calendar date", async () => {
    await expect(computeCoverage(prisma, "2018-02-31")).rejects.toThrow(RangeError);
    await expect(computeTrend(prisma, ["2018-01-01", "15.11.2017"])).rejects.toThrow(RangeError);
  });

  it("rejects a scope id that is not a UUID instead of sending it to the database", async () => {
    await expect(
      computeCoverage(prisma, "2018-01-01", { kind: "school", schoolId: "1; DROP TABLE school" }),
    ).rejects.toThrow(TypeError);
  });

  it("returns an empty trend for no dates", async () => {
    expect(await computeTrend(prisma, [])).toEqual([]);
  });
});
