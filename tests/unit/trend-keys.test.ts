import { describe, expect, it } from "vitest";
import { keyDateIndex, stepIndex } from "@/components/charts/trend-keys";

const months = ["2017-09-01", "2017-10-01", "2017-11-01", "2017-12-01"].map((date) => ({ date }));

describe("the trend chart's keys", () => {
  it("starts at the month of the key date", () => {
    expect(keyDateIndex(months, "2017-11-15")).toBe(2);
    expect(keyDateIndex(months, "2017-11-01")).toBe(2);
    expect(keyDateIndex(months, "2030-01-01")).toBe(3);
    expect(keyDateIndex(months, "2017-08-31")).toBe(-1);
  });

  it("steps one month and stops at the ends", () => {
    expect(stepIndex("ArrowRight", 2, 4)).toBe(3);
    expect(stepIndex("ArrowRight", 3, 4)).toBe(3);
    expect(stepIndex("ArrowLeft", 2, 4)).toBe(1);
    expect(stepIndex("ArrowLeft", 0, 4)).toBe(0);
    expect(stepIndex("ArrowRight", -1, 4)).toBe(1);
    expect(stepIndex("Home", 2, 4)).toBe(0);
    expect(stepIndex("End", 0, 4)).toBe(3);
    expect(stepIndex("a", 2, 4)).toBeNull();
    expect(stepIndex("ArrowRight", 0, 0)).toBeNull();
  });
});
