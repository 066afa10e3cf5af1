import fc from "fast-check";
import { addDays } from "../../lib/coverage/dates.ts";
import type { RefAssignment, RefDataset, RefSchool, RefStaff } from "../../lib/coverage/reference.ts";
import type { CoverageReport, IsoDate, SchoolType, TrendPoint } from "../../lib/coverage/types.ts";
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { schoolYearOf } from "../../lib/school-year.ts";

// Random datasets for the property test of lib/coverage: small, dense in boundary cases, and
// valid under the database's hard rules. Every date is a few days from a base date, so that
// starts, ends, openings, closings and key dates keep landing on one another.

const SPREAD = 6;
/** Key dates range a little wider than the data, to see "everything ended" / "nothing began". */
const KEY_DATE_SPREAD = SPREAD + 2;
/** "Long ago": before everything near the base date. The latest possible end is 3 × SPREAD. */
const LONG_AGO = -10 * SPREAD;

/** Base dates across a leap day, a year end, a month end and a school year's end (31 July). */
const BASE_DATES: IsoDate[] = ["2020-02-27", "2019-12-29", "2017-11-03", "2016-03-01", "2018-07-29"];

// Names chosen to make collation matter: umlauts, lower case, shared prefixes.
const PROVIDER_NAMES = ["Stadt Herne", "Land NRW", "GBH", "GFS", "Ökumenischer Verein", "awo Herne", "Zukunft e.V."];
const DISTRICT_NAMES = ["Herne-Mitte", "Wanne", "Eickel", "Sodingen", "Überruhr", "eickel-Süd"];
// Mostly three types so that groups fill up; now and then any other.
const COMMON_TYPES: SchoolType[] = ["GRUNDSCHULE", "GYMNASIUM", "REALSCHULE"];
const ALL_TYPES: SchoolType[] = [
  ...COMMON_TYPES,
  "HAUPTSCHULE",
  "SEKUNDARSCHULE",
  "GESAMTSCHULE",
  "FOERDERSCHULE",
  "BERUFSKOLLEG",
];
/** Thousandths: thirds that add up to exactly 1, the smallest share, halves, full. */
const FTE_SHARES = [333, 334, 333, 333, 334, 500, 250, 1000, 1, 667, 125];
const EMPLOYMENT_FTES = [1000, 1000, 500, 750, 333];

/** A deterministic UUID per entity kind and index, so that test output is readable. */
export function testUuid(kind: number, index: number): string {
  return `0000000${kind}-0000-4000-8000-${String(index).padStart(12, "0")}`;
}

/** An index into a list of up to 10 (taken modulo its length; 2520 = lcm(1..10) keeps it even). */
const pick = fc.integer({ min: 0, max: 2519 });
const offset = fc.integer({ min: -SPREAD, max: SPREAD });
const longAgo = fc.constant(LONG_AGO);
/** An assignment's start: near the base date, or long before it. */
const start = fc.oneof({ weight: 3, arbitrary: offset }, { weight: 1, arbitrary: longAgo });
/** Employment and school opening: mostly long ago, so that enough is active at the key dates. */
const contextStart = fc.oneof({ weight: 1, arbitrary: offset }, { weight: 2, arbitrary: longAgo });
/** The end of a range near the base date; null (every second) = open-ended. See `endOf`. */
const end = fc.option(offset, { nil: null, freq: 2 });

/** An end drawn as a plain offset, mirrored to fall on or after its start (validUntil ≥ validFrom). */
function endOf(from: number, drawn: number | null): number | null {
  return drawn === null ? null : from + Math.abs(drawn - from);
}

const rawSchool = fc.record({
  schoolNumber: fc.integer({ min: 100000, max: 999999 }).map(String),
  type: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...COMMON_TYPES) }, fc.constantFrom(...ALL_TYPES)),
  district: pick,
  /** Counts for school years around the base date's (offset in years): earlier, own, later ones. */
  pupilCounts: fc.uniqueArray(
    fc.record({
      yearOffset: fc.integer({ min: -2, max: 2 }),
      pupilCount: fc.oneof(fc.constantFrom(0, 1, 100, 333, 1000), fc.integer({ min: 0, max: 1500 })),
    }),
    { minLength: 1, maxLength: 3, selector: (count) => count.yearOffset },
  ),
  openedOn: fc.option(contextStart, { nil: null, freq: 3 }),
  /** Closing on day `at`, but at least `after` days after opening (closedOn > openedOn). */
  closing: fc.option(fc.record({ after: fc.integer({ min: 1, max: SPREAD }), at: offset }), { nil: null, freq: 2 }),
});

const rawStaff = fc.record({
  provider: pick,
  employmentFteMilli: fc.constantFrom(...EMPLOYMENT_FTES),
  employedFrom: contextStart,
  employedUntil: end,
});

const rawAssignment = fc.record({
  staff: pick,
  school: pick,
  fteMilli: fc.constantFrom(...FTE_SHARES),
  validFrom: start,
  validUntil: end,
});

function overlaps(a: RefAssignment, b: RefAssignment): boolean {
  const aEndsBeforeB = a.validUntil !== null && a.validUntil < b.validFrom;
  const bEndsBeforeA = b.validUntil !== null && b.validUntil < a.validFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/** The highest daily FTE total of a staff member's assignments (every day the data can touch). */
function peakFte(assignments: RefAssignment[], base: IsoDate): number {
  let peak = 0;
  for (let day = LONG_AGO; day <= 3 * SPREAD + 1; day++) {
    const date = addDays(base, day);
    const total = assignments
      .filter((a) => a.validFrom <= date && (a.validUntil === null || date <= a.validUntil))
      .reduce((sum, a) => sum + a.fteMilli, 0);
    peak = Math.max(peak, total);
  }
  return peak;
}

/** A key date: mostly a day of the dataset where something starts or ends, or the day either side. */
type KeyDateChoice = { onBoundary: boolean; boundary: number; delta: number; anyDay: number };
const keyDateChoice: fc.Arbitrary<KeyDateChoice> = fc.record({
  onBoundary: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
  boundary: pick,
  delta: fc.integer({ min: -1, max: 1 }),
  anyDay: fc.integer({ min: -KEY_DATE_SPREAD, max: KEY_DATE_SPREAD }),
});

/** The dates near the base date on which something starts, ends, opens or closes. */
function boundaries(schools: RefSchool[], staff: RefStaff[], assignments: RefAssignment[]): IsoDate[] {
  const dates = [
    ...schools.flatMap((s) => [s.openedOn, s.closedOn]),
    ...staff.flatMap((m) => [m.employedFrom, m.employedUntil]),
    ...assignments.flatMap((a) => [a.validFrom, a.validUntil]),
  ];
  return [...new Set(dates.filter((date): date is IsoDate => date !== null))];
}

function keyDate(choice: KeyDateChoice, dates: IsoDate[], at: (days: number) => IsoDate): IsoDate {
  const boundary = dates[choice.boundary % Math.max(dates.length, 1)];
  return choice.onBoundary && boundary ? addDays(boundary, choice.delta) : at(choice.anyDay);
}

export type CoverageScenario = {
  base: IsoDate;
  data: RefDataset;
  /** Key dates for computeCoverage. */
  keyDates: IsoDate[];
  /** Key dates for one computeTrend call (may repeat and be unordered). */
  trendDates: IsoDate[];
  /** Picks for the scoped reports (taken modulo the number of providers / schools). */
  providerPick: number;
  schoolPick: number;
};

export const coverageScenario: fc.Arbitrary<CoverageScenario> = fc
  .record({
    base: fc.constantFrom(...BASE_DATES),
    providerNames: fc.shuffledSubarray(PROVIDER_NAMES, { minLength: 1, maxLength: 4 }),
    districtNames: fc.shuffledSubarray(DISTRICT_NAMES, { minLength: 1, maxLength: 3 }),
    schools: fc.uniqueArray(rawSchool, {
      minLength: 1,
      maxLength: 6,
      size: "max",
      selector: (school) => school.schoolNumber,
    }),
    staff: fc.array(rawStaff, { minLength: 1, maxLength: 10, size: "max" }),
    assignments: fc.array(rawAssignment, { maxLength: 30, size: "max" }),
    keyDates: fc.array(keyDateChoice, { minLength: 3, maxLength: 3 }),
    trendDates: fc.array(keyDateChoice, { minLength: 1, maxLength: 6 }),
    providerPick: pick,
    schoolPick: pick,
  })
  .map((raw) => {
    const at = (days: number) => addDays(raw.base, days);
    const nullableAt = (days: number | null) => (days === null ? null : at(days));
    const providers = raw.providerNames.map((name, i) => ({ id: testUuid(1, i), name }));
    const districts = raw.districtNames.map((name, i) => ({ id: testUuid(2, i), name }));

    const schools: RefSchool[] = raw.schools.map((school, i) => ({
      id: testUuid(3, i),
      schoolNumber: school.schoolNumber,
      name: `Schule ${school.schoolNumber}`,
      type: school.type,
      districtId: districts[school.district % districts.length]?.id ?? "",
      pupilCounts: school.pupilCounts.map((count) => ({
        schoolYear: schoolYearOf(raw.base) + count.yearOffset,
        pupilCount: count.pupilCount,
      })),
      openedOn: school.openedOn === null ? null : at(school.openedOn),
      closedOn:
        school.closing === null
          ? null
          : at(Math.max(school.closing.at, (school.openedOn ?? -Infinity) + school.closing.after)),
    }));

    const staff: RefStaff[] = raw.staff.map((member, i) => ({
      id: testUuid(4, i),
      providerId: providers[member.provider % providers.length]?.id ?? "",
      employmentFteMilli: member.employmentFteMilli,
      employedFrom: at(member.employedFrom),
      employedUntil: nullableAt(endOf(member.employedFrom, member.employedUntil)),
    }));

    // Keep an assignment only if the database would accept it after the ones kept so far.
    const assignments: RefAssignment[] = [];
    for (const candidate of raw.assignments) {
      const member = staff[candidate.staff % staff.length];
      const school = schools[candidate.school % schools.length];
      if (!member || !school) continue;
      const assignment: RefAssignment = {
        staffMemberId: member.id,
        schoolId: school.id,
        fteMilli: candidate.fteMilli,
        validFrom: at(candidate.validFrom),
        validUntil: nullableAt(endOf(candidate.validFrom, candidate.validUntil)),
      };
      const own = assignments.filter((a) => a.staffMemberId === member.id);
      if (own.some((a) => a.schoolId === school.id && overlaps(a, assignment))) continue;
      if (peakFte([...own, assignment], raw.base) > member.employmentFteMilli) continue;
      assignments.push(assignment);
    }

    const dates = boundaries(schools, staff, assignments);
    return {
      base: raw.base,
      data: { providers, districts, schools, staff, assignments },
      keyDates: raw.keyDates.map((choice) => keyDate(choice, dates, at)),
      trendDates: raw.trendDates.map((choice) => keyDate(choice, dates, at)),
      providerPick: raw.providerPick,
      schoolPick: raw.schoolPick,
    };
  });

/** 333 → "0.333", for a numeric parameter (no float on the way). */
const milliToDecimal = (milli: number) => `${Math.floor(milli / 1000)}.${String(milli % 1000).padStart(3, "0")}`;

/**
 * Replaces the coverage tables' contents with `data` in two statements (one DELETE and one
 * INSERT … unnest() per table, chained by data-modifying CTEs) in one transaction: a dataset
 * costs a few round trips however large it is. Foreign keys and the FTE-cap trigger run at
 * the end of each statement, so they see the sibling CTEs' rows. Assumes that no other table
 * (users, audit) refers to these rows: call resetDatabase() before the first load.
 */
export async function loadDataset(db: PrismaClient, data: RefDataset): Promise<void> {
  const { providers, districts, schools, staff, assignments } = data;
  const counts = schools.flatMap((s) => s.pupilCounts.map((count) => ({ schoolId: s.id, ...count })));
  await db.$transaction(async (tx) => {
    // A test database need not survive a crash: do not wait for the WAL flush at commit.
    await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
    // DELETE, not TRUNCATE: on a few rows it is many times faster (no new relation files).
    await tx.$executeRaw`
      WITH a AS (DELETE FROM assignment), m AS (DELETE FROM staff_member), s AS (DELETE FROM school),
           d AS (DELETE FROM district)
      DELETE FROM provider`;
    await tx.$executeRaw`
      WITH p AS (
        INSERT INTO provider (id, name, short_name, kind, updated_at)
        SELECT id, name, 'T' || ord, 'NON_PROFIT', now()
          FROM unnest(${providers.map((p) => p.id)}::uuid[], ${providers.map((p) => p.name)}::text[])
               WITH ORDINALITY AS t(id, name, ord)
      ), d AS (
        INSERT INTO district (id, name)
        SELECT * FROM unnest(${districts.map((d) => d.id)}::uuid[], ${districts.map((d) => d.name)}::text[])
      ), s AS (
        INSERT INTO school (id, school_number, name, type, district_id, opened_on, closed_on, updated_at)
        SELECT id, school_number, name, type, district_id, opened_on, closed_on, now()
          FROM unnest(${schools.map((s) => s.id)}::uuid[], ${schools.map((s) => s.schoolNumber)}::text[],
                      ${schools.map((s) => s.name)}::text[], ${schools.map((s) => s.type)}::"SchoolType"[],
                      ${schools.map((s) => s.districtId)}::uuid[],
                      ${schools.map((s) => s.openedOn)}::date[], ${schools.map((s) => s.closedOn)}::date[])
               AS t(id, school_number, name, type, district_id, opened_on, closed_on)
      ), c AS (
        INSERT INTO school_pupil_count (school_id, school_year, pupil_count)
        SELECT * FROM unnest(${counts.map((c) => c.schoolId)}::uuid[], ${counts.map((c) => c.schoolYear)}::int[],
                             ${counts.map((c) => c.pupilCount)}::int[])
      ), m AS (
        INSERT INTO staff_member (id, provider_id, personnel_number, first_name, last_name, employment_fte,
                                  employed_from, employed_until, updated_at)
        SELECT id, provider_id, 'P' || ord, 'Test', 'Fachkraft ' || ord, employment_fte, employed_from,
               employed_until, now()
          FROM unnest(${staff.map((m) => m.id)}::uuid[], ${staff.map((m) => m.providerId)}::uuid[],
                      ${staff.map((m) => milliToDecimal(m.employmentFteMilli))}::numeric[],
                      ${staff.map((m) => m.employedFrom)}::date[], ${staff.map((m) => m.employedUntil)}::date[])
               WITH ORDINALITY AS t(id, provider_id, employment_fte, employed_from, employed_until, ord)
      )
      INSERT INTO assignment (staff_member_id, school_id, fte, valid_from, valid_until, updated_at)
      SELECT staff_member_id, school_id, fte, valid_from, valid_until, now()
        FROM unnest(${assignments.map((a) => a.staffMemberId)}::uuid[], ${assignments.map((a) => a.schoolId)}::uuid[],
                    ${assignments.map((a) => milliToDecimal(a.fteMilli))}::numeric[],
                    ${assignments.map((a) => a.validFrom)}::date[], ${assignments.map((a) => a.validUntil)}::date[])
             AS t(staff_member_id, school_id, fte, valid_from, valid_until)`;
  });
}

// ---------------------------------------------------------------------------------------
// A hand-made town for the example-based tests (reference and SQL alike). Key date
// 2017-11-15; every assignment says why it counts or not.
// ---------------------------------------------------------------------------------------

export const EXAMPLE_DATE: IsoDate = "2017-11-15";

const P = { stadt: testUuid(1, 1), gfs: testUuid(1, 2), oekumene: testUuid(1, 3), land: testUuid(1, 4) };
const D = { mitte: testUuid(2, 1), wanne: testUuid(2, 2), eickel: testUuid(2, 3) };
export const EXAMPLE_SCHOOLS = {
  s1: testUuid(3, 1),
  s2: testUuid(3, 2),
  s3: testUuid(3, 3),
  s4: testUuid(3, 4),
  s5: testUuid(3, 5),
  s6: testUuid(3, 6),
};
const S = EXAMPLE_SCHOOLS;
export const EXAMPLE_PROVIDERS = P;
export const EXAMPLE_DISTRICTS = D;
const M = {
  m1: testUuid(4, 1),
  m2: testUuid(4, 2),
  m3: testUuid(4, 3),
  m4: testUuid(4, 4),
  m5: testUuid(4, 5),
  m6: testUuid(4, 6),
  m7: testUuid(4, 7),
};

const school = (
  id: string,
  schoolNumber: string,
  type: SchoolType,
  districtId: string,
  pupilCount: number,
  openedOn: IsoDate | null = null,
  closedOn: IsoDate | null = null,
): RefSchool => ({
  id,
  schoolNumber,
  name: `Schule ${schoolNumber}`,
  type,
  districtId,
  // Counted in the key date's school year (2017/18).
  pupilCounts: [{ schoolYear: 2017, pupilCount }],
  openedOn,
  closedOn,
});

const member = (
  id: string,
  providerId: string,
  employmentFteMilli: number,
  employedFrom: IsoDate = "2015-01-01",
  employedUntil: IsoDate | null = null,
): RefStaff => ({ id, providerId, employmentFteMilli, employedFrom, employedUntil });

const assignment = (
  staffMemberId: string,
  schoolId: string,
  fteMilli: number,
  validFrom: IsoDate,
  validUntil: IsoDate | null = null,
): RefAssignment => ({ staffMemberId, schoolId, fteMilli, validFrom, validUntil });

export const exampleTown: RefDataset = {
  // Listed out of order: every output order is the implementation's own.
  providers: [
    { id: P.stadt, name: "Stadt Herne" },
    { id: P.oekumene, name: "Ökumenische Hilfe" }, // German collation: between GFS and Stadt
    { id: P.gfs, name: "GFS" },
    { id: P.land, name: "Land NRW" }, // nobody active at D
  ],
  districts: [
    { id: D.wanne, name: "Wanne" },
    { id: D.mitte, name: "Herne-Mitte" },
    { id: D.eickel, name: "Eickel" }, // only a school that closes on D
  ],
  schools: [
    school(S.s3, "100003", "REALSCHULE", D.wanne, 500, "2017-11-15"), // opens on D: open
    // Counts of the years before and after D's must not apply.
    {
      ...school(S.s1, "100001", "GRUNDSCHULE", D.mitte, 300),
      pupilCounts: [
        { schoolYear: 2016, pupilCount: 280 },
        { schoolYear: 2017, pupilCount: 300 },
        { schoolYear: 2018, pupilCount: 999 },
      ],
    },
    school(S.s2, "100002", "GYMNASIUM", D.mitte, 900),
    school(S.s4, "100004", "HAUPTSCHULE", D.eickel, 200, "2000-08-01", "2017-11-15"), // closes on D: closed
    school(S.s5, "100005", "GRUNDSCHULE", D.wanne, 250, "2017-11-16"), // opens the day after
    school(S.s6, "100006", "GRUNDSCHULE", D.wanne, 150, null, "2017-11-16"), // open, nobody there
  ],
  staff: [
    member(M.m1, P.stadt, 1000),
    member(M.m2, P.stadt, 1000),
    member(M.m3, P.gfs, 500, "2015-01-01", "2017-11-14"), // employment ended the day before
    member(M.m4, P.gfs, 750),
    member(M.m5, P.gfs, 1000),
    member(M.m6, P.land, 1000, "2017-11-16"), // employed from the day after
    member(M.m7, P.oekumene, 500),
  ],
  assignments: [
    assignment(M.m1, S.s1, 500, "2016-01-01"), // active, open-ended
    assignment(M.m1, S.s2, 500, "2017-11-15", "2018-07-31"), // active: starts on D
    assignment(M.m2, S.s1, 333, "2017-08-01", "2017-11-15"), // active: ends on D
    assignment(M.m2, S.s2, 334, "2017-01-01"), // active
    assignment(M.m2, S.s3, 333, "2017-11-15"), // active (0.333 + 0.334 + 0.333 = 1)
    assignment(M.m3, S.s2, 500, "2017-01-01"), // not: employment ended the day before
    assignment(M.m4, S.s3, 750, "2017-11-16"), // not: starts the day after
    assignment(M.m5, S.s4, 500, "2017-01-01"), // not: school closes on D
    assignment(M.m5, S.s1, 250, "2017-01-01", "2017-11-14"), // not: ended the day before
    assignment(M.m5, S.s3, 250, "2017-11-01", "2017-11-30"), // active (before D the school was not open)
    assignment(M.m6, S.s1, 1000, "2017-11-01"), // not: employed from the day after
    assignment(M.m7, S.s2, 250, "2017-11-15", "2017-11-15"), // active: a one-day assignment on D
  ],
};

/** The report for exampleTown at EXAMPLE_DATE, worked out by hand. */
export const EXAMPLE_REPORT: CoverageReport = {
  date: EXAMPLE_DATE,
  // m1, m2, m5, m7; 0.5 + 0.5 + 0.333 + 0.334 + 0.333 + 0.25 + 0.25; s1, s2, s3 of s1, s2, s3, s6
  total: { staff: 4, fteMilli: 2500, schoolsCovered: 3, schoolsTotal: 4 },
  bySchoolType: [
    { type: "GRUNDSCHULE", staff: 2, fteMilli: 833, schoolsCovered: 1, schoolsTotal: 2 }, // s1 (m1, m2); s6
    { type: "REALSCHULE", staff: 2, fteMilli: 583, schoolsCovered: 1, schoolsTotal: 1 }, // s3 (m2, m5)
    { type: "GYMNASIUM", staff: 3, fteMilli: 1084, schoolsCovered: 1, schoolsTotal: 1 }, // s2 (m1, m2, m7)
  ],
  byDistrict: [
    // s1, s2: m2 counts here and in Wanne, once in each
    { districtId: D.mitte, district: "Herne-Mitte", staff: 3, fteMilli: 1917, schoolsCovered: 2, schoolsTotal: 2 },
    { districtId: D.wanne, district: "Wanne", staff: 2, fteMilli: 583, schoolsCovered: 1, schoolsTotal: 2 }, // s3; s6
  ],
  byProvider: [
    { providerId: P.gfs, provider: "GFS", staff: 1, fteMilli: 250, schoolsCovered: 1 },
    { providerId: P.oekumene, provider: "Ökumenische Hilfe", staff: 1, fteMilli: 250, schoolsCovered: 1 },
    { providerId: P.stadt, provider: "Stadt Herne", staff: 2, fteMilli: 2000, schoolsCovered: 3 },
  ],
  schools: [
    {
      schoolId: S.s1,
      schoolNumber: "100001",
      name: "Schule 100001",
      type: "GRUNDSCHULE",
      districtId: D.mitte,
      pupilCount: 300,
      staff: 2,
      fteMilli: 833,
      pupilsPerFte: 300_000 / 833,
    },
    {
      schoolId: S.s2,
      schoolNumber: "100002",
      name: "Schule 100002",
      type: "GYMNASIUM",
      districtId: D.mitte,
      pupilCount: 900,
      staff: 3,
      fteMilli: 1084,
      pupilsPerFte: 900_000 / 1084,
    },
    {
      schoolId: S.s3,
      schoolNumber: "100003",
      name: "Schule 100003",
      type: "REALSCHULE",
      districtId: D.wanne,
      pupilCount: 500,
      staff: 2,
      fteMilli: 583,
      pupilsPerFte: 500_000 / 583,
    },
    {
      schoolId: S.s6,
      schoolNumber: "100006",
      name: "Schule 100006",
      type: "GRUNDSCHULE",
      districtId: D.wanne,
      pupilCount: 150,
      staff: 0,
      fteMilli: 0,
      pupilsPerFte: null,
    },
  ],
  uncoveredSchools: [{ schoolId: S.s6, schoolNumber: "100006", name: "Schule 100006" }],
};

/** Totals of exampleTown the day before and after D. */
export const EXAMPLE_TREND: TrendPoint[] = [
  // m1, m2, m3, m5 (s4 still open, m3 still employed, m5 at s1 until today); s3 opens tomorrow
  { date: "2017-11-14", staff: 4, fteMilli: 2417, schoolsCovered: 3, schoolsTotal: 4 },
  { date: "2017-11-15", staff: 4, fteMilli: 2500, schoolsCovered: 3, schoolsTotal: 4 },
  // m1, m2, m4, m5, m6 (now employed); s5 opened, s6 closed
  { date: "2017-11-16", staff: 5, fteMilli: 3667, schoolsCovered: 3, schoolsTotal: 4 },
];
