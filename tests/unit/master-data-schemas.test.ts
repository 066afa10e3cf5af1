import { describe, expect, it } from "vitest";
import { fieldErrorKeys } from "../../lib/schemas/form-errors.ts";
import { createFundingSourceSchema, readFundingListQuery } from "../../lib/schemas/funding-source.ts";
import { readDate } from "../../lib/schemas/master-data-fields.ts";
import { updateProviderContactSchema } from "../../lib/schemas/provider.ts";
import { createSchoolSchema, readSchoolListQuery, schoolListParams } from "../../lib/schemas/school.ts";

// The master-data forms' validation (messages are keys of the "errors" catalog) and the
// lists' URL parameters (anything malformed falls back instead of failing).

const DISTRICT = "9b2f8d1e-3c4a-4b5d-8e6f-7a8b9c0d1e2f";
const school = {
  schoolNumber: "123456",
  name: " Schillerschule ",
  type: "GRUNDSCHULE",
  districtId: DISTRICT,
  address: "",
  pupilCount: "250",
  pupilSchoolYear: "2017/18",
  socialIndex: "",
  openedOn: "01.08.1965",
  closedOn: "",
};

describe("master-data form schemas", () => {
  it("reads dates typed either way, and only real ones", () => {
    expect(readDate("2017-11-15")).toBe("2017-11-15");
    expect(readDate("5.3.2016")).toBe("2016-03-05");
    expect(readDate("31.02.2017")).toBeNull();
    expect(readDate("morgen")).toBeNull();
  });

  it("turns a school form into typed values", () => {
    expect(createSchoolSchema.parse(school)).toEqual({
      schoolNumber: "123456",
      name: "Schillerschule",
      type: "GRUNDSCHULE",
      districtId: DISTRICT,
      address: null,
      pupilCount: 250,
      pupilSchoolYear: 2017,
      socialIndex: null,
      openedOn: "1965-08-01",
      closedOn: null,
    });
  });

  it("answers field-level error keys", () => {
    const parsed = createSchoolSchema.safeParse({
      ...school,
      schoolNumber: "12345",
      name: "",
      type: "",
      pupilCount: "viele",
      pupilSchoolYear: "2017/19",
      socialIndex: "10",
      closedOn: "1960-01-01",
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fieldErrorKeys(parsed.error)).toEqual({
      schoolNumber: ["invalid"],
      name: ["required"],
      type: ["required"],
      pupilCount: ["invalidNumber"],
      pupilSchoolYear: ["invalid"],
      socialIndex: ["invalidNumber"],
      closedOn: ["dateOrder"],
    });
    const order = createSchoolSchema.safeParse({ ...school, closedOn: "1960-01-01" });
    expect(order.success ? {} : fieldErrorKeys(order.error)).toEqual({ closedOn: ["dateOrder"] });
    const funding = createFundingSourceSchema.safeParse({
      name: "X",
      kind: "MPT",
      validFrom: "2020-01-01",
      validUntil: "2019-12-31",
      reference: "",
    });
    expect(funding.success ? {} : fieldErrorKeys(funding.error)).toEqual({ validUntil: ["dateOrder"] });
    const contact = updateProviderContactSchema.safeParse({ id: "x", version: "1", contact: "a".repeat(1001) });
    expect(contact.success ? {} : fieldErrorKeys(contact.error)).toEqual({ id: ["invalid"], contact: ["tooLong"] });
  });
});

describe("list parameters", () => {
  it("reads the school list's filters and falls back on garbage", () => {
    const query = readSchoolListQuery({
      type: "GYMNASIUM",
      district: DISTRICT,
      status: "open",
      archived: "1",
      q: " a ",
    });
    expect(query).toMatchObject({ type: "GYMNASIUM", district: DISTRICT, status: "open", archived: true, q: "a" });
    expect(readSchoolListQuery({ type: "UNI", district: "1; DROP", status: "x", sort: "secret" })).toMatchObject({
      type: null,
      district: null,
      status: null,
      archived: false,
      sort: "name",
    });
    expect(schoolListParams(query)).toMatchObject({ type: "GYMNASIUM", archived: "1", q: "a" });
    expect(readFundingListQuery({ validAt: "15.11.2017" }).validAt).toBe("2017-11-15");
    expect(readFundingListQuery({ validAt: "2017-13-01" }).validAt).toBeNull();
  });
});
