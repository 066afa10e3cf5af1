import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  createDistrict,
  listDistrictOptions,
  listDistricts,
  setDistrictArchived,
  updateDistrict,
} from "../../lib/dal/districts.ts";
import { NotFoundError } from "../../lib/dal/errors.ts";
import {
  createFundingSource,
  getFundingSource,
  listFundingSourceOptions,
  listFundingSources,
  setFundingSourceArchived,
  updateFundingSource,
} from "../../lib/dal/funding-sources.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { readDistrictListQuery } from "../../lib/schemas/district.ts";
import { readFundingListQuery } from "../../lib/schemas/funding-source.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeDistrict, makeProvider, makeSchool } from "../support/fixtures.ts";

// Districts and funding sources in the DAL: read by admin and supervisor only, written by
// the admin with audit and version, archived instead of deleted.

const viewer = (role: SignedInViewer["role"], binding: Partial<SignedInViewer> = {}): SignedInViewer => ({
  kind: "user",
  userId: "00000000-0000-4000-8000-000000000003",
  email: `${role.toLowerCase()}@stamm.test`,
  name: role,
  role,
  providerId: null,
  schoolId: null,
  via: "session",
  ...binding,
});
const admin = viewer("ADMIN");
const supervisor = viewer("SUPERVISOR");

async function refused(work: Promise<unknown>) {
  await expect(work).rejects.toBeInstanceOf(NotFoundError);
}

const fundingInput = (name: string, validFrom: string, validUntil: string | null = null) => ({
  name,
  kind: "LANDESPROGRAMM" as const,
  validFrom,
  validUntil,
  reference: null,
});

beforeEach(() => resetDatabase());
afterAll(() => prisma.$disconnect());

describe("districts", () => {
  it("are read by admin and supervisor only", async () => {
    await makeDistrict({ name: "Wanne" });
    expect((await listDistricts(supervisor, readDistrictListQuery({}))).rows.map((row) => row.name)).toEqual(["Wanne"]);
    await refused(
      listDistricts(viewer("PROVIDER", { providerId: (await makeProvider()).id }), readDistrictListQuery({})),
    );
    await refused(listDistricts(viewer("SCHOOL", { schoolId: (await makeSchool()).id }), readDistrictListQuery({})));
    await refused(createDistrict(supervisor, { name: "Neu" }));
  });

  it("sort by their school count, keep their schools when archived, and leave the selection lists", async () => {
    const [mitte, wanne] = [await makeDistrict({ name: "Mitte" }), await makeDistrict({ name: "Wanne" })];
    await makeSchool({ districtId: wanne.id });
    await makeSchool({ districtId: wanne.id });
    await makeSchool({ districtId: mitte.id });
    const rows = await listDistricts(admin, readDistrictListQuery({ sort: "schools", dir: "desc" }));
    expect(rows.rows.map((row) => [row.name, row.schoolCount])).toEqual([
      ["Wanne", 2],
      ["Mitte", 1],
    ]);
    expect((await setDistrictArchived(admin, { id: wanne.id, version: 1, archived: true })).ok).toBe(true);
    expect((await listDistrictOptions(admin)).map((option) => option.label)).toEqual(["Mitte"]);
    expect((await listDistrictOptions(admin, { keep: wanne.id })).map((option) => option.label)).toEqual([
      "Mitte",
      "Wanne",
    ]);
    expect(await prisma.school.count({ where: { districtId: wanne.id } })).toBe(2);
  });

  it("are renamed with version and audit; a stale rename and a duplicate name are refused", async () => {
    const district = await makeDistrict({ name: "Sodingen" });
    await makeDistrict({ name: "Eickel" });
    const results = await Promise.all([
      updateDistrict(admin, { id: district.id, version: 1, name: "Sodingen-Nord" }),
      updateDistrict(admin, { id: district.id, version: 1, name: "Sodingen-Süd" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ reason: "conflict", current: { version: "2" } });
    expect(await updateDistrict(admin, { id: district.id, version: 2, name: "Eickel" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["duplicate"] },
    });
    expect(await prisma.auditEvent.count({ where: { entityId: district.id, action: "district.updated" } })).toBe(1);
  });
});

describe("funding sources", () => {
  it("are read by admin and supervisor only", async () => {
    const created = await createFundingSource(admin, fundingInput("Landesprogramm", "2015-01-01"));
    if (!created.ok) throw new Error("not created");
    expect((await getFundingSource(supervisor, created.value.id, "2020-01-01")).name).toBe("Landesprogramm");
    for (const other of [
      viewer("PROVIDER", { providerId: (await makeProvider()).id }),
      viewer("SCHOOL", { schoolId: (await makeSchool()).id }),
    ]) {
      await refused(getFundingSource(other, created.value.id, "2020-01-01"));
      await refused(listFundingSources(other, readFundingListQuery({})));
    }
    await refused(
      updateFundingSource(supervisor, { ...fundingInput("X", "2015-01-01"), id: created.value.id, version: 1 }),
    );
  });

  it("filter by kind and by the date they are valid at, sort open-ended last", async () => {
    await createFundingSource(admin, fundingInput("BuT", "2011-08-01", "2014-12-31"));
    await createFundingSource(admin, { ...fundingInput("Kommunal", "2008-01-01"), kind: "KOMMUNAL" });
    await createFundingSource(admin, fundingInput("MPT", "2017-08-01", "2027-07-31"));
    const names = async (params: Record<string, string>) =>
      (await listFundingSources(admin, readFundingListQuery(params))).rows.map((row) => row.name);
    expect(await names({ validAt: "2013-06-01" })).toEqual(["BuT", "Kommunal"]);
    expect(await names({ validAt: "01.01.2020" })).toEqual(["Kommunal", "MPT"]);
    expect(await names({ kind: "KOMMUNAL" })).toEqual(["Kommunal"]);
    expect(await names({ sort: "validUntil" })).toEqual(["BuT", "MPT", "Kommunal"]);
    expect(await names({ q: "mp" })).toEqual(["MPT"]);
    expect((await listFundingSourceOptions(admin, "2016-01-01")).map((option) => option.label)).toEqual(["Kommunal"]);
  });

  it("say what they pay for at a key date, and keep it when archived", async () => {
    const created = await createFundingSource(admin, fundingInput("Landesprogramm", "2015-01-01"));
    if (!created.ok) throw new Error("not created");
    const id = created.value.id;
    await makeAssignment({ fundingSourceId: id, fte: "0.750", validFrom: day("2016-01-01") });
    await makeAssignment({
      fundingSourceId: id,
      fte: "0.500",
      validFrom: day("2016-01-01"),
      validUntil: day("2017-12-31"),
    });
    expect((await getFundingSource(admin, id, "2017-06-01")).atDate).toEqual({
      date: "2017-06-01",
      assignments: 2,
      fteMilli: 1250,
    });
    expect((await setFundingSourceArchived(admin, { id, version: 1, archived: true })).ok).toBe(true);
    expect(await listFundingSourceOptions(admin)).toEqual([]);
    expect((await getFundingSource(admin, id, "2018-06-01")).atDate.fteMilli).toBe(750);
  });

  it("refuse an end before the start as a field error (the database rule)", async () => {
    expect(await createFundingSource(admin, fundingInput("Falsch", "2020-01-01", "2019-01-01"))).toMatchObject({
      ok: false,
      fieldErrors: { validUntil: ["dateOrder"] },
    });
  });
});
