import { describe, expect, it } from "vitest";
import { addDays, parseIsoDate } from "../../lib/coverage/dates.ts";
import { fteToNumber, pupilsPerFte } from "../../lib/coverage/fte.ts";
import { isSchoolOpen, type RefDataset, referenceCoverage, referenceTrend } from "../../lib/coverage/reference.ts";
import { formatFte } from "../../lib/format.ts";
import {
  EXAMPLE_DATE,
  EXAMPLE_PROVIDERS,
  EXAMPLE_REPORT,
  EXAMPLE_SCHOOLS,
  EXAMPLE_TREND,
  exampleTown,
  testUuid,
} from "../support/coverage-dataset.ts";

describe("parseIsoDate", () => {
  it.each(["2017-11-15", "2020-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "2018-12-31"])(
    "accepts %s",
    (date) => {
      expect(parseIsoDate(date)).toBe(date);
    },
  );

  it.each([
    "2018-02-31",
    "2019-02-29", // not a leap year
    "1900-02-29", // divisible by 100, not by 400
    "2018-04-31",
    "2018-13-01",
    "2018-00-10",
    "2018-01-00",
    "0000-01-01",
    "2018-2-1",
    "18-02-01",
    "2018-02-01T00:00:00Z",
    " 2018-02-01",
    "2018/02/01",
    "01.02.2018",
    "",
  ])("rejects %j", (input) => {
    expect(parseIsoDate(input)).toBeNull();
  });
});

describe("addDays", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(addDays("2020-02-28", 1)).toBe("2020-02-29");
    expect(addDays("2020-02-29", 1)).toBe("2020-03-01");
    expect(addDays("2019-02-28", 1)).toBe("2019-03-01");
    expect(addDays("2019-12-31", 1)).toBe("2020-01-01");
    expect(addDays("2020-01-01", -1)).toBe("2019-12-31");
    expect(addDays("2017-03-26", 0)).toBe("2017-03-26"); // a DST change in Germany: irrelevant here
  });
});

describe("FTE helpers", () => {
  it.each([
    [39500, "39,5", "39.5"],
    [26800, "26,8", "26.8"],
    [38500, "38,5", "38.5"],
    [333, "0,333", "0.333"],
    [1, "0,001", "0.001"],
    [10, "0,01", "0.01"],
    [2000, "2", "2"],
    [0, "0", "0"],
    [1250, "1,25", "1.25"],
    [123456, "123,456", "123.456"],
    [-500, "-0,5", "-0.5"],
  ])("formats %i thousandths as %s / %s", (milli, de, en) => {
    expect(formatFte(milli, "de")).toBe(de);
    expect(formatFte(milli, "en")).toBe(en);
  });

  it("refuses FTE that is not whole thousandths", () => {
    expect(() => formatFte(0.5, "de")).toThrow(RangeError);
  });

  it("turns thousandths into the nearest number", () => {
    expect(fteToNumber(39500)).toBe(39.5);
    expect(fteToNumber(333 + 334 + 333)).toBe(1);
    expect(fteToNumber(333)).toBe(0.333);
    expect(fteToNumber(0)).toBe(0);
  });

  it("divides pupils by FTE, with no value for no FTE", () => {
    expect(pupilsPerFte(300, 2000)).toBe(150);
    expect(pupilsPerFte(100, 333)).toBe(100_000 / 333);
    expect(pupilsPerFte(0, 500)).toBe(0);
    expect(pupilsPerFte(300, 0)).toBeNull();
  });
});

describe("isSchoolOpen", () => {
  const school = {
    id: "s",
    schoolNumber: "100001",
    name: "S",
    type: "GRUNDSCHULE" as const,
    districtId: "d",
    pupilCounts: [{ schoolYear: 2017, pupilCount: 1 }],
  };
  it("is open from the opening day and closed from the closing day on", () => {
    const s = { ...school, openedOn: "2017-11-15", closedOn: "2017-11-20" };
    expect(isSchoolOpen(s, "2017-11-14")).toBe(false);
    expect(isSchoolOpen(s, "2017-11-15")).toBe(true);
    expect(isSchoolOpen(s, "2017-11-19")).toBe(true);
    expect(isSchoolOpen(s, "2017-11-20")).toBe(false);
  });
  it("is open for ever without dates", () => {
    expect(isSchoolOpen({ ...school, openedOn: null, closedOn: null }, "1900-01-01")).toBe(true);
  });
});

describe("referenceCoverage on the example town", () => {
  it("gives the figures worked out by hand", () => {
    expect(referenceCoverage(exampleTown, EXAMPLE_DATE)).toEqual(EXAMPLE_REPORT);
  });

  it("counts a staff member in two groups once in each and once in the total", () => {
    const report = referenceCoverage(exampleTown, EXAMPLE_DATE);
    const districtStaff = report.byDistrict.reduce((sum, group) => sum + group.staff, 0);
    expect(districtStaff).toBe(5);
    expect(report.total.staff).toBe(4);
    // FTE, in contrast, adds up exactly across every breakdown.
    for (const groups of [report.bySchoolType, report.byDistrict, report.byProvider, report.schools]) {
      expect(groups.reduce((sum, group) => sum + group.fteMilli, 0)).toBe(report.total.fteMilli);
    }
  });

  it("restricts a provider scope to its staff, against all open schools", () => {
    const report = referenceCoverage(exampleTown, EXAMPLE_DATE, {
      kind: "provider",
      providerId: EXAMPLE_PROVIDERS.stadt,
    });
    expect(report.total).toEqual({ staff: 2, fteMilli: 2000, schoolsCovered: 3, schoolsTotal: 4 });
    expect(report.bySchoolType.map((group) => [group.type, group.staff, group.fteMilli, group.schoolsTotal])).toEqual([
      ["GRUNDSCHULE", 2, 833, 2],
      ["REALSCHULE", 1, 333, 1],
      ["GYMNASIUM", 2, 834, 1],
    ]);
    expect(report.byProvider.map((group) => group.provider)).toEqual(["Stadt Herne"]);
    expect(report.uncoveredSchools.map((school) => school.schoolNumber)).toEqual(["100006"]);
  });

  it("gives a provider without active staff zeros and every open school uncovered", () => {
    const report = referenceCoverage(exampleTown, EXAMPLE_DATE, {
      kind: "provider",
      providerId: EXAMPLE_PROVIDERS.land,
    });
    expect(report.total).toEqual({ staff: 0, fteMilli: 0, schoolsCovered: 0, schoolsTotal: 4 });
    expect(report.byProvider).toEqual([]);
    expect(report.uncoveredSchools.map((school) => school.schoolNumber)).toEqual([
      "100001",
      "100002",
      "100003",
      "100006",
    ]);
  });

  it("restricts a school scope to that school", () => {
    const report = referenceCoverage(exampleTown, EXAMPLE_DATE, { kind: "school", schoolId: EXAMPLE_SCHOOLS.s2 });
    expect(report.total).toEqual({ staff: 3, fteMilli: 1084, schoolsCovered: 1, schoolsTotal: 1 });
    expect(report.byProvider.map((group) => [group.provider, group.staff, group.fteMilli])).toEqual([
      ["Ökumenische Hilfe", 1, 250],
      ["Stadt Herne", 2, 834],
    ]);
    expect(report.byDistrict.map((group) => [group.district, group.schoolsTotal])).toEqual([["Herne-Mitte", 1]]);
    expect(report.schools.map((school) => school.schoolNumber)).toEqual(["100002"]);
  });

  it("gives a school closed on the key date nothing at all", () => {
    const report = referenceCoverage(exampleTown, EXAMPLE_DATE, { kind: "school", schoolId: EXAMPLE_SCHOOLS.s4 });
    expect(report).toEqual({
      date: EXAMPLE_DATE,
      total: { staff: 0, fteMilli: 0, schoolsCovered: 0, schoolsTotal: 0 },
      bySchoolType: [],
      byDistrict: [],
      byProvider: [],
      schools: [],
      uncoveredSchools: [],
    });
  });

  it("gives the totals of the days around the key date, once per date, in date order", () => {
    expect(referenceTrend(exampleTown, ["2017-11-16", "2017-11-14", "2017-11-15", "2017-11-16"])).toEqual(
      EXAMPLE_TREND,
    );
  });
});

describe("referenceCoverage on small cases", () => {
  const provider = { id: testUuid(1, 1), name: "Träger" };
  const district = { id: testUuid(2, 1), name: "Bezirk" };
  const school = {
    id: testUuid(3, 1),
    schoolNumber: "123456",
    name: "Schule",
    type: "GESAMTSCHULE" as const,
    districtId: district.id,
    pupilCounts: [{ schoolYear: 2017, pupilCount: 1000 }],
    openedOn: null,
    closedOn: null,
  };
  const staff = {
    id: testUuid(4, 1),
    providerId: provider.id,
    employmentFteMilli: 1000,
    employedFrom: "2015-01-01",
    employedUntil: null,
  };
  const town = (assignments: RefDataset["assignments"]): RefDataset => ({
    providers: [provider],
    districts: [district],
    schools: [school],
    staff: [staff],
    assignments,
  });

  it("is empty without data", () => {
    const report = referenceCoverage(
      { providers: [], districts: [], schools: [], staff: [], assignments: [] },
      "2020-01-01",
    );
    expect(report.total).toEqual({ staff: 0, fteMilli: 0, schoolsCovered: 0, schoolsTotal: 0 });
    expect(report.bySchoolType).toEqual([]);
  });

  it("counts an assignment on its first and last day, not the days outside", () => {
    const data = town([
      {
        staffMemberId: staff.id,
        schoolId: school.id,
        fteMilli: 500,
        validFrom: "2020-03-01",
        validUntil: "2020-03-31",
      },
    ]);
    const staffOn = (date: string) => referenceCoverage(data, date).total.staff;
    expect([staffOn("2020-02-29"), staffOn("2020-03-01"), staffOn("2020-03-31"), staffOn("2020-04-01")]).toEqual([
      0, 1, 1, 0,
    ]);
  });

  it("hands over from one assignment to the next at one school without a gap or double count", () => {
    const data = town([
      {
        staffMemberId: staff.id,
        schoolId: school.id,
        fteMilli: 333,
        validFrom: "2020-01-01",
        validUntil: "2020-06-30",
      },
      { staffMemberId: staff.id, schoolId: school.id, fteMilli: 500, validFrom: "2020-07-01", validUntil: null },
    ]);
    expect(referenceCoverage(data, "2020-06-30").total).toEqual({
      staff: 1,
      fteMilli: 333,
      schoolsCovered: 1,
      schoolsTotal: 1,
    });
    const report = referenceCoverage(data, "2020-07-01");
    expect(report.total).toEqual({ staff: 1, fteMilli: 500, schoolsCovered: 1, schoolsTotal: 1 });
    expect(report.schools[0]?.pupilsPerFte).toBe(2000);
  });
});
