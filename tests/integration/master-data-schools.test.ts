import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "../../lib/dal/errors.ts";
import { getSchoolPage } from "../../lib/dal/school-page.ts";
import {
  createSchool,
  getSchoolForEdit,
  listSchoolOptions,
  listSchools,
  setSchoolArchived,
  updateSchool,
} from "../../lib/dal/schools.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { todayIso } from "../../lib/key-date.ts";
import { readSchoolListQuery, type UpdateSchoolInput } from "../../lib/schemas/school.ts";
import { schoolYearOf } from "../../lib/school-year.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeDistrict, makeProvider, makeSchool, makeStaff } from "../support/fixtures.ts";

// Schools in the DAL: who sees which school (IDOR: another school answers like a missing
// one, and the attempt is audited), the list's sort/filter/search/paging, archive, and
// optimistic concurrency (two parallel saves of one version: exactly one wins).

const viewer = (role: SignedInViewer["role"], binding: Partial<SignedInViewer> = {}): SignedInViewer => ({
  kind: "user",
  userId: "00000000-0000-4000-8000-000000000001",
  email: `${role.toLowerCase()}@schulen.test`,
  name: role,
  role,
  providerId: null,
  schoolId: null,
  via: "session",
  ...binding,
});
const admin = viewer("ADMIN");
const supervisor = viewer("SUPERVISOR");

const THIS_YEAR = schoolYearOf(todayIso());
const MISSING = "9b2f8d1e-3c4a-4b5d-8e6f-7a8b9c0d1e2f";
const query = (params: Record<string, string> = {}) => readSchoolListQuery(params);

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(NotFoundError);
    return (error as Error).message;
  }
  throw new Error("not refused");
}

const deniedAudits = (entityId: string) => prisma.auditEvent.count({ where: { action: "access.denied", entityId } });

function editOf(
  school: Awaited<ReturnType<typeof makeSchool>>,
  change: Partial<UpdateSchoolInput> = {},
): UpdateSchoolInput {
  return {
    id: school.id,
    version: school.version,
    schoolNumber: school.schoolNumber,
    name: school.name,
    type: school.type,
    districtId: school.districtId,
    address: school.address,
    pupilCount: 200, // makeSchool's
    pupilSchoolYear: THIS_YEAR,
    socialIndex: school.socialIndex,
    openedOn: null,
    closedOn: null,
    ...change,
  };
}

beforeEach(() => resetDatabase());
afterAll(() => prisma.$disconnect());

describe("who sees which school", () => {
  it("gives a school head their own school only; another school is NotFound like a missing one, and audited", async () => {
    const [x, y] = [await makeSchool(), await makeSchool()];
    const head = viewer("SCHOOL", { schoolId: x.id });
    expect((await getSchoolPage(head, x.id, "2020-01-01")).school.id).toBe(x.id);
    const missing = await refusal(getSchoolPage(head, MISSING, "2020-01-01"));
    expect(await refusal(getSchoolPage(head, y.id, "2020-01-01"))).toBe(missing);
    expect(await deniedAudits(y.id)).toBe(1);
    const list = await listSchools(head, query());
    expect(list.kind).toBe("full");
    expect(list.page.rows.map((row) => row.id)).toEqual([x.id]);
    expect(list.page.total).toBe(1);
  });

  it("gives a provider school names only, and no school page", async () => {
    const school = await makeSchool({ name: "Schillerschule" });
    const provider = viewer("PROVIDER", { providerId: (await makeProvider()).id });
    const list = await listSchools(provider, query());
    expect(list.kind).toBe("names");
    expect(Object.keys(list.page.rows[0] ?? {}).sort()).toEqual(["id", "name", "schoolNumber"]);
    await refusal(getSchoolPage(provider, school.id, "2020-01-01"));
    expect(await deniedAudits(school.id)).toBe(1);
  });

  it("lets admin and supervisor read every school, the supervisor without writing", async () => {
    const school = await makeSchool();
    for (const reader of [admin, supervisor]) {
      expect((await getSchoolPage(reader, school.id, "2020-01-01")).school.id).toBe(school.id);
    }
    await refusal(getSchoolForEdit(supervisor, school.id));
    await refusal(updateSchool(supervisor, editOf(school, { name: "Aufsicht war hier" })));
    await refusal(setSchoolArchived(supervisor, { id: school.id, version: 1, archived: true }));
    expect((await prisma.school.findUniqueOrThrow({ where: { id: school.id } })).name).toBe(school.name);
    expect(await deniedAudits(school.id)).toBe(3);
  });

  it("refuses anonymous visitors before any query", async () => {
    await expect(listSchools({ kind: "anonymous" }, query())).rejects.toThrow("Bitte melden Sie sich an.");
  });
});

describe("the school list", () => {
  it("sorts, filters, searches and pages on the server", async () => {
    const [nord, sued] = [await makeDistrict({ name: "Nord" }), await makeDistrict({ name: "Süd" })];
    await makeSchool({ schoolNumber: "100003", name: "Cranger Schule", districtId: nord.id, pupilCount: 300 });
    await makeSchool({ schoolNumber: "100001", name: "Amselschule", districtId: sued.id, pupilCount: 100 });
    await makeSchool({
      schoolNumber: "100002",
      name: "Burgschule",
      districtId: nord.id,
      type: "GYMNASIUM",
      pupilCount: 900,
      closedOn: day("2019-07-31"),
      openedOn: day("1960-01-01"),
    });
    const names = async (params: Record<string, string>) =>
      (await listSchools(admin, query(params), "2024-01-01")).page.rows.map((row) => row.name);

    expect(await names({})).toEqual(["Amselschule", "Burgschule", "Cranger Schule"]);
    expect(await names({ sort: "pupils", dir: "desc" })).toEqual(["Burgschule", "Cranger Schule", "Amselschule"]);
    expect(await names({ sort: "district" })).toEqual(["Burgschule", "Cranger Schule", "Amselschule"]);
    expect(await names({ sort: "number" })).toEqual(["Amselschule", "Burgschule", "Cranger Schule"]);
    // A sort key outside the whitelist falls back to the default.
    expect(await names({ sort: "password_hash", dir: "desc" })).toEqual([
      "Cranger Schule",
      "Burgschule",
      "Amselschule",
    ]);
    expect(await names({ type: "GYMNASIUM" })).toEqual(["Burgschule"]);
    expect(await names({ district: nord.id })).toEqual(["Burgschule", "Cranger Schule"]);
    expect(await names({ status: "closed" })).toEqual(["Burgschule"]);
    expect(await names({ status: "open" })).toEqual(["Amselschule", "Cranger Schule"]);
    expect(await names({ q: "burg" })).toEqual(["Burgschule"]);
    expect(await names({ q: "10000" })).toHaveLength(3);

    for (let n = 0; n < 30; n++) await makeSchool({ name: `Zusatzschule ${String(n).padStart(2, "0")}` });
    const second = await listSchools(admin, query({ page: "2", pageSize: "25" }));
    expect(second.page).toMatchObject({ total: 33, page: 2, pageCount: 2 });
    expect(second.page.rows).toHaveLength(8);
    expect(second.page.rows[0]?.name).toBe("Zusatzschule 22");
  });
});

describe("writing schools", () => {
  it("creates a school with its audit event; a taken school number is a field error", async () => {
    const district = await makeDistrict();
    const input = {
      schoolNumber: "123456",
      name: "Neue Schule",
      type: "GRUNDSCHULE" as const,
      districtId: district.id,
      address: null,
      pupilCount: 250,
      pupilSchoolYear: 2024,
      socialIndex: 4,
      openedOn: "2024-08-01",
      closedOn: null,
    };
    const created = await createSchool(admin, input);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const audit = await prisma.auditEvent.findMany({ where: { entityId: created.value.id } });
    expect(audit).toMatchObject([{ action: "school.created", entity: "School", after: { name: "Neue Schule" } }]);
    expect(await createSchool(admin, { ...input, name: "Doppelt" })).toMatchObject({
      ok: false,
      fieldErrors: { schoolNumber: ["duplicate"] },
    });
    // The database's own rules come back as field errors too.
    expect(
      await createSchool(admin, { ...input, schoolNumber: "654321", openedOn: "2024-08-01", closedOn: "2024-08-01" }),
    ).toMatchObject({ ok: false, fieldErrors: { closedOn: ["dateOrder"] } });
  });

  it("lets exactly one of two parallel saves of the same version win; the other gets the stored values", async () => {
    const school = await makeSchool({ name: "Alt" });
    const results = await Promise.all([
      updateSchool(admin, editOf(school, { name: "Erste", pupilCount: 111 })),
      updateSchool(admin, editOf(school, { name: "Zweite", pupilCount: 222 })),
    ]);
    const winners = results.filter((result) => result.ok);
    const losers = results.filter((result) => !result.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const stored = await prisma.school.findUniqueOrThrow({
      where: { id: school.id },
      include: { pupilCounts: { orderBy: { schoolYear: "asc" } } },
    });
    expect(stored.version).toBe(2);
    // The winner's count replaced this year's; last year keeps the 200 that applied to it.
    const winner = stored.name === "Erste" ? 111 : 222;
    expect(stored.pupilCounts.map((row) => [row.schoolYear, row.pupilCount])).toEqual([
      [THIS_YEAR - 1, 200],
      [THIS_YEAR, winner],
    ]);
    expect(losers[0]).toMatchObject({
      reason: "conflict",
      message: "conflict",
      current: { name: stored.name, pupilCount: String(winner), version: "2" },
    });
    // A late save of the old version changes nothing.
    expect(await updateSchool(admin, editOf(school, { name: "Spät" }))).toMatchObject({ reason: "conflict" });
    expect((await prisma.school.findUniqueOrThrow({ where: { id: school.id } })).name).toBe(stored.name);
    const audit = await prisma.auditEvent.findMany({ where: { entityId: school.id, action: "school.updated" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ before: { name: "Alt" }, after: { name: stored.name } });
  });

  it("archives instead of deleting: gone from selection lists and the default list, kept in history and figures", async () => {
    const school = await makeSchool({ name: "Archivschule", pupilCount: 300 });
    await makeAssignment({ schoolId: school.id, fte: "0.500", validFrom: day("2020-01-01") });
    const archived = await setSchoolArchived(admin, { id: school.id, version: 1, archived: true });
    expect(archived.ok).toBe(true);
    expect((await listSchoolOptions(admin)).map((option) => option.id)).not.toContain(school.id);
    expect((await listSchools(admin, query())).page.total).toBe(0);
    expect((await listSchools(admin, query({ archived: "1" }))).page.rows[0]).toMatchObject({ archived: true });
    const page = await getSchoolPage(admin, school.id, "2021-01-01");
    expect(page.figures).toMatchObject({ staff: 1, fteMilli: 500, pupilsPerFte: 600 });
    expect(page.history).toHaveLength(1);
    // A stale archive form is a conflict; restoring with the current version works.
    expect(await setSchoolArchived(admin, { id: school.id, version: 1, archived: false })).toMatchObject({
      reason: "conflict",
    });
    expect((await setSchoolArchived(admin, { id: school.id, version: 2, archived: false })).ok).toBe(true);
    const actions = await prisma.auditEvent.findMany({ where: { entityId: school.id }, orderBy: { id: "asc" } });
    expect(actions.map((event) => event.action)).toEqual(["school.archived", "school.unarchived"]);
  });

  it("refuses an archived district for a school that does not have it yet", async () => {
    const district = await makeDistrict({ archivedAt: new Date() });
    const school = await makeSchool();
    expect(await updateSchool(admin, editOf(school, { districtId: district.id }))).toMatchObject({
      ok: false,
      fieldErrors: { districtId: ["archived"] },
    });
  });
});

describe("the school page", () => {
  it("shows the staff at the key date with contact, provider and FTE, the history newest first, and the benchmark", async () => {
    const provider = await makeProvider({ name: "GBH Test" });
    const school = await makeSchool({ pupilCount: 450 });
    const anna = await makeStaff({ providerId: provider.id, firstName: "Anna", lastName: "Aal", email: "anna@x.test" });
    const bert = await makeStaff({ providerId: provider.id, firstName: "Bert", lastName: "Brandt", phone: "02323 1" });
    await makeAssignment({ staffMemberId: anna.id, schoolId: school.id, fte: "1.000", validFrom: day("2017-01-01") });
    await makeAssignment({
      staffMemberId: bert.id,
      schoolId: school.id,
      fte: "0.500",
      validFrom: day("2015-01-01"),
      validUntil: day("2016-12-31"),
    });
    await prisma.municipality.create({
      data: {
        name: "Teststadt",
        authority: "Stadt",
        department: "FB",
        unit: "U",
        street: "S",
        postalCode: "1",
        city: "C",
        phone: "P",
        email: "e@x.test",
        pupilsPerFteThreshold: 400,
      },
    });

    const head = viewer("SCHOOL", { schoolId: school.id });
    const page = await getSchoolPage(head, school.id, "2017-11-15");
    expect(page.figures).toEqual({ staff: 1, fteMilli: 1000, pupilsPerFte: 450 });
    expect(page.threshold).toBe(400);
    expect(page.staffAtDate).toMatchObject([
      { staffName: "Anna Aal", email: "anna@x.test", provider: "GBH Test", fteMilli: 1000, validFrom: "2017-01-01" },
    ]);
    expect(page.history.map((row) => row.staffName)).toEqual(["Anna Aal", "Bert Brandt"]);
    expect(page.history[1]).toMatchObject({ validUntil: "2016-12-31", phone: "02323 1", fundingSource: null });
    expect(page.staffPagesVisible).toBe(true);

    const earlier = await getSchoolPage(head, school.id, "2016-06-01");
    expect(earlier.staffAtDate.map((row) => row.staffName)).toEqual(["Bert Brandt"]);
    expect(earlier.figures.pupilsPerFte).toBe(900);
  });

  it("has no figures on a date the school is not open", async () => {
    const school = await makeSchool({ openedOn: day("2020-08-01") });
    await makeAssignment({ schoolId: school.id, validFrom: day("2019-01-01") });
    const page = await getSchoolPage(admin, school.id, "2019-06-01");
    expect(page.openAtDate).toBe(false);
    expect(page.staffAtDate).toEqual([]);
    expect(page.threshold).toBe(150);
  });
});
