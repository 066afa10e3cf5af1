import { describe, expect, it } from "vitest";
import { timelineScale } from "../../components/assignments/timeline-scale.ts";
import { containsPattern } from "../../lib/dal/internal/staff-list-sql.ts";
import { milliOf } from "../../lib/dal/internal/values.ts";
import { createAssignmentSchema, transferAssignmentSchema } from "../../lib/schemas/assignment.ts";
import { fteMilliToDecimal, parseDateInput, parseFteInput } from "../../lib/schemas/form-inputs.ts";
import { createStaffSchema, readStaffListQuery } from "../../lib/schemas/staff.ts";

// German input formats for staff and assignment forms, the staff list's URL, and the
// timeline's scale.

describe("FTE input", () => {
  it("takes a decimal comma or point, up to three decimals, exactly", () => {
    expect(parseFteInput("0,5")).toBe(500);
    expect(parseFteInput("0.5")).toBe(500);
    expect(parseFteInput(" ,75 ")).toBe(750);
    expect(parseFteInput("1")).toBe(1000);
    expect(parseFteInput("0,333")).toBe(333);
    for (const bad of ["", ",", "0,5555", "1/2", "0,5 FTE", "-0,5", "1.000,5"]) expect(parseFteInput(bad)).toBeNull();
    expect(fteMilliToDecimal(500)).toBe("0.500");
    expect(fteMilliToDecimal(1000)).toBe("1.000");
    expect(milliOf({ toFixed: () => "0.125" })).toBe(125);
  });

  it("is refused outside 0 < x ≤ 1 with the error keys of the catalog", () => {
    const parse = (fte: string) =>
      createAssignmentSchema.safeParse({
        staffMemberId: "9b2f8d1e-3c4a-4b5d-8e6f-7a8b9c0d1e2f",
        schoolId: "9b2f8d1e-3c4a-4b5d-8e6f-7a8b9c0d1e2f",
        fte,
        validFrom: "2020-01-01",
        validUntil: "",
        fundingSourceId: "",
        note: "",
      });
    expect(parse("0,5").success).toBe(true);
    expect(parse("1,5").error?.issues[0]?.message).toBe("fteRange");
    expect(parse("0").error?.issues[0]?.message).toBe("fteRange");
    expect(parse("halb").error?.issues[0]?.message).toBe("invalidNumber");
    expect(parse("").error?.issues[0]?.message).toBe("required");
  });
});

describe("date input", () => {
  it("takes ISO (date picker) and dd.mm.yyyy, real calendar dates only", () => {
    expect(parseDateInput("2017-11-15")).toBe("2017-11-15");
    expect(parseDateInput("15.11.2017")).toBe("2017-11-15");
    expect(parseDateInput("1.8.2026")).toBe("2026-08-01");
    expect(parseDateInput("31.02.2020")).toBeNull();
    expect(parseDateInput("2020-2-1")).toBeNull();
  });

  it("checks the order of employment dates, and that a transfer names its day", () => {
    const staff = createStaffSchema.safeParse({
      personnelNumber: "1",
      firstName: "A",
      lastName: "B",
      email: "kein-mail",
      phone: "",
      qualification: "",
      employmentFte: "1",
      employedFrom: "2020-01-01",
      employedUntil: "31.12.2019",
    });
    const paths = staff.error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    expect(paths).toEqual(["email:invalid", "employedUntil:dateOrder"]);
    const transfer = transferAssignmentSchema.safeParse({
      id: "9b2f8d1e-3c4a-4b5d-8e6f-7a8b9c0d1e2f",
      version: "1",
      lastDay: "",
      toSchoolId: "9b2f8d1e-3c4a-4b5d-8e6f-7a8b9c0d1e2f",
      fte: "0,5",
      fundingSourceId: "",
    });
    expect(transfer.error?.issues.map((issue) => issue.path[0])).toEqual(["lastDay"]);
  });
});

describe("staff list URL", () => {
  it("reads filters and falls back to none for anything malformed", () => {
    const query = readStaffListQuery({
      sort: "provider",
      dir: "desc",
      status: "ended",
      school: "120301",
      provider: "9b2f8d1e-3c4a-4b5d-8e6f-7a8b9c0d1e2f",
      q: " Müller ",
    });
    expect(query).toMatchObject({ sort: "provider", dir: "desc", status: "ended", school: "120301", q: "Müller" });
    expect(readStaffListQuery({ sort: "passwordHash", status: "x", school: "12", provider: "1 OR 1=1" })).toMatchObject(
      {
        sort: "name",
        status: undefined,
        school: undefined,
        provider: undefined,
      },
    );
  });

  it("searches LIKE wildcards literally", () => {
    expect(containsPattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});

describe("timeline scale", () => {
  it("spans employment, assignments and today, with open ends to the axis' end", () => {
    const scale = timelineScale(
      [
        { validFrom: "2016-01-01", validUntil: "2017-12-31" },
        { validFrom: "2018-01-01", validUntil: null },
      ],
      { employedFrom: "2015-08-01", employedUntil: null },
      "2020-01-01",
    );
    expect(scale.start).toBe("2015-08-01");
    expect(scale.end > "2020-01-01").toBe(true);
    const first = scale.bar("2016-01-01", "2017-12-31");
    const second = scale.bar("2018-01-01", null);
    expect(first.left + first.width).toBeCloseTo(second.left, 5);
    expect(second.left + second.width).toBeCloseTo(100, 5);
    expect(scale.todayPercent).toBeGreaterThan(second.left);
    expect(scale.ticks.map((tick) => tick.label)).toContain("2018");
  });
});
