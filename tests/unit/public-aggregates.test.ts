import { describe, expect, it } from "vitest";
import type { CoverageReport } from "../../lib/coverage/types.ts";
import { suppressGroups, toPublicCoverage } from "../../lib/statistics/public-aggregates.ts";

const group = (name: string, staff: number, fteMilli: number) => ({
  name,
  staff,
  fteMilli,
  schoolsCovered: Math.min(staff, 3),
  schoolsTotal: 4,
});

describe("suppressGroups", () => {
  it("shows groups of 3 or more staff and groups with none", () => {
    const rows = suppressGroups([group("a", 3, 2500), group("b", 0, 0), group("c", 10, 9000)]);
    expect(rows.map((row) => [row.name, row.staff, row.fte, row.suppressed])).toEqual([
      ["a", 3, 2.5, false],
      ["b", 0, 0, false],
      ["c", 10, 9, false],
    ]);
  });

  it("hides a group of 1 or 2 staff and, when it is the only one, the next smallest group too", () => {
    const rows = suppressGroups([group("a", 2, 1500), group("b", 5, 4000), group("c", 4, 3500), group("d", 9, 8000)]);
    expect(rows.filter((row) => row.suppressed).map((row) => row.name)).toEqual(["a", "c"]);
    const hidden = rows.find((row) => row.name === "a");
    expect(hidden).toMatchObject({ staff: null, fte: null, schoolsCovered: null, schoolsTotal: 4 });
  });

  it("needs no secondary suppression when two groups are hidden already", () => {
    const rows = suppressGroups([group("a", 1, 500), group("b", 2, 1000), group("c", 4, 3500)]);
    expect(rows.filter((row) => row.suppressed).map((row) => row.name)).toEqual(["a", "b"]);
  });

  it("converts thousandths to an exact decimal FTE", () => {
    const [row] = suppressGroups([group("a", 44, 39500)]);
    expect(row?.fte).toBe(39.5);
  });
});

describe("toPublicCoverage", () => {
  const report: CoverageReport = {
    date: "2017-11-15",
    total: { staff: 2, fteMilli: 1500, schoolsCovered: 2, schoolsTotal: 5 },
    bySchoolType: [{ type: "GRUNDSCHULE", staff: 2, fteMilli: 1500, schoolsCovered: 2, schoolsTotal: 5 }],
    byDistrict: [{ districtId: "x", district: "Mitte", staff: 2, fteMilli: 1500, schoolsCovered: 2, schoolsTotal: 5 }],
    byProvider: [{ providerId: "p", provider: "Träger", staff: 2, fteMilli: 1500, schoolsCovered: 2 }],
    schools: [],
    uncoveredSchools: [{ schoolId: "s", schoolNumber: "123456", name: "Schule" }],
  };

  it("hides a total of fewer than 3 staff and carries no names, ids or per-person figures", () => {
    const output = toPublicCoverage(report);
    expect(output).toMatchObject({ staff: null, fte: null, schoolsTotal: 5, suppressed: true });
    const json = JSON.stringify(output);
    expect(json).not.toContain("Träger");
    expect(json).not.toContain("districtId");
    expect(json).not.toContain("123456");
    expect(output.byDistrict[0]).toEqual({
      district: "Mitte",
      staff: null,
      fte: null,
      schoolsCovered: null,
      schoolsTotal: 5,
      suppressed: true,
    });
  });
});
