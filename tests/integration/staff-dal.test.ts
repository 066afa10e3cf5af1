import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../lib/coverage/dates.ts";
import { NotFoundError } from "../../lib/dal/errors.ts";
import {
  createStaff,
  endEmployment,
  getStaffDetail,
  getStaffForEdit,
  listStaff,
  staffFormOptions,
  updateStaff,
} from "../../lib/dal/staff.ts";
import { todayIso } from "../../lib/key-date.ts";
import { readStaffListQuery } from "../../lib/schemas/staff.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeProvider, makeSchool, makeStaff } from "../support/fixtures.ts";
import { makeFunding } from "../support/staff-fixtures.ts";
import { testViewer } from "../support/viewers.ts";

// Staff members through the DAL: who sees which rows and fields, the list's sort, filters,
// search and paging, and the writes (provider scope, optimistic versions, DB rules as field errors).

const MISSING = "9b2f8d1e-3c4a-4b5d-8e6f-7a8b9c0d1e2f";
const today = todayIso();

async function notFound(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(NotFoundError);
    return (error as Error).message;
  }
  throw new Error("expected NotFound");
}

let w: {
  providerA: string;
  providerB: string;
  schoolX: string;
  schoolY: string;
  schoolXNumber: string;
  anna: string;
  bernd: string;
  carla: string;
  dieter: string;
};

const admin = () => testViewer("ADMIN");
const supervisor = () => testViewer("SUPERVISOR");
const providerA = () => testViewer("PROVIDER", { providerId: w.providerA });
const providerB = () => testViewer("PROVIDER", { providerId: w.providerB });
const schoolX = () => testViewer("SCHOOL", { schoolId: w.schoolX });
const list = (viewer: ReturnType<typeof admin>, params: Record<string, string> = {}) =>
  listStaff(viewer, readStaffListQuery(params));
const names = (page: Awaited<ReturnType<typeof list>>) => page.rows.map((row) => row.lastName);

beforeAll(async () => {
  await resetDatabase();
  const a = await makeProvider({ name: "Arbeiterwohlfahrt", shortName: "AWO" });
  const b = await makeProvider({ name: "Zukunft gGmbH", shortName: "ZUK" });
  const x = await makeSchool({ schoolNumber: "123456" });
  const y = await makeSchool();
  const funding = await makeFunding();
  const anna = await makeStaff({
    providerId: a.id,
    firstName: "Anna",
    lastName: "Ährens",
    personnelNumber: "A-002",
    email: "anna@awo.test",
    employmentFte: "0.500",
    employedFrom: day("2016-01-01"),
  });
  const bernd = await makeStaff({
    providerId: a.id,
    firstName: "Bernd",
    lastName: "Bauer",
    personnelNumber: "A-001",
    employmentFte: "1.000",
    employedFrom: day("2015-01-01"),
    employedUntil: day("2018-12-31"),
  });
  const carla = await makeStaff({
    providerId: b.id,
    firstName: "Carla",
    lastName: "Zander",
    personnelNumber: "B-100",
    email: "carla@zuk.test",
    employmentFte: "0.750",
    employedFrom: day("2017-01-01"),
  });
  const dieter = await makeStaff({
    providerId: b.id,
    firstName: "Dieter",
    lastName: "Otto",
    personnelNumber: "B-050",
    employmentFte: "1.000",
    employedFrom: day("2019-01-01"),
  });
  // Anna works at X today (0,3) and at Y (0,2); Carla at X in the past only; Dieter at Y.
  await makeAssignment({ staffMemberId: anna.id, schoolId: x.id, fte: "0.300", validFrom: day("2016-01-01") });
  await makeAssignment({
    staffMemberId: anna.id,
    schoolId: y.id,
    fte: "0.200",
    validFrom: day("2016-01-01"),
    fundingSourceId: funding.id,
  });
  await makeAssignment({
    staffMemberId: carla.id,
    schoolId: x.id,
    fte: "0.500",
    validFrom: day("2017-01-01"),
    validUntil: day("2017-12-31"),
  });
  await makeAssignment({ staffMemberId: dieter.id, schoolId: y.id, fte: "1.000", validFrom: day("2019-01-01") });
  w = {
    providerA: a.id,
    providerB: b.id,
    schoolX: x.id,
    schoolY: y.id,
    schoolXNumber: x.schoolNumber,
    anna: anna.id,
    bernd: bernd.id,
    carla: carla.id,
    dieter: dieter.id,
  };
});
afterAll(() => prisma.$disconnect());

describe("staff list: scope", () => {
  it("shows every staff member to admin and supervisor, with full fields", async () => {
    for (const viewer of [admin(), supervisor()]) {
      const page = await list(viewer);
      expect(page.total).toBe(4);
      expect(page.view).toBe("full");
      expect(page.rows.find((row) => row.id === w.anna)).toMatchObject({
        personnelNumber: "A-002",
        employmentFteMilli: 500,
        employedFrom: "2016-01-01",
        ended: false,
      });
    }
  });

  it("shows a provider only their own staff, and ignores a provider filter for another", async () => {
    expect(names(await list(providerA()))).toEqual(["Ährens", "Bauer"]);
    expect(names(await list(providerA(), { provider: w.providerB }))).toEqual(["Ährens", "Bauer"]);
  });

  it("shows a school head only staff assigned to their school: name, contact, provider, FTE there", async () => {
    const page = await list(schoolX());
    expect(page.view).toBe("school");
    expect(names(page)).toEqual(["Ährens", "Zander"]);
    const anna = page.rows[0];
    expect(anna).toMatchObject({ email: "anna@awo.test", providerName: "Arbeiterwohlfahrt", fteHereMilli: 300 });
    expect(anna).toMatchObject({ personnelNumber: null, employmentFteMilli: null, employedFrom: null, ended: null });
    // Carla's assignment at X ended: nothing there today.
    expect(page.rows[1]?.fteHereMilli).toBe(0);
  });

  it("does not let a school head search or sort by what they do not see", async () => {
    expect((await list(schoolX(), { q: "A-002" })).total).toBe(0);
    const sorted = await list(schoolX(), { sort: "employmentFte", dir: "desc" });
    expect(sorted.sort).toBe("name");
    // Status filters are for the full view only.
    expect((await list(schoolX(), { status: "ended" })).total).toBe(2);
  });
});

describe("staff list: sort, filter, search, paging", () => {
  it("sorts by name in German order (Ä with A), and by every other column both ways", async () => {
    expect(names(await list(admin()))).toEqual(["Ährens", "Bauer", "Otto", "Zander"]);
    expect(names(await list(admin(), { dir: "desc" }))).toEqual(["Zander", "Otto", "Bauer", "Ährens"]);
    expect(names(await list(admin(), { sort: "personnelNumber" }))).toEqual(["Bauer", "Ährens", "Otto", "Zander"]);
    expect(names(await list(admin(), { sort: "provider", dir: "desc" }))).toEqual([
      "Otto",
      "Zander",
      "Ährens",
      "Bauer",
    ]);
    expect(names(await list(admin(), { sort: "employmentFte" }))).toEqual(["Ährens", "Zander", "Bauer", "Otto"]);
    expect(names(await list(admin(), { sort: "employedFrom", dir: "desc" }))).toEqual([
      "Otto",
      "Zander",
      "Ährens",
      "Bauer",
    ]);
    // Open-ended employment counts as later than any end date.
    expect(names(await list(admin(), { sort: "employedUntil" }))).toEqual(["Bauer", "Ährens", "Otto", "Zander"]);
  });

  it("filters by provider, by status at today, and by school (id or Schulnummer)", async () => {
    expect(names(await list(admin(), { provider: w.providerB }))).toEqual(["Otto", "Zander"]);
    expect(names(await list(admin(), { status: "ended" }))).toEqual(["Bauer"]);
    expect(names(await list(admin(), { status: "active" }))).toEqual(["Ährens", "Otto", "Zander"]);
    expect(names(await list(admin(), { school: w.schoolX }))).toEqual(["Ährens", "Zander"]);
    expect(names(await list(admin(), { school: w.schoolXNumber }))).toEqual(["Ährens", "Zander"]);
    expect(names(await list(admin(), { school: w.schoolY, provider: w.providerB }))).toEqual(["Otto"]);
  });

  it("searches names (also 'Last, First' and 'First Last'), personnel numbers and e-mail", async () => {
    expect(names(await list(admin(), { q: "ähr" }))).toEqual(["Ährens"]);
    expect(names(await list(admin(), { q: "Carla Zan" }))).toEqual(["Zander"]);
    expect(names(await list(admin(), { q: "Bauer, Be" }))).toEqual(["Bauer"]);
    expect(names(await list(admin(), { q: "b-0" }))).toEqual(["Otto"]);
    expect(names(await list(admin(), { q: "@zuk.test" }))).toEqual(["Zander"]);
    // LIKE wildcards are taken literally.
    expect((await list(admin(), { q: "%" })).total).toBe(0);
  });

  it("pages with a total, also past the end", async () => {
    await prisma.staffMember.createMany({
      data: Array.from({ length: 30 }, (_, index) => ({
        providerId: w.providerA,
        personnelNumber: `M-${String(index).padStart(3, "0")}`,
        firstName: "Max",
        lastName: `Muster${String(index).padStart(2, "0")}`,
        employmentFte: "1.000",
        employedFrom: day("2020-01-01"),
      })),
    });
    try {
      const first = await list(admin(), { q: "Muster", pageSize: "25" });
      expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2 });
      expect(first.rows).toHaveLength(25);
      const second = await list(admin(), { q: "Muster", page: "2" });
      expect(second.rows.map((row) => row.lastName)).toEqual([
        "Muster25",
        "Muster26",
        "Muster27",
        "Muster28",
        "Muster29",
      ]);
      const beyond = await list(admin(), { q: "Muster", page: "9" });
      expect(beyond).toMatchObject({ total: 30, rows: [] });
    } finally {
      await prisma.staffMember.deleteMany({ where: { lastName: { startsWith: "Muster" } } });
    }
  });
});

describe("staff details", () => {
  it("answers another provider's staff member exactly like a missing one", async () => {
    expect(await notFound(getStaffDetail(providerB(), w.anna))).toBe(
      await notFound(getStaffDetail(providerB(), MISSING)),
    );
    expect(await notFound(getStaffDetail(providerB(), "not-a-uuid"))).toBe(
      await notFound(getStaffDetail(providerB(), MISSING)),
    );
  });

  it("gives a provider the full record, all assignments, no funding sources", async () => {
    const detail = await getStaffDetail(providerA(), w.anna);
    expect(detail.employment).toMatchObject({ employmentFteMilli: 500, usedTodayMilli: 500 });
    expect(detail.assignments).toHaveLength(2);
    expect(detail.assignments.every((a) => a.fundingSource === null)).toBe(true);
    expect(detail.can).toEqual({ edit: true, endEmployment: true, writeAssignments: false });
  });

  it("gives the admin funding sources and the assignment controls", async () => {
    const detail = await getStaffDetail(admin(), w.anna);
    expect(detail.assignments.some((a) => a.fundingSource !== null)).toBe(true);
    expect(detail.can.writeAssignments).toBe(true);
    expect((await getStaffDetail(supervisor(), w.anna)).can).toEqual({
      edit: false,
      endEmployment: false,
      writeAssignments: false,
    });
  });

  it("gives a school head the contact and only the assignments at their school", async () => {
    const detail = await getStaffDetail(schoolX(), w.anna);
    expect(detail.view).toBe("school");
    expect(detail.employment).toBeNull();
    expect(detail.assignments.map((a) => [a.schoolId, a.fteMilli])).toEqual([[w.schoolX, 300]]);
    expect(await notFound(getStaffDetail(schoolX(), w.dieter))).toBe(
      await notFound(getStaffDetail(schoolX(), MISSING)),
    );
  });

  it("audits an attempt on a record out of reach", async () => {
    const viewer = providerB();
    await notFound(getStaffDetail(viewer, w.anna));
    const events = await prisma.auditEvent.findMany({ where: { actorId: viewer.userId, action: "access.denied" } });
    expect(events.map((event) => event.entityId)).toEqual([w.anna]);
  });
});

const staffInput = (overrides: Record<string, unknown> = {}) => ({
  personnelNumber: `N-${Math.random().toString(36).slice(2, 8)}`,
  firstName: "Nina",
  lastName: "Neu",
  email: null,
  phone: null,
  qualification: "Soziale Arbeit (B.A.)",
  employmentFte: 800,
  employedFrom: "2024-08-01",
  employedUntil: null,
  ...overrides,
});

describe("adding staff", () => {
  it("lets the admin add to any provider, and a provider only to their own", async () => {
    const byAdmin = await createStaff(admin(), { ...staffInput(), providerId: w.providerB });
    expect(byAdmin.ok).toBe(true);
    const byProvider = await createStaff(providerA(), { ...staffInput(), providerId: w.providerB });
    if (!byProvider.ok) throw new Error("refused");
    const row = await prisma.staffMember.findUniqueOrThrow({ where: { id: byProvider.value.id } });
    expect(row.providerId).toBe(w.providerA);
    expect(row.employmentFte.toFixed(3)).toBe("0.800");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: row.id } });
    expect(audit).toMatchObject({ action: "staff.created", entity: "StaffMember" });
  });

  it("refuses supervisor and school head like a missing page", async () => {
    await notFound(createStaff(supervisor(), { ...staffInput(), providerId: w.providerA }));
    await notFound(createStaff(schoolX(), { ...staffInput(), providerId: w.providerA }));
    await notFound(staffFormOptions(schoolX()));
    expect((await staffFormOptions(providerA())).fixedProvider?.id).toBe(w.providerA);
  });

  it("answers a taken personnel number and an archived provider as field errors", async () => {
    expect(await createStaff(providerA(), staffInput({ personnelNumber: "A-001" }))).toMatchObject({
      ok: false,
      fieldErrors: { personnelNumber: ["duplicate"] },
    });
    const archived = await makeProvider({ archivedAt: new Date() });
    expect(await createStaff(admin(), { ...staffInput(), providerId: archived.id })).toMatchObject({
      ok: false,
      fieldErrors: { providerId: ["archived"] },
    });
    expect(await createStaff(admin(), staffInput())).toMatchObject({
      ok: false,
      fieldErrors: { providerId: ["required"] },
    });
  });
});

describe("editing staff", () => {
  const editOf = async (id: string) => {
    const current = await getStaffForEdit(admin(), id);
    return {
      id,
      version: current.version,
      personnelNumber: current.personnelNumber,
      firstName: current.firstName,
      lastName: current.lastName,
      email: current.email,
      phone: current.phone,
      qualification: current.qualification,
      employmentFte: current.employmentFteMilli,
    };
  };

  it("lets a provider change contact and contract, but not the employment period or the provider", async () => {
    const staff = await makeStaff({ providerId: w.providerA });
    const input = await editOf(staff.id);
    const result = await updateStaff(providerA(), {
      ...input,
      email: "neu@awo.test",
      employmentFte: 600,
      employedFrom: "2010-01-01",
      providerId: w.providerB,
    });
    expect(result.ok).toBe(true);
    const row = await prisma.staffMember.findUniqueOrThrow({ where: { id: staff.id } });
    expect(row).toMatchObject({ email: "neu@awo.test", providerId: w.providerA, version: 2 });
    expect(row.employmentFte.toFixed(3)).toBe("0.600");
    expect(row.employedFrom.toISOString().slice(0, 10)).toBe("2015-01-01");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: staff.id, action: "staff.updated" } });
    expect(audit.before).toMatchObject({ email: null, employmentFteMilli: 1000 });
    expect(audit.after).toMatchObject({ email: "neu@awo.test", employmentFteMilli: 600 });
  });

  it("refuses another provider's staff member, and does not change it", async () => {
    const staff = await makeStaff({ providerId: w.providerA });
    const input = await editOf(staff.id);
    await notFound(updateStaff(providerB(), { ...input, lastName: "Gekapert" }));
    await notFound(getStaffForEdit(providerB(), staff.id));
    await notFound(getStaffForEdit(supervisor(), staff.id));
    expect((await prisma.staffMember.findUniqueOrThrow({ where: { id: staff.id } })).lastName).toBe(staff.lastName);
  });

  it("lets exactly one of two parallel saves of the same version win", async () => {
    const staff = await makeStaff({ providerId: w.providerA });
    const input = await editOf(staff.id);
    const results = await Promise.all([
      updateStaff(admin(), { ...input, phone: "0231 1" }),
      updateStaff(providerA(), { ...input, phone: "0231 2" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const loser = results.find((result) => !result.ok);
    const stored = await prisma.staffMember.findUniqueOrThrow({ where: { id: staff.id } });
    expect(stored.version).toBe(2);
    expect(loser).toMatchObject({ reason: "conflict", current: { phone: stored.phone, version: 2 } });
    // A second try with the old version is still refused, and changes nothing.
    expect(await updateStaff(admin(), { ...input, phone: "0231 3" })).toMatchObject({ reason: "conflict" });
    expect((await prisma.staffMember.findUniqueOrThrow({ where: { id: staff.id } })).phone).toBe(stored.phone);
  });

  it("refuses a contract below the staff member's assignments as a field error", async () => {
    const staff = await makeStaff({ providerId: w.providerA, employmentFte: "1.000" });
    await makeAssignment({ staffMemberId: staff.id, schoolId: w.schoolX, fte: "0.800", validFrom: day("2020-01-01") });
    const input = await editOf(staff.id);
    expect(await updateStaff(providerA(), { ...input, employmentFte: 500 })).toMatchObject({
      ok: false,
      message: "fteOverContract",
      fieldErrors: { employmentFte: ["fteOverContract"] },
    });
    expect((await prisma.staffMember.findUniqueOrThrow({ where: { id: staff.id } })).version).toBe(1);
  });

  it("saves nothing (and no audit event) when nothing changed", async () => {
    const staff = await makeStaff({ providerId: w.providerA });
    expect((await updateStaff(admin(), await editOf(staff.id))).ok).toBe(true);
    expect((await prisma.staffMember.findUniqueOrThrow({ where: { id: staff.id } })).version).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: staff.id } })).toBe(0);
  });
});

describe("ending an employment", () => {
  it("ends the running assignment and removes a later one, in the same transaction", async () => {
    const staff = await makeStaff({ providerId: w.providerA, employedFrom: day("2020-01-01") });
    const running = await makeAssignment({
      staffMemberId: staff.id,
      schoolId: w.schoolX,
      validFrom: day("2020-01-01"),
    });
    const past = await makeAssignment({
      staffMemberId: staff.id,
      schoolId: w.schoolY,
      fte: "0.200",
      validFrom: day("2020-01-01"),
      validUntil: day("2020-06-30"),
    });
    const later = await makeAssignment({
      staffMemberId: staff.id,
      schoolId: w.schoolY,
      fte: "0.200",
      validFrom: day("2031-01-01"),
    });
    const result = await endEmployment(providerA(), {
      id: staff.id,
      version: 1,
      employedUntil: "2030-07-31",
    });
    expect(result).toMatchObject({ ok: true, value: { endedAssignments: 1, removedAssignments: 1 } });
    const rows = await prisma.assignment.findMany({
      where: { staffMemberId: staff.id },
      orderBy: { validFrom: "asc" },
    });
    expect(rows.map((row) => [row.id, row.validUntil?.toISOString().slice(0, 10)]).sort()).toEqual(
      [
        [running.id, "2030-07-31"],
        [past.id, "2020-06-30"],
      ].sort(),
    );
    expect(rows.some((row) => row.id === later.id)).toBe(false);
    const actions = (
      await prisma.auditEvent.findMany({ where: { entityId: { in: [staff.id, running.id, later.id] } } })
    )
      .map((event) => event.action)
      .sort();
    expect(actions).toEqual(["assignment.ended", "assignment.removed", "staff.employment_ended"]);
  });

  it("always ends the open assignments with the employment, and refuses an end before the start", async () => {
    const staff = await makeStaff({ providerId: w.providerA, employedFrom: day("2020-01-01") });
    await makeAssignment({ staffMemberId: staff.id, schoolId: w.schoolX, validFrom: day("2020-01-01") });
    expect(await endEmployment(admin(), { id: staff.id, version: 1, employedUntil: "2019-12-31" })).toMatchObject({
      ok: false,
      fieldErrors: { employedUntil: ["dateOrder"] },
    });
    const lastDay = addDays(today, 10);
    const ended = await endEmployment(admin(), { id: staff.id, version: 1, employedUntil: lastDay });
    expect(ended).toMatchObject({ ok: true, value: { endedAssignments: 1, removedAssignments: 0 } });
    const assignment = await prisma.assignment.findFirstOrThrow({ where: { staffMemberId: staff.id } });
    expect(assignment.validUntil?.toISOString().slice(0, 10)).toBe(lastDay);
  });

  it("is refused for another provider and for a stale form", async () => {
    const staff = await makeStaff({ providerId: w.providerA });
    await notFound(endEmployment(providerB(), { id: staff.id, version: 1, employedUntil: today }));
    await notFound(endEmployment(schoolX(), { id: staff.id, version: 1, employedUntil: today }));
    expect(await endEmployment(admin(), { id: staff.id, version: 7, employedUntil: today })).toMatchObject({
      ok: false,
      reason: "conflict",
      current: { employedUntil: null, version: 1 },
    });
  });
});
