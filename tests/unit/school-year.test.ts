import { describe, expect, it } from "vitest";
import { parseSchoolYear, pupilCountIn, schoolYearLabel, schoolYearOf } from "../../lib/school-year.ts";

// School years run from 1 August to 31 July (docs/domain.md "Pupil counts").

describe("schoolYearOf", () => {
  it("starts a school year on 1 August and ends it on 31 July", () => {
    expect(schoolYearOf("2017-07-31")).toBe(2016);
    expect(schoolYearOf("2017-08-01")).toBe(2017);
    expect(schoolYearOf("2017-11-15")).toBe(2017);
    expect(schoolYearOf("2017-12-31")).toBe(2017);
    expect(schoolYearOf("2018-01-01")).toBe(2017);
    expect(schoolYearOf("2020-02-29")).toBe(2019);
  });
});

describe("schoolYearLabel and parseSchoolYear", () => {
  it("writes and reads 2017/18, also across a century", () => {
    expect(schoolYearLabel(2017)).toBe("2017/18");
    expect(schoolYearLabel(2099)).toBe("2099/00");
    for (const year of [1999, 2009, 2017, 2099]) expect(parseSchoolYear(schoolYearLabel(year))).toBe(year);
  });

  it("accepts the usual spellings and refuses years that do not follow each other", () => {
    expect(parseSchoolYear("2017")).toBe(2017);
    expect(parseSchoolYear(" 2017 / 2018 ")).toBe(2017);
    expect(parseSchoolYear("2017-18")).toBe(2017);
    expect(parseSchoolYear("2017/19")).toBeNull();
    expect(parseSchoolYear("2017/2017")).toBeNull();
    expect(parseSchoolYear("17/18")).toBeNull();
    expect(parseSchoolYear("")).toBeNull();
    expect(parseSchoolYear("1899")).toBeNull();
  });
});

describe("pupilCountIn", () => {
  const counts = [
    { schoolYear: 2019, pupilCount: 300 },
    { schoolYear: 2017, pupilCount: 312 },
    { schoolYear: 2021, pupilCount: 330 },
  ];
  it("takes the year's own count", () => {
    expect(pupilCountIn(counts, 2019)).toEqual({ schoolYear: 2019, pupilCount: 300 });
  });
  it("carries the latest earlier count forward", () => {
    expect(pupilCountIn(counts, 2020)).toEqual({ schoolYear: 2019, pupilCount: 300 });
    expect(pupilCountIn(counts, 2030)).toEqual({ schoolYear: 2021, pupilCount: 330 });
  });
  it("applies the earliest known count to the years before it", () => {
    expect(pupilCountIn(counts, 2010)).toEqual({ schoolYear: 2017, pupilCount: 312 });
  });
  it("has nothing without counts", () => {
    expect(pupilCountIn([], 2017)).toBeNull();
  });
});
