import { describe, expect, it } from "vitest";
import { createAssignmentSchema, transferAssignmentSchema } from "../../lib/schemas/assignment.ts";
import { fieldErrorKeys } from "../../lib/schemas/form-errors.ts";
import { createFundingSourceSchema } from "../../lib/schemas/funding-source.ts";
import { createSchoolSchema } from "../../lib/schemas/school.ts";
import { createStaffSchema, updateStaffSchema } from "../../lib/schemas/staff.ts";
import { createUserSchema, fieldErrorsOf } from "../../lib/schemas/user.ts";

// Issue 17 item 6: a form reports every error in one round. Zod skips an object's refinements
// once a field failed to parse, so an end before the start used to appear only after, say, an
// empty FTE was fixed. Each case below has a field that fails to parse next to a cross-field rule.

const ID = "9b2f8d1e-3c4a-4b5d-8e6f-7a8b9c0d1e2f";
const OTHER = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

const errorsOf = (parsed: { success: boolean; error?: Parameters<typeof fieldErrorKeys>[0] }) =>
  parsed.error ? fieldErrorKeys(parsed.error) : {};

const staff = {
  personnelNumber: "4711",
  firstName: "Tom",
  lastName: "Wandel",
  email: "",
  phone: "",
  qualification: "",
  employmentFte: "0,5",
  employedFrom: "2030-01-01",
  employedUntil: "",
};

describe("every error at once", () => {
  it("staff: an empty provider, an unreadable FTE, a bad e-mail and an end before the start together", () => {
    const parsed = createStaffSchema.safeParse({
      ...staff,
      providerId: "",
      lastName: "",
      email: "kein-mail",
      employmentFte: "halb",
      employedUntil: "31.12.2029",
    });
    expect(errorsOf(parsed)).toEqual({
      providerId: ["required"],
      lastName: ["required"],
      email: ["invalid"],
      employmentFte: ["invalidNumber"],
      employedUntil: ["dateOrder"],
    });
  });

  it("staff: the order of the dates is checked while the FTE is empty, on create and on edit", () => {
    const wrongOrder = { ...staff, employmentFte: "", employedUntil: "2029-12-31" };
    expect(errorsOf(createStaffSchema.safeParse(wrongOrder))).toEqual({
      employmentFte: ["required"],
      employedUntil: ["dateOrder"],
    });
    expect(errorsOf(updateStaffSchema.safeParse({ ...wrongOrder, id: ID, version: "2", providerId: ID }))).toEqual({
      employmentFte: ["required"],
      employedUntil: ["dateOrder"],
    });
  });

  it("staff: a provider's form has no provider field, and none is asked for", () => {
    expect(createStaffSchema.safeParse(staff).success).toBe(true);
  });

  it("staff: an unreadable start date gives no order error to go with it", () => {
    expect(
      errorsOf(createStaffSchema.safeParse({ ...staff, employedFrom: "morgen", employedUntil: "2020-01-01" })),
    ).toEqual({ employedFrom: ["invalidDate"] });
  });

  it("assignment: no school, an FTE over 1 and an end before the start together", () => {
    const parsed = createAssignmentSchema.safeParse({
      staffMemberId: ID,
      schoolId: "",
      fte: "1,5",
      validFrom: "2030-01-01",
      validUntil: "2029-06-30",
      fundingSourceId: "",
      note: "",
    });
    expect(errorsOf(parsed)).toEqual({ schoolId: ["required"], fte: ["fteRange"], validUntil: ["dateOrder"] });
  });

  const transfer = {
    id: ID,
    version: "1",
    lastDay: "2019-12-31",
    toSchoolId: OTHER,
    fte: "",
    fundingSourceId: "",
    assignmentFrom: "2020-01-01",
    assignmentUntil: "2031-07-31",
    fromSchoolId: ID,
  };

  it("transfer: a last day before the assignment, the same school and an empty FTE together", () => {
    expect(errorsOf(transferAssignmentSchema.safeParse({ ...transfer, toSchoolId: ID }))).toEqual({
      lastDay: ["dateOrder"],
      toSchoolId: ["sameSchool"],
      fte: ["required"],
    });
  });

  it("transfer: a last day on or after the planned end leaves no day to continue", () => {
    expect(errorsOf(transferAssignmentSchema.safeParse({ ...transfer, lastDay: "2031-07-31", fte: "x" }))).toEqual({
      lastDay: ["invalid"],
      fte: ["invalidNumber"],
    });
    expect(transferAssignmentSchema.safeParse({ ...transfer, lastDay: "2025-06-30", fte: "0,5" }).success).toBe(true);
  });

  it("transfer: without the loaded assignment (another caller) only the fields themselves are checked", () => {
    const { assignmentFrom: _from, assignmentUntil: _until, fromSchoolId: _school, ...bare } = transfer;
    expect(errorsOf(transferAssignmentSchema.safeParse({ ...bare, fte: "0,5" }))).toEqual({});
  });

  it("school and funding source: the order of the dates next to a field that failed", () => {
    const school = createSchoolSchema.safeParse({
      schoolNumber: "123456",
      name: "Schule",
      type: "GRUNDSCHULE",
      districtId: ID,
      address: "",
      pupilCount: "viele",
      pupilSchoolYear: "2020",
      socialIndex: "",
      openedOn: "2020-08-01",
      closedOn: "2020-08-01",
    });
    expect(errorsOf(school)).toEqual({ pupilCount: ["invalidNumber"], closedOn: ["dateOrder"] });
    const funding = createFundingSourceSchema.safeParse({
      name: "",
      kind: "",
      validFrom: "2020-01-01",
      validUntil: "2019-12-31",
      reference: "",
    });
    expect(Object.keys(errorsOf(funding)).sort()).toEqual(["kind", "name", "validUntil"]);
  });

  it("user: an invalid e-mail, no name and the missing provider of a provider account together", () => {
    const parsed = createUserSchema.safeParse({ email: "x", name: "", role: "PROVIDER", providerId: "", schoolId: "" });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error)).toEqual({
      email: [{ key: "users.errors.emailInvalid" }],
      name: [{ key: "users.errors.nameRequired" }],
      providerId: [{ key: "users.errors.providerRequired" }],
    });
  });
});
