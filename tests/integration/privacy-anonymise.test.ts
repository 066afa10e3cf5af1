import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeCoverage } from "../../lib/coverage/index.ts";
import { NotFoundError } from "../../lib/dal/errors.ts";
import { anonymiseStaff, exportStaffMember, previewAnonymisation } from "../../lib/dal/privacy.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { HERNE_KEY_FIGURES, seedHerne } from "../../prisma/seed/index.ts";
import { staff as SEED_STAFF } from "../../prisma/seed/staff.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeStaff } from "../support/fixtures.ts";

// Anonymisation after the retention period, on the Herne seed: every figure at every key date
// is the same before and after; the personal data of staff past retention is gone from
// staff_member; staff still employed or ended too recently are untouched; it is idempotent,
// guarded by the confirmed preview, and refused to everyone but ADMIN.

const CLOCK = { today: "2026-03-01", years: 3 } as const;
const CUTOFF = "2023-01-01";

let admin: SignedInViewer;
let others: Record<"SUPERVISOR" | "PROVIDER" | "SCHOOL", SignedInViewer>;
/** Staff rows before anything ran, keyed by id. */
let original: Map<
  string,
  { id: string; firstName: string; lastName: string; personnelNumber: string; email: string | null }
>;
let fixtures: Record<"endedJustInTime" | "endedTooRecently" | "stillEmployed" | "endsInFuture", { id: string }>;
let dates: string[];
let figuresBefore: Map<string, unknown>;

/** Every first of a month from the seed's first employment to the clock, the key dates, and every day a range starts or ends (and the day after). */
async function keyDates(): Promise<string[]> {
  const months: string[] = [];
  for (let year = 2003; year <= 2026; year++) {
    for (let month = 1; month <= 12; month++) months.push(`${year}-${String(month).padStart(2, "0")}-01`);
  }
  const edges = await prisma.$queryRaw<{ d: string }[]>`
    SELECT DISTINCT to_char(d, 'YYYY-MM-DD') AS d FROM (
      SELECT valid_from AS d FROM assignment UNION SELECT valid_until FROM assignment
      UNION SELECT valid_until + 1 FROM assignment
      UNION SELECT employed_from FROM staff_member UNION SELECT employed_until FROM staff_member
      UNION SELECT employed_until + 1 FROM staff_member
      UNION SELECT opened_on FROM school UNION SELECT closed_on FROM school) edges
     WHERE d IS NOT NULL`;
  const keys = ["2016-03-07", "2017-11-15", "2019-03-01"];
  return [...new Set([...months, ...keys, ...edges.map((row) => row.d)])].sort();
}

async function figuresAt(all: string[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for (const date of all) out.set(date, await computeCoverage(prisma, date));
  return out;
}

/** Each row with its xmin: any write to it, even one that changes nothing, shows. */
async function rowVersions(table: "staff_member" | "assignment"): Promise<Map<string, string>> {
  const rows = await prisma.$queryRawUnsafe<{ id: string; v: string }[]>(
    `SELECT t.id::text AS id, t.xmin::text || ':' || row_to_json(t)::text AS v FROM "${table}" t`,
  );
  return new Map(rows.map((row) => [row.id, row.v]));
}

/** What the figures rest on: every assignment without its note and bookkeeping columns. */
async function assignmentFacts() {
  return prisma.assignment.findMany({
    select: {
      id: true,
      staffMemberId: true,
      schoolId: true,
      fte: true,
      validFrom: true,
      validUntil: true,
      fundingSourceId: true,
    },
    orderBy: { id: "asc" },
  });
}

const seedDue = SEED_STAFF.filter((s) => s.employedUntil !== null && s.employedUntil < CUTOFF);

beforeAll(async () => {
  await resetDatabase();
  await seedHerne(prisma);
  const gbh = await prisma.provider.findUniqueOrThrow({ where: { shortName: "GBH" } });
  const school = await prisma.school.findFirstOrThrow({ where: { closedOn: null }, orderBy: { schoolNumber: "asc" } });
  // Bound to seeded records: an extra school would change the seed's figures.
  admin = viewerOf(await makeUser({ role: "ADMIN" }));
  others = {
    SUPERVISOR: viewerOf(await makeUser({ role: "SUPERVISOR" })),
    PROVIDER: viewerOf(await makeUser({ role: "PROVIDER", providerId: gbh.id })),
    SCHOOL: viewerOf(await makeUser({ role: "SCHOOL", schoolId: school.id })),
  };
  const person = async (lastName: string, until: string | null) => {
    const row = await makeStaff({
      providerId: gbh.id,
      firstName: "Fixture",
      lastName,
      email: `${lastName.toLowerCase()}@gbh.example`,
      phone: "02323 999",
      qualification: "Soziale Arbeit (M.A.)",
      employmentFte: "0.500",
      employedFrom: day("2021-01-01"),
      employedUntil: until ? day(until) : null,
    });
    // After the seed's key dates, so docs/domain.md's figures stay as they are.
    await makeAssignment({
      staffMemberId: row.id,
      schoolId: school.id,
      fte: "0.500",
      validFrom: day("2021-01-01"),
      validUntil: until ? day(until) : null,
      note: `Notiz über ${lastName}`,
    });
    return row;
  };
  fixtures = {
    endedJustInTime: await person("Rechtzeitig", "2022-12-31"),
    endedTooRecently: await person("Zufrueh", "2023-01-01"),
    stillEmployed: await person("Noch", null),
    endsInFuture: await person("Bald", "2027-06-30"),
  };
  const rows = await prisma.staffMember.findMany();
  original = new Map(rows.map((row) => [row.id, row]));
  dates = await keyDates();
  figuresBefore = await figuresAt(dates);
});
afterAll(() => prisma.$disconnect());

describe("anonymisation: the preview and its guard", () => {
  it("counts the staff whose employment ended before 1 January three years back", async () => {
    const preview = await previewAnonymisation(admin, CLOCK);
    expect(preview).toEqual({ ...CLOCK, cutoff: CUTOFF, count: seedDue.length + 1 });
    expect(seedDue.length).toBeGreaterThan(5);
  });

  it("does nothing when the confirmed count or cut-off is not the current one", async () => {
    const before = await rowVersions("staff_member");
    const count = seedDue.length + 1;
    const wrongCount = await anonymiseStaff(admin, { cutoff: CUTOFF, expected: count - 1 }, {}, CLOCK);
    const wrongCutoff = await anonymiseStaff(admin, { cutoff: "2022-01-01", expected: count }, {}, CLOCK);
    for (const result of [wrongCount, wrongCutoff]) {
      expect(result).toEqual({ ok: false, reason: "stale", preview: { ...CLOCK, cutoff: CUTOFF, count } });
    }
    expect(await rowVersions("staff_member")).toEqual(before);
  });

  it("is refused to every other role, with nothing changed", async () => {
    const before = await rowVersions("staff_member");
    for (const viewer of Object.values(others)) {
      await expect(previewAnonymisation(viewer, CLOCK)).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        anonymiseStaff(viewer, { cutoff: CUTOFF, expected: seedDue.length + 1 }, {}, CLOCK),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await rowVersions("staff_member")).toEqual(before);
  });
});

describe("anonymisation: the run", () => {
  let staffBefore: Map<string, string>;
  let factsBefore: Awaited<ReturnType<typeof assignmentFacts>>;
  let dueIds: string[];

  beforeAll(async () => {
    staffBefore = await rowVersions("staff_member");
    factsBefore = await assignmentFacts();
    dueIds = [...original.values()]
      .filter((row) => seedDue.some((s) => s.personnelNumber === row.personnelNumber))
      .map((row) => row.id)
      .concat(fixtures.endedJustInTime.id);
    const result = await anonymiseStaff(
      admin,
      { cutoff: CUTOFF, expected: dueIds.length },
      { requestId: "req-anon" },
      CLOCK,
    );
    expect(result).toEqual({ ok: true, count: dueIds.length, cutoff: CUTOFF });
  });

  it("leaves every figure at every key date exactly as it was", async () => {
    expect(dates.length).toBeGreaterThan(300);
    // Not vacuous: people anonymised here count in the figures of 2016, 2017 and 2019.
    for (const date of ["2016-03-07", "2017-11-15", "2019-03-01"]) {
      const counted = seedDue.filter((s) => s.employedFrom <= date && (s.employedUntil ?? "9999") >= date);
      expect(counted.length, date).toBeGreaterThan(0);
    }
    const after = await figuresAt(dates);
    const changed = dates.filter((date) => JSON.stringify(after.get(date)) !== JSON.stringify(figuresBefore.get(date)));
    expect(changed).toEqual([]);
    for (const { date, ...figures } of HERNE_KEY_FIGURES) {
      expect((await computeCoverage(prisma, date)).total).toEqual(figures);
    }
  });

  it("keeps every assignment's dates, FTE, school and funding, and clears the notes of the anonymised", async () => {
    expect(await assignmentFacts()).toEqual(factsBefore);
    const notes = await prisma.assignment.findMany({
      where: { staffMemberId: { in: dueIds } },
      select: { note: true },
    });
    expect(notes.length).toBeGreaterThan(dueIds.length - 1);
    expect(notes.filter((row) => row.note !== null)).toEqual([]);
  });

  it("removes their names and contact data from staff_member", async () => {
    const table = (await prisma.$queryRaw<{ t: string }[]>`SELECT json_agg(s)::text AS t FROM staff_member s`)[0]?.t;
    for (const id of dueIds) {
      const old = original.get(id);
      const row = await prisma.staffMember.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({
        firstName: "Anonymisiert",
        lastName: `Fachkraft ${id.slice(0, 8)}`,
        personnelNumber: `ANON-${id}`,
        email: null,
        phone: null,
        qualification: null,
        version: 2,
      });
      expect(row.anonymisedAt).toBeInstanceOf(Date);
      const json = JSON.stringify(row);
      for (const value of [old?.firstName, old?.lastName, old?.personnelNumber]) expect(json).not.toContain(value);
      // Nowhere in the table: not as this name pair, not this personnel number or e-mail.
      const pair = await prisma.staffMember.count({ where: { firstName: old?.firstName, lastName: old?.lastName } });
      expect(pair).toBe(0);
      expect(table).not.toContain(`"${old?.personnelNumber}"`);
      if (old?.email) expect(table).not.toContain(old.email);
    }
  });

  it("leaves staff still employed or ended too recently untouched", async () => {
    const after = await rowVersions("staff_member");
    const untouched = [...staffBefore.keys()].filter((id) => !dueIds.includes(id));
    expect(untouched.length).toBeGreaterThan(40);
    for (const id of untouched) expect(after.get(id), id).toBe(staffBefore.get(id));
    for (const key of ["endedTooRecently", "stillEmployed", "endsInFuture"] as const) {
      const row = await prisma.staffMember.findUniqueOrThrow({ where: { id: fixtures[key].id } });
      expect(row.firstName).toBe("Fixture");
      expect(row.anonymisedAt).toBeNull();
      const notes = await prisma.assignment.findMany({ where: { staffMemberId: row.id } });
      expect(notes.map((a) => a.note)).toEqual([`Notiz über ${row.lastName}`]);
    }
  });

  it("is audited as one event with the count and no names", async () => {
    const events = await prisma.auditEvent.findMany({ where: { action: "privacy.anonymise", requestId: "req-anon" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.userId, entity: "StaffMember", entityId: null, before: null });
    expect(events[0]?.after).toEqual({ count: dueIds.length, cutoff: CUTOFF, retentionYears: 3 });
  });

  it("leaves an Art. 15 export of an anonymised staff member without the person", async () => {
    const id = fixtures.endedJustInTime.id;
    const data = await exportStaffMember(admin, id);
    const text = JSON.stringify(data);
    for (const value of ["Rechtzeitig", "rechtzeitig@gbh.example", "02323 999", "Soziale Arbeit (M.A.)", "Notiz"]) {
      expect(text).not.toContain(value);
    }
    expect(data.staffMember.anonymisedAt).not.toBeNull();
    expect(data.assignments).toHaveLength(1);
    expect(data.assignments[0]).toMatchObject({ fte: 0.5, validFrom: "2021-01-01", validUntil: "2022-12-31" });
  });

  it("is idempotent: a second run finds nobody and writes nothing, not even an audit event", async () => {
    const staffRows = await rowVersions("staff_member");
    const assignmentRows = await rowVersions("assignment");
    const audits = await prisma.auditEvent.count({ where: { action: "privacy.anonymise" } });
    expect((await previewAnonymisation(admin, CLOCK)).count).toBe(0);
    expect(await anonymiseStaff(admin, { cutoff: CUTOFF, expected: 0 }, {}, CLOCK)).toEqual({
      ok: true,
      count: 0,
      cutoff: CUTOFF,
    });
    expect(await rowVersions("staff_member")).toEqual(staffRows);
    expect(await rowVersions("assignment")).toEqual(assignmentRows);
    expect(await prisma.auditEvent.count({ where: { action: "privacy.anonymise" } })).toBe(audits);
  });

  it("a year later takes the next ones; of two admins confirming at once, exactly one runs", async () => {
    const nextYear = { today: "2027-01-01", years: 3 };
    const preview = await previewAnonymisation(admin, nextYear);
    expect(preview).toMatchObject({ cutoff: "2024-01-01", count: 1 });
    const confirmed = { cutoff: preview.cutoff, expected: preview.count };
    const results = await Promise.all([
      anonymiseStaff(admin, confirmed, {}, nextYear),
      anonymiseStaff(admin, confirmed, {}, nextYear),
    ]);
    expect(results.filter((result) => result.ok)).toEqual([{ ok: true, count: 1, cutoff: "2024-01-01" }]);
    expect(results.filter((result) => !result.ok)).toMatchObject([{ ok: false, reason: "stale" }]);
    const row = await prisma.staffMember.findUniqueOrThrow({ where: { id: fixtures.endedTooRecently.id } });
    expect(row.firstName).toBe("Anonymisiert");
    expect(row.version).toBe(2);
  });
});
