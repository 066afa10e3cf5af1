import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatCountDelta,
  formatDateTime,
  formatDay,
  formatFte,
  formatFteDelta,
  formatMegabytes,
  formatNumber,
  formatPupilsPerFte,
  fteMessageValues,
} from "../../lib/format.ts";
import { translator } from "../../lib/i18n/translator.ts";

// The one formatter per locale (lib/format.ts, docs/decisions/0013-one-date-style.md).

describe("dates", () => {
  it("print a calendar day in one style per language", () => {
    expect(formatDay("2017-11-15", "de")).toBe("15.11.2017");
    expect(formatDay("2017-11-15", "en")).toBe("15 Nov 2017");
    expect(formatDay("2026-12-06", "de")).toBe("06.12.2026");
    expect(formatDay("2026-12-06", "en")).toBe("6 Dec 2026");
  });

  it("do not move a calendar day at the turn of the year or the clock change", () => {
    expect(formatDay("2017-12-31", "de")).toBe("31.12.2017");
    expect(formatDay("2018-01-01", "en")).toBe("1 Jan 2018");
    expect(formatDay("2018-03-25", "de")).toBe("25.03.2018");
    expect(formatDay("2018-10-28", "en")).toBe("28 Oct 2018");
  });

  it("print an instant in Herne's time, its date as formatDay writes it", () => {
    // 23:30 UTC on 31 December is already New Year's Day in Herne (CET, UTC+1).
    const newYear = new Date("2017-12-31T23:30:05Z");
    expect(formatDateTime(newYear, "de")).toBe(`${formatDay("2018-01-01", "de")}, 00:30:05`);
    expect(formatDateTime(newYear, "en")).toBe(`${formatDay("2018-01-01", "en")}, 00:30:05`);
    // Summer time (CEST, UTC+2).
    expect(formatDateTime(new Date("2026-07-01T12:00:00Z"), "de")).toBe("01.07.2026, 14:00:00");
  });

  it("print the caller's text for a missing instant", () => {
    expect(formatDateTime(null, "de")).toBe("–");
    expect(formatDateTime(null, "en", "never")).toBe("never");
  });
});

describe("numbers", () => {
  it("use the language's separators", () => {
    expect(formatNumber(1234.5, "de")).toBe("1.234,5");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatNumber(2 / 3, "de", 1)).toBe("0,7");
    expect(formatCount(12_345, "de")).toBe("12.345");
    expect(formatCount(12_345, "en")).toBe("12,345");
  });

  it("print FTE from thousandths without float noise", () => {
    expect(formatFte(39_500, "de")).toBe("39,5");
    expect(formatFte(39_500, "en")).toBe("39.5");
    expect(formatFte(333, "de")).toBe("0,333");
    expect(formatFte(2_000, "en")).toBe("2");
  });

  it("round pupils per FTE to whole pupils in every place", () => {
    expect(formatPupilsPerFte(301.333, "de")).toBe("301");
    expect(formatPupilsPerFte(624.5, "en")).toBe("625");
    expect(formatPupilsPerFte(1_249.6, "de")).toBe("1.250");
  });

  it("sign changes with a real minus", () => {
    expect(formatFteDelta(1_500, "de")).toBe("+1,5");
    expect(formatFteDelta(-250, "de")).toBe("\u22120,25");
    expect(formatFteDelta(0, "en")).toBe("0");
    expect(formatCountDelta(-3, "en")).toBe("\u22123");
    expect(formatCountDelta(1_234, "de")).toBe("+1.234");
  });

  it("print sizes in megabytes", () => {
    expect(formatMegabytes(2_500_000, "de")).toBe("2,5 MB");
    expect(formatMegabytes(10_000_000, "en")).toBe("10 MB");
  });
});

describe("FTE in a message", () => {
  it("lets the catalog's plural rule choose the noun", () => {
    const t = translator("forecast", "de");
    const entry = (milli: number) =>
      t.markup("schools.entry", {
        number: "120301",
        name: "Schillerschule",
        ...fteMessageValues(milli, "de"),
        link: (chunks) => chunks,
      });
    expect(entry(1_000)).toBe("120301 Schillerschule (bisher 1 Stellenanteil)");
    expect(entry(500)).toBe("120301 Schillerschule (bisher 0,5 Stellenanteile)");
    expect(entry(2_000)).toBe("120301 Schillerschule (bisher 2 Stellenanteile)");
  });
});
