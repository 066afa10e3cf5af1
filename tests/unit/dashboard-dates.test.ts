import { describe, expect, it } from "vitest";
import { monthLabel } from "../../components/charts/trend-keys.ts";
import { readForecastDates } from "../../components/dashboard/forecast-dates.ts";
import { monthStarts } from "../../lib/dashboard/trend-dates.ts";
import { addMonths } from "../../lib/forecast/dates.ts";

// Date arithmetic and formats of the dashboard and the forecast.

describe("addMonths", () => {
  it("adds calendar months and clamps to the end of a short month, like PostgreSQL", () => {
    expect(addMonths("2017-11-15", 6)).toBe("2018-05-15");
    expect(addMonths("2017-08-31", 6)).toBe("2018-02-28");
    expect(addMonths("2019-08-31", 6)).toBe("2020-02-29");
    expect(addMonths("2018-10-31", 1)).toBe("2018-11-30");
    expect(addMonths("2018-07-15", 6)).toBe("2019-01-15");
    expect(addMonths("2018-03-31", -1)).toBe("2018-02-28");
  });

  it("rejects what is not a date", () => {
    expect(() => addMonths("2018-02-31", 1)).toThrow(RangeError);
    expect(() => addMonths("2018-02-01", 1.5)).toThrow(RangeError);
  });
});

describe("monthStarts", () => {
  it("gives the first of every month from one month to another, across a year end", () => {
    expect(monthStarts("2016-11-20", "2017-02-03")).toEqual(["2016-11-01", "2016-12-01", "2017-01-01", "2017-02-01"]);
    expect(monthStarts("2017-02-10", "2017-02-28")).toEqual(["2017-02-01"]);
    expect(monthStarts("2017-03-01", "2017-02-28")).toEqual([]);
  });
});

describe("readForecastDates", () => {
  const today = "2026-11-25";

  it("defaults to today and six months ahead", () => {
    expect(readForecastDates(undefined, undefined, today)).toEqual({
      base: today,
      date: "2027-05-25",
      baseError: null,
      dateError: null,
    });
  });

  it("takes a later key date and another base", () => {
    expect(readForecastDates("2017-11-15", "2018-08-15", today)).toMatchObject({
      base: "2017-11-15",
      date: "2018-08-15",
      dateError: null,
    });
  });

  it("falls back to six months ahead for an invalid or not later key date", () => {
    expect(readForecastDates(undefined, "2026-13-01", today)).toMatchObject({
      date: "2027-05-25",
      dateError: "invalid",
    });
    expect(readForecastDates(undefined, today, today)).toMatchObject({ date: "2027-05-25", dateError: "notAfterBase" });
    expect(readForecastDates("kaputt", undefined, today)).toMatchObject({ base: today, baseError: "invalidBase" });
  });
});

describe("trend chart month labels", () => {
  it("name a month by its number and year", () => {
    expect(monthLabel("2017-11-01")).toBe("11/2017");
  });
});
