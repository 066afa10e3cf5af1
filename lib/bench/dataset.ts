import type { SchoolType } from "../coverage/types.ts";
import {
  asciiMailbox,
  FIRST_NAMES,
  LAST_NAMES,
  NON_PROFIT_ORGANISATIONS,
  NRW_DISTRICTS,
  SCHOOL_NAME_PARTS,
  STREETS,
} from "./names.ts";
import { Random } from "./prng.ts";

// The NRW-sized benchmark dataset, generated in memory from a fixed seed (no database here;
// lib/bench/load.ts writes it). Shapes follow how school social work is organised: staff are
// employed by a provider serving one to three districts, most work at one school, full-time
// staff often at two; assignments run per school year (funding periods) or open-ended until
// a change; staff transfer, leave and are hired; schools open and close (Hauptschulen most).
// Every database rule holds by construction: a staff member's concurrent assignments
// ("slots") use disjoint sets of schools and their FTE shares add up to at most the contract,
// and the assignments of one slot follow each other without overlap.

export const BENCH_SIZES = { districts: 50, providers: 80, schools: 6000, staff: 12_000, assignments: 100_000 };

/** First and last day of the ten school years the assignments cover (2017/18 … 2026/27). */
export const WINDOW_START = "2017-08-01";
export const WINDOW_END = "2027-07-31";
/** The key date the benchmark asks for: inside the data, a weekday of the current school year. */
export const BENCH_KEY_DATE = "2026-11-16";

export type Day = number; // days since 1970-01-01 (UTC calendar)

export type BenchDistrict = { id: string; name: string };
export type BenchProvider = {
  id: string;
  name: string;
  shortName: string;
  kind: "MUNICIPAL" | "STATE" | "NON_PROFIT";
  districts: number[];
};
export type BenchFunding = {
  id: string;
  name: string;
  kind: "LANDESPROGRAMM" | "LANDESSTELLE" | "BUT" | "KOMMUNAL" | "MPT" | "OTHER";
  validFrom: Day;
  validUntil: Day | null;
};
export type BenchSchool = {
  id: string;
  schoolNumber: string;
  name: string;
  type: SchoolType;
  district: number;
  address: string;
  pupilCount: number;
  socialIndex: number | null;
  openedOn: Day | null;
  closedOn: Day | null;
};
export type BenchStaff = {
  id: string;
  provider: number;
  personnelNumber: string;
  firstName: string;
  lastName: string;
  email: string;
  employmentFteMilli: number;
  employedFrom: Day;
  employedUntil: Day | null;
};
export type BenchAssignment = {
  id: string;
  staff: number;
  school: number;
  fteMilli: number;
  validFrom: Day;
  validUntil: Day | null;
  funding: number | null;
};
export type BenchDataset = {
  districts: BenchDistrict[];
  providers: BenchProvider[];
  fundingSources: BenchFunding[];
  schools: BenchSchool[];
  staff: BenchStaff[];
  assignments: BenchAssignment[];
};

const MS_PER_DAY = 86_400_000;
export function dayOf(iso: string): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}
export function isoOf(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
const FIRST: Day = dayOf(WINDOW_START);
const LAST: Day = dayOf(WINDOW_END);
/** 1 August of every school year in the window, and the day after the window. */
const YEAR_STARTS: Day[] = Array.from({ length: 11 }, (_, i) => dayOf(`${2017 + i}-08-01`));

/** [type, share of schools, pupils min, pupils max, closing probability in the window] */
const SCHOOL_TYPES: readonly (readonly [SchoolType, number, number, number, number])[] = [
  ["GRUNDSCHULE", 0.47, 120, 420, 0.03],
  ["HAUPTSCHULE", 0.05, 180, 480, 0.35],
  ["REALSCHULE", 0.08, 380, 850, 0.06],
  ["SEKUNDARSCHULE", 0.03, 350, 750, 0.04],
  ["GESAMTSCHULE", 0.07, 700, 1500, 0.01],
  ["GYMNASIUM", 0.1, 550, 1250, 0.01],
  ["FOERDERSCHULE", 0.1, 60, 260, 0.1],
  ["BERUFSKOLLEG", 0.05, 1200, 4000, 0.01],
];
const TYPE_LABEL: Record<SchoolType, string> = {
  GRUNDSCHULE: "Grundschule",
  HAUPTSCHULE: "Hauptschule",
  REALSCHULE: "Realschule",
  SEKUNDARSCHULE: "Sekundarschule",
  GESAMTSCHULE: "Gesamtschule",
  GYMNASIUM: "Gymnasium",
  FOERDERSCHULE: "Förderschule",
  BERUFSKOLLEG: "Berufskolleg",
};

/** Splits `total` into whole parts proportional to `weights` (largest remainder). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (weight / sum) * total);
  const parts = exact.map(Math.floor);
  const order = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((a, b) => b[0] - a[0]);
  let missing = total - parts.reduce((a, b) => a + b, 0);
  for (const [, index] of order) {
    if (missing-- <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}

function makeDistricts(random: Random): BenchDistrict[] {
  return NRW_DISTRICTS.map(([name]) => ({ id: random.uuid(), name }));
}

/** 1 state employer, 30 municipal ones, 49 non-profits spread over all districts. */
function makeProviders(random: Random): BenchProvider[] {
  const districtCount = NRW_DISTRICTS.length;
  const providers: BenchProvider[] = [
    {
      id: random.uuid(),
      name: "Land NRW",
      shortName: "LAND",
      kind: "STATE",
      districts: NRW_DISTRICTS.map((_, i) => i),
    },
  ];
  for (let i = 0; i < 30; i++) {
    const name = NRW_DISTRICTS[i]?.[0] ?? "";
    providers.push({
      id: random.uuid(),
      name: name.startsWith("Kreis ") || name.endsWith("kreis") ? name : `Stadt ${name}`,
      shortName: `KOM-${String(i + 1).padStart(2, "0")}`,
      kind: "MUNICIPAL",
      districts: [i],
    });
  }
  for (let i = 0; providers.length < BENCH_SIZES.providers; i++) {
    const [organisation, short] = NON_PROFIT_ORGANISATIONS[i % NON_PROFIT_ORGANISATIONS.length] ?? ["Träger", "T"];
    const home = (i * 7 + 3) % districtCount;
    const districts = [home];
    for (let extra = random.int(0, 2); extra > 0; extra--) districts.push((home + random.int(1, 4)) % districtCount);
    const homeName = NRW_DISTRICTS[home]?.[0] ?? "";
    providers.push({
      id: random.uuid(),
      name: `${organisation} ${homeName} (${i + 1})`,
      shortName: `${short}-${String(i + 1).padStart(2, "0")}`,
      kind: "NON_PROFIT",
      districts: [...new Set(districts)],
    });
  }
  return providers;
}

function makeFunding(random: Random): BenchFunding[] {
  const f = (name: string, kind: BenchFunding["kind"], from: string, until: string | null): BenchFunding => ({
    id: random.uuid(),
    name,
    kind,
    validFrom: dayOf(from),
    validUntil: until ? dayOf(until) : null,
  });
  return [
    f("Landesprogramm Soziale Arbeit an Schulen", "LANDESPROGRAMM", "2015-01-01", null),
    f("Landesstellen Schulsozialarbeit", "LANDESSTELLE", "2006-08-01", null),
    f("Bildung und Teilhabe (BuT)", "BUT", "2011-01-01", null),
    f("Kommunale Mittel", "KOMMUNAL", "2000-01-01", null),
    f("Multiprofessionelle Teams (MPT)", "MPT", "2019-08-01", null),
    f("ESF-Projekt Schulsozialarbeit 2016–2021", "OTHER", "2016-01-01", "2021-07-31"),
  ];
}

/** Which funding sources each kind of provider draws on, with weights (indexes into makeFunding). */
const FUNDING_MIX: Record<BenchProvider["kind"], readonly (readonly [number, number])[]> = {
  STATE: [
    [1, 0.9],
    [4, 0.1],
  ],
  MUNICIPAL: [
    [3, 0.45],
    [0, 0.3],
    [2, 0.2],
    [4, 0.05],
  ],
  NON_PROFIT: [
    [0, 0.55],
    [2, 0.3],
    [5, 0.15],
  ],
};

function makeSchools(random: Random): BenchSchool[] {
  const perDistrict = apportion(
    BENCH_SIZES.schools,
    NRW_DISTRICTS.map(([, size]) => size),
  );
  const perType = apportion(
    BENCH_SIZES.schools,
    SCHOOL_TYPES.map(([, share]) => share),
  );
  const types: (typeof SCHOOL_TYPES)[number][] = random.shuffle(
    SCHOOL_TYPES.flatMap((type, index) => Array.from({ length: perType[index] ?? 0 }, () => type)),
  );
  const numbers = random.shuffle(Array.from({ length: 90_000 }, (_, i) => 100_000 + i)).slice(0, BENCH_SIZES.schools);
  const schools: BenchSchool[] = [];
  perDistrict.forEach((count, district) => {
    const city = (NRW_DISTRICTS[district]?.[0] ?? "").replace(/^Kreis /, "");
    for (let n = 0; n < count; n++) {
      const index = schools.length;
      const [type, , pupilsMin, pupilsMax, closing] = types[index] ??
        SCHOOL_TYPES[0] ?? ["GRUNDSCHULE", 1, 100, 200, 0];
      // Most schools predate the data; some open during it, some close (never both here).
      const opens = random.chance(0.03);
      const closes = !opens && random.chance(closing);
      const openedOn = opens
        ? (YEAR_STARTS[random.int(1, 8)] ?? FIRST)
        : random.chance(0.5)
          ? dayOf(`${random.int(1950, 2012)}-08-01`)
          : null;
      const closedOn = closes ? (YEAR_STARTS[random.int(1, 9)] ?? LAST) : null;
      schools.push({
        id: random.uuid(),
        schoolNumber: String(numbers[index]),
        name: `${TYPE_LABEL[type]} ${random.pick(SCHOOL_NAME_PARTS)} ${city}`,
        type,
        district,
        address: `${random.pick(STREETS)} ${random.int(1, 180)}, ${random.int(32_000, 59_999)} ${city}`,
        pupilCount: random.int(pupilsMin, pupilsMax),
        socialIndex: random.chance(0.85) ? random.int(1, 9) : null,
        openedOn,
        closedOn,
      });
    }
  });
  return schools;
}

/** Schools by district with cumulative pupil weights: bigger schools get staff more often. */
type SchoolPicker = (districts: readonly number[], day: Day, excluded: ReadonlySet<number>) => number | null;

function makeSchoolPicker(random: Random, schools: BenchSchool[]): SchoolPicker {
  const byDistrict: { index: number[]; cumulative: number[] }[] = NRW_DISTRICTS.map(() => ({
    index: [],
    cumulative: [],
  }));
  schools.forEach((school, index) => {
    const group = byDistrict[school.district];
    if (!group) return;
    const before = group.cumulative[group.cumulative.length - 1] ?? 0;
    group.index.push(index);
    group.cumulative.push(before + Math.sqrt(school.pupilCount));
  });
  const isOpen = (school: BenchSchool, day: Day) =>
    (school.openedOn === null || school.openedOn <= day) && (school.closedOn === null || day < school.closedOn);
  return (districts, day, excluded) => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const group = byDistrict[random.pick(districts)];
      if (!group || group.index.length === 0) continue;
      const total = group.cumulative[group.cumulative.length - 1] ?? 0;
      const roll = random.next() * total;
      let low = 0;
      let high = group.cumulative.length - 1;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((group.cumulative[mid] ?? 0) > roll) high = mid;
        else low = mid + 1;
      }
      const index = group.index[low] ?? -1;
      const school = schools[index];
      if (school && !excluded.has(index) && isOpen(school, day)) return index;
    }
    return null;
  };
}

/** Contract FTE in thousandths, and how it splits over concurrent schools. */
function contractAndSlots(random: Random): { contract: number; slots: number[] } {
  const contract = random.weighted([
    [1000, 0.36],
    [750, 0.15],
    [500, 0.3],
    [800, 0.07],
    [600, 0.05],
    [900, 0.04],
    [250, 0.03],
  ] as const);
  if (contract <= 500) return { contract, slots: [random.chance(0.93) ? contract : contract - 100] };
  if (contract === 1000) {
    const shape = random.weighted([
      [[1000], 0.5],
      [[500, 500], 0.3],
      [[600, 400], 0.08],
      [[750, 250], 0.05],
      [[900], 0.03],
      [[400, 300, 300], 0.04],
    ] as const);
    return { contract, slots: [...shape] };
  }
  if (random.chance(0.62)) return { contract, slots: [contract] };
  const first = 500;
  return { contract, slots: [first, contract - first] };
}

type StaffPlan = { staff: BenchStaff; slots: number[]; renewYearly: boolean[] };

function makeStaff(random: Random, providers: BenchProvider[]): StaffPlan[] {
  // Bigger employers get more staff: the state and the big cities' own services.
  const weights = providers.map((provider, index) =>
    provider.kind === "STATE" ? 40 : provider.kind === "MUNICIPAL" ? 4 + (30 - index) * 0.25 : 2 + (index % 5),
  );
  const counters = providers.map(() => 0);
  const plans: StaffPlan[] = [];
  const initialCohort = 6_900;
  for (let i = 0; i < BENCH_SIZES.staff; i++) {
    const provider = random.weighted(weights.map((weight, index) => [index, weight] as const));
    const { contract, slots } = contractAndSlots(random);
    let employedFrom: Day;
    let employedUntil: Day | null = null;
    if (i < initialCohort) {
      employedFrom = dayOf(`${random.int(2004, 2017)}-01-01`) + random.int(0, 210);
    } else {
      const year = YEAR_STARTS[random.int(0, 9)] ?? FIRST;
      employedFrom = random.chance(0.6) ? year + (random.chance(0.5) ? 0 : 184) : year + random.int(0, 364);
      if (random.chance(0.22)) employedUntil = employedFrom + 365 * random.int(1, 2) - 1; // fixed-term contract
    }
    if (employedUntil === null) {
      // Leaving: about 7.5 % a year from the start of the data (or the hiring date).
      const from = Math.max(employedFrom, FIRST);
      const years = -Math.log(1 - random.next()) / 0.075;
      const exit = from + Math.round(years * 365);
      if (exit < LAST) employedUntil = exit;
    }
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    counters[provider] = (counters[provider] ?? 0) + 1;
    const personnelNumber = `P-${String(counters[provider]).padStart(5, "0")}`;
    const providerShort = providers[provider]?.shortName.toLowerCase() ?? "t";
    plans.push({
      staff: {
        id: random.uuid(),
        provider,
        personnelNumber,
        firstName,
        lastName,
        email: `${asciiMailbox(firstName)}.${asciiMailbox(lastName)}.${i + 1}@${asciiMailbox(providerShort)}.traeger.example`,
        employmentFteMilli: contract,
        employedFrom,
        employedUntil,
      },
      slots,
      renewYearly: slots.map(() => random.chance(0.85)),
    });
  }
  return plans;
}

/** The assignments of one slot from `from` to `until`; transfers, closures and renewals split them. */
function slotAssignments(
  random: Random,
  plan: StaffPlan,
  staffIndex: number,
  slot: number,
  schools: BenchSchool[],
  pickSchool: SchoolPicker,
  districts: readonly number[],
  excluded: Set<number>,
  pickFunding: (day: Day) => number | null,
): BenchAssignment[] {
  const { staff } = plan;
  const fte = plan.slots[slot] ?? 0;
  const from = Math.max(staff.employedFrom, FIRST);
  const until = Math.min(staff.employedUntil ?? LAST, LAST);
  const rows: BenchAssignment[] = [];
  const used = new Set<number>();
  let day = from;
  let school = pickSchool(districts, day, excluded);
  while (school !== null && day <= until) {
    used.add(school);
    const yearEnd = (YEAR_STARTS.find((start) => start > day) ?? LAST + 1) - 1;
    let end = plan.renewYearly[slot] ? Math.min(yearEnd, until) : until;
    let next: number | null = school;
    // A transfer to another school within the stretch (about 9 % a year).
    const years = Math.max(1, (end - day) / 365);
    if (random.chance(Math.min(0.9, 0.09 * years)) && end - day > 30) {
      end = day + random.int(15, end - day - 1);
      next = null;
    }
    const closes = schools[school]?.closedOn ?? null;
    if (closes !== null && closes <= end) {
      end = closes - 1;
      next = null;
    }
    const openEnded = end === LAST && staff.employedUntil === null && random.chance(0.7);
    rows.push({
      id: random.uuid(),
      staff: staffIndex,
      school,
      fteMilli: fte,
      validFrom: day,
      validUntil: openEnded ? null : end,
      funding: pickFunding(day),
    });
    day = end + 1;
    const closing = next === null ? null : (schools[next]?.closedOn ?? null);
    if (closing !== null && closing <= day) next = null; // renewal at a school that closed meanwhile
    if (next === null && day <= until) {
      const blocked = new Set([...excluded, school]);
      next = pickSchool(districts, day, blocked);
    }
    school = next;
  }
  for (const index of used) excluded.add(index);
  return rows;
}

/**
 * Brings the number of assignments to exactly `target` without breaking a rule: merges two
 * consecutive assignments of one slot at the same school, or splits one in two at a funding
 * change. Both keep dates, schools and FTE per day unchanged.
 */
function adjustCount(random: Random, rows: BenchAssignment[], target: number, fundingCount: number): BenchAssignment[] {
  if (rows.length > target) {
    const drop = new Set<number>();
    const order = random.shuffle(Array.from({ length: rows.length - 1 }, (_, i) => i));
    for (const i of order) {
      if (rows.length - drop.size <= target) break;
      const a = rows[i];
      const b = rows[i + 1];
      if (!a || !b || drop.has(i) || drop.has(i + 1)) continue;
      if (a.staff !== b.staff || a.school !== b.school || a.fteMilli !== b.fteMilli) continue;
      if (a.validUntil === null || a.validUntil + 1 !== b.validFrom) continue;
      a.validUntil = b.validUntil;
      drop.add(i + 1);
    }
    return rows.filter((_, i) => !drop.has(i));
  }
  const splits = new Set<number>();
  for (let guard = 0; rows.length + splits.size < target && guard < 10 * target; guard++) {
    const index = random.int(0, rows.length - 1);
    const row = rows[index];
    if (row && row.validUntil !== null && row.validUntil - row.validFrom >= 60) splits.add(index);
  }
  return rows.flatMap((row, index) => {
    if (!splits.has(index) || row.validUntil === null) return [row];
    const split = row.validFrom + random.int(30, row.validUntil - row.validFrom - 1);
    const tail: BenchAssignment = {
      ...row,
      id: random.uuid(),
      validFrom: split + 1,
      funding: random.int(0, fundingCount - 1),
    };
    return [{ ...row, validUntil: split }, tail];
  });
}

export function generateBenchDataset(seed = 20_261_116): BenchDataset {
  const random = new Random(seed);
  const districts = makeDistricts(random);
  const providers = makeProviders(random);
  const fundingSources = makeFunding(random);
  const schools = makeSchools(random);
  const plans = makeStaff(random, providers);
  const pickSchool = makeSchoolPicker(random, schools);

  let assignments: BenchAssignment[] = [];
  plans.forEach((plan, staffIndex) => {
    const provider = providers[plan.staff.provider];
    if (!provider) return;
    const pickFunding = (day: Day): number | null => {
      if (random.chance(0.03)) return null; // soft rule: an assignment without funding
      const choices = FUNDING_MIX[provider.kind].filter(([index]) => {
        const funding = fundingSources[index];
        return funding && funding.validFrom <= day && (funding.validUntil === null || day <= funding.validUntil);
      });
      return choices.length ? random.weighted(choices) : null;
    };
    // The state employs everywhere, but each person works in one region.
    const region = provider.kind === "STATE" ? [random.int(0, districts.length - 1)] : provider.districts;
    const excluded = new Set<number>();
    for (let slot = 0; slot < plan.slots.length; slot++) {
      assignments.push(
        ...slotAssignments(random, plan, staffIndex, slot, schools, pickSchool, region, excluded, pickFunding),
      );
    }
  });
  assignments = adjustCount(random, assignments, BENCH_SIZES.assignments, fundingSources.length);

  return {
    districts,
    providers,
    fundingSources,
    schools,
    staff: plans.map((plan) => plan.staff),
    assignments,
  };
}
