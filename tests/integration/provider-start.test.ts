import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../lib/coverage/dates.ts";
import { NotFoundError } from "../../lib/dal/errors.ts";
import { getProviderStart } from "../../lib/dal/provider-start.ts";
import { listStaff } from "../../lib/dal/staff.ts";
import { todayIso } from "../../lib/key-date.ts";
import { readStaffListQuery } from "../../lib/schemas/staff.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeProvider, makeSchool, makeStaff } from "../support/fixtures.ts";
import { testViewer } from "../support/viewers.ts";

// Free capacity in the staff list (contract FTE minus the FTE of the assignments active
// today, by the one "active at D" rule) and the provider's start page: what ends in the next
// three months, who has free capacity, warnings about their staff — each provider only its own.

const today = todayIso();
const inDays = (n: number) => day(addDays(today, n));

let w: { providerA: string; providerB: string; schoolX: string };

beforeAll(async () => {
  await resetDatabase();
  const a = await makeProvider({ name: "Arbeiterwohlfahrt", shortName: "AWO" });
  const b = await makeProvider({ name: "Zukunft gGmbH", shortName: "ZUK" });
  const x = await makeSchool({ name: "Schillerschule" });
  const y = await makeSchool({ name: "Goethe-Schule" });
  // Closed since today: an assignment there no longer counts.
  const closed = await makeSchool({ name: "Alte Schule", closedOn: day(today) });
  const staff = (providerId: string, lastName: string, employmentFte: string, employedUntil?: Date) =>
    makeStaff({ providerId, firstName: "Test", lastName, employmentFte, employedUntil });

  // Provider A.
  const anna = await staff(a.id, "Anna", "1.000");
  await makeAssignment({ staffMemberId: anna.id, schoolId: x.id, fte: "0.500" });
  await makeAssignment({ staffMemberId: anna.id, schoolId: y.id, fte: "0.250", validUntil: inDays(30) });
  // Part-time at two schools (a warning), fully assigned, employment ends in 40 days.
  const bernd = await staff(a.id, "Bernd", "0.500", inDays(40));
  await makeAssignment({ staffMemberId: bernd.id, schoolId: x.id, fte: "0.250", validUntil: inDays(40) });
  await makeAssignment({ staffMemberId: bernd.id, schoolId: y.id, fte: "0.250", validUntil: inDays(40) });
  // Left last year: no capacity to speak of.
  await staff(a.id, "Carla", "0.500", day("2025-12-31"));
  // Starts at a school only in ten days: free today.
  const dora = await staff(a.id, "Dora", "0.750");
  await makeAssignment({ staffMemberId: dora.id, schoolId: x.id, fte: "0.750", validFrom: inDays(10) });
  const emil = await staff(a.id, "Emil", "0.500");
  await makeAssignment({ staffMemberId: emil.id, schoolId: closed.id, fte: "0.500" });
  // Ends in four months: beyond the start page's three.
  const fritz = await staff(a.id, "Fritz", "1.000", inDays(125));
  await makeAssignment({ staffMemberId: fritz.id, schoolId: y.id, fte: "1.000", validUntil: inDays(125) });

  // Provider B: the same kinds of things, none of which provider A may see.
  const zora = await staff(b.id, "Zora", "0.500", inDays(50));
  await makeAssignment({ staffMemberId: zora.id, schoolId: x.id, fte: "0.250", validUntil: inDays(20) });
  await makeAssignment({ staffMemberId: zora.id, schoolId: y.id, fte: "0.250", validUntil: inDays(50) });
  const yusuf = await staff(b.id, "Yusuf", "1.000");
  await makeAssignment({ staffMemberId: yusuf.id, schoolId: y.id, fte: "0.500" });

  w = { providerA: a.id, providerB: b.id, schoolX: x.id };
});
afterAll(() => prisma.$disconnect());

const admin = () => testViewer("ADMIN");
const providerA = () => testViewer("PROVIDER", { providerId: w.providerA });
const providerB = () => testViewer("PROVIDER", { providerId: w.providerB });
const list = (viewer: ReturnType<typeof admin>, params: Record<string, string> = {}) =>
  listStaff(viewer, readStaffListQuery({ pageSize: "100", ...params }));

describe("staff list: current schools and free capacity", () => {
  it("shows contract FTE minus the FTE active today, and today's schools", async () => {
    const rows = new Map((await list(admin())).rows.map((row) => [row.lastName, row]));
    expect(rows.get("Anna")).toMatchObject({ freeFteMilli: 250, currentSchools: ["Goethe-Schule", "Schillerschule"] });
    expect(rows.get("Bernd")).toMatchObject({ freeFteMilli: 0, currentSchools: ["Goethe-Schule", "Schillerschule"] });
    // Not employed today: no free capacity, no school.
    expect(rows.get("Carla")).toMatchObject({ freeFteMilli: null, currentSchools: [] });
    // An assignment that starts later and one at a closed school do not count today.
    expect(rows.get("Dora")).toMatchObject({ freeFteMilli: 750, currentSchools: [] });
    expect(rows.get("Emil")).toMatchObject({ freeFteMilli: 500, currentSchools: [] });
    expect(rows.get("Yusuf")).toMatchObject({ freeFteMilli: 500, currentSchools: ["Goethe-Schule"] });
  });

  it("filters to staff employed today with free capacity", async () => {
    const names = (await list(admin(), { capacity: "free" })).rows.map((row) => row.lastName);
    expect(names).toEqual(["Anna", "Dora", "Emil", "Yusuf"]);
    const own = await list(providerA(), { capacity: "free" });
    expect(own.rows.map((row) => row.lastName)).toEqual(["Anna", "Dora", "Emil"]);
    expect(own.total).toBe(3);
    // Combined with the other filters; an unknown value means no filter.
    expect((await list(admin(), { capacity: "free", q: "Yusuf" })).total).toBe(1);
    expect((await list(admin(), { capacity: "lots" })).total).toBe(8);
  });

  it("keeps employment figures from a school head", async () => {
    const rows = (await list(testViewer("SCHOOL", { schoolId: w.schoolX }), { capacity: "free" })).rows;
    // The filter does not apply to the school view, and its rows carry no capacity.
    expect(rows.map((row) => row.lastName).sort()).toEqual(["Anna", "Bernd", "Dora", "Zora"]);
    expect(rows.every((row) => row.freeFteMilli === null && row.currentSchools === null)).toBe(true);
  });
});

describe("the provider's start page", () => {
  it("lists what ends within three months, free capacity and warnings, all of the provider's own", async () => {
    const start = await getProviderStart(providerA(), today);
    expect(start.endingEmployments.map((row) => row.staffName)).toEqual(["Test Bernd"]);
    // By last day; Fritz's (in four months) is beyond the horizon.
    expect(start.endingAssignments.map((row) => `${row.staffName} ${row.schoolName}`)).toEqual([
      "Test Anna Goethe-Schule",
      expect.stringMatching(/^Test Bernd/),
      expect.stringMatching(/^Test Bernd/),
    ]);
    expect(start.freeCapacity.total).toBe(3);
    expect(start.freeCapacity.rows.map((row) => [row.lastName, row.freeFteMilli])).toEqual([
      ["Anna", 250],
      ["Dora", 750],
      ["Emil", 500],
    ]);
    expect(start.warnings.map((warning) => [warning.kind, warning.record.name])).toEqual([
      ["partTimeTooManySchools", "Test Bernd"],
    ]);
  });

  it("shows another provider nothing of provider A, not even in a count", async () => {
    const start = await getProviderStart(providerB(), today);
    expect(start.endingEmployments.map((row) => row.staffName)).toEqual(["Test Zora"]);
    expect(start.endingAssignments.map((row) => row.staffName)).toEqual(["Test Zora", "Test Zora"]);
    expect(start.freeCapacity).toMatchObject({ total: 1 });
    expect(start.freeCapacity.rows.map((row) => row.lastName)).toEqual(["Yusuf"]);
    expect(start.warnings.map((warning) => warning.record.name)).toEqual(["Test Zora"]);
    const text = JSON.stringify(start);
    for (const name of ["Anna", "Bernd", "Dora", "Emil", "Fritz"]) expect(text).not.toContain(name);
  });

  it("is refused like a missing page for everyone but a bound provider", async () => {
    for (const viewer of [
      admin(),
      testViewer("SUPERVISOR"),
      testViewer("SCHOOL", { schoolId: w.schoolX }),
      testViewer("PROVIDER"),
    ]) {
      await expect(getProviderStart(viewer, today)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
