import { describe, expect, it } from "vitest";
import { timelineHint } from "@/components/assignments/timeline-hint";
import { timelineScale } from "@/components/assignments/timeline-scale";
import { formatDay } from "@/lib/format";
import { translator } from "@/lib/i18n/translator";

// The sentence above a staff member's timeline describes the assignments, not the axis
// (which starts at the employment and runs past the last end).
function sentence(assignments: { validFrom: string; validUntil: string | null }[], locale: "de" | "en" = "de") {
  const employment = { employedFrom: "2015-01-01", employedUntil: null };
  const scale = timelineScale(assignments, employment, "2026-12-07");
  const hint = timelineHint(assignments, scale, scale.employment !== null);
  const day = (date: string | null) => (date ? formatDay(date, locale) : "");
  return translator("assignments", locale)("timeline.chartHint", {
    ...hint,
    from: day(hint.from),
    until: day(hint.until),
  });
}

describe("the timeline's sentence", () => {
  it("gives one assignment's own first and last day", () => {
    const text = sentence([{ validFrom: "2016-08-01", validUntil: "2018-07-31" }]);
    expect(text).toContain("Der Balken zeigt den Einsatz vom 01.08.2016 bis zum 31.07.2018.");
    expect(text).toContain("der gestrichelte Rahmen die Beschäftigung");
    expect(text).not.toContain("01.01.2015");
  });

  it("says when an assignment has no end", () => {
    expect(sentence([{ validFrom: "2020-02-01", validUntil: null }])).toMatch(
      /^Der Balken zeigt den Einsatz ab dem 01\.02\.2020, ohne vereinbartes Ende\./,
    );
  });

  it("names the shared axis only for several assignments", () => {
    const text = sentence([
      { validFrom: "2016-08-01", validUntil: "2018-07-31" },
      { validFrom: "2018-08-01", validUntil: null },
    ]);
    expect(text).toMatch(
      /^Jeder Balken zeigt einen Einsatz vom ersten bis zum letzten Tag; die Zeitachse reicht vom 01\.01\.2015 bis zum /,
    );
  });

  it("reads the same in English", () => {
    expect(sentence([{ validFrom: "2016-08-01", validUntil: "2018-07-31" }], "en")).toContain(
      "The bar shows the assignment from 1 Aug 2016 to 31 Jul 2018.",
    );
  });
});
