import { describe, expect, it } from "vitest";
import { addDays } from "../../lib/coverage/dates.ts";
import { anonymisableFrom, isPastRetention, retentionCutoff } from "../../lib/privacy/retention.ts";

// The retention rule: N whole years after the end of the year the employment ended.

describe("anonymisableFrom", () => {
  it("counts from the end of the year the employment ended (the issue's example)", () => {
    expect(anonymisableFrom("2019-06-30", 3)).toBe("2023-01-01");
  });

  it("ended on 31.12.: the next day starts the first of the N years", () => {
    expect(anonymisableFrom("2019-12-31", 3)).toBe("2023-01-01");
  });

  it("ended on 01.01.: the whole rest of that year still counts as the year it ended", () => {
    expect(anonymisableFrom("2019-01-01", 3)).toBe("2023-01-01");
    expect(anonymisableFrom("2020-01-01", 3)).toBe("2024-01-01");
  });

  it("ended on a leap day, or in a leap year, or N years later lands on one: only the year counts", () => {
    expect(anonymisableFrom("2020-02-29", 3)).toBe("2024-01-01");
    expect(anonymisableFrom("2020-12-31", 3)).toBe("2024-01-01");
    expect(anonymisableFrom("2021-02-28", 3)).toBe("2025-01-01");
    expect(anonymisableFrom("2024-02-29", 4)).toBe("2029-01-01");
  });

  it("takes other retention periods, 0 included (anonymisable from the next 1 January)", () => {
    expect(anonymisableFrom("2019-06-30", 0)).toBe("2020-01-01");
    expect(anonymisableFrom("2019-06-30", 1)).toBe("2021-01-01");
    expect(anonymisableFrom("2019-06-30", 10)).toBe("2030-01-01");
  });

  it("refuses impossible dates and periods", () => {
    expect(() => anonymisableFrom("2019-02-29", 3)).toThrow(RangeError);
    expect(() => anonymisableFrom("30.06.2019", 3)).toThrow(RangeError);
    expect(() => anonymisableFrom("2019-06-30", -1)).toThrow(RangeError);
    expect(() => anonymisableFrom("2019-06-30", 1.5)).toThrow(RangeError);
  });
});

describe("retentionCutoff", () => {
  it("is 1 January of the year N years back: ended before it means past retention", () => {
    expect(retentionCutoff("2023-01-01", 3)).toBe("2020-01-01");
    expect(retentionCutoff("2022-12-31", 3)).toBe("2019-01-01");
    expect(retentionCutoff("2024-02-29", 3)).toBe("2021-01-01");
  });

  it("never leaves the calendar", () => {
    expect(retentionCutoff("0002-06-01", 5)).toBe("0001-01-01");
  });
});

describe("isPastRetention", () => {
  it("the issue's example, on the days around the turn of the year", () => {
    expect(isPastRetention("2019-06-30", "2022-12-31", 3)).toBe(false);
    expect(isPastRetention("2019-06-30", "2023-01-01", 3)).toBe(true);
  });

  it("is never true for someone still employed", () => {
    expect(isPastRetention(null, "2099-01-01", 0)).toBe(false);
  });

  it("agrees with retentionCutoff for every end date and day over several years (leap years included)", () => {
    const mismatches: string[] = [];
    for (const years of [0, 1, 3]) {
      for (let ended = "2018-12-25"; ended <= "2021-01-05"; ended = addDays(ended, 1)) {
        for (const today of ["2019-12-31", "2020-01-01", "2020-02-29", "2022-12-31", "2023-01-01", "2024-01-01"]) {
          const byCutoff = ended < retentionCutoff(today, years);
          if (byCutoff !== isPastRetention(ended, today, years)) mismatches.push(`${years} ${ended} ${today}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
