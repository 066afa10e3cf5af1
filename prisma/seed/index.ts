import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client.ts";
import { todayIso } from "../../lib/key-date.ts";
import { schoolYearOf } from "../../lib/school-year.ts";
import { districts } from "./districts.ts";
import { fundingSources } from "./funding.ts";
import { municipality } from "./municipality.ts";
import { type ProviderKey, providers } from "./providers.ts";
import { schools } from "./schools.ts";
import { staff } from "./staff.ts";
import type { Fte } from "./types.ts";

// The Herne demo data (`npm run db:seed`, `npm run demo`). Idempotent: every row is found by
// its natural key, created when missing, updated only when it differs from the data here
// (then its version goes up), and left alone otherwise, so a second run writes nothing.
// Rows the seed does not know are never touched.

/** The figures the seed data must give (docs/domain.md); FTE in thousandths. */
export const HERNE_KEY_FIGURES = [
  { date: "2016-03-07", staff: 31, fteMilli: 26_800, schoolsCovered: 28, schoolsTotal: 46 },
  // …and every other day of November 2017
  { date: "2017-11-01", staff: 44, fteMilli: 39_500, schoolsCovered: 41, schoolsTotal: 43 },
  { date: "2019-03-01", staff: 45, fteMilli: 38_500, schoolsCovered: 40, schoolsTotal: 41 },
] as const;

export type SeedCounts = { created: number; updated: number; unchanged: number };
export type SeedSummary = {
  municipality: SeedCounts;
  providers: SeedCounts;
  districts: SeedCounts;
  schools: SeedCounts;
  pupilCounts: SeedCounts;
  fundingSources: SeedCounts;
  staff: SeedCounts;
  assignments: SeedCounts;
};

type Tx = Prisma.TransactionClient;
type Row = Record<string, unknown>;

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const dayOrNull = (iso: string | null): Date | null => (iso === null ? null : day(iso));

/** "0.5" → "0.500": exact, without binary floats. */
export function fte(value: Fte): string {
  const match = /^(\d)(?:\.(\d{1,3}))?$/.exec(value);
  if (!match) throw new Error(`Ungültiger Stellenanteil im Seed: ${value}`);
  return `${match[1]}.${(match[2] ?? "").padEnd(3, "0")}`;
}

/** A value as it compares: dates as ISO days, decimals with three places. */
function comparable(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object" && "toFixed" in value && typeof value.toFixed === "function") {
    return (value as { toFixed(digits: number): string }).toFixed(3);
  }
  return value;
}

function differs(existing: Row, wanted: Row): boolean {
  return Object.keys(wanted).some((field) => comparable(existing[field]) !== comparable(wanted[field]));
}

/**
 * Brings one table in line with `wanted` (keyed by natural key): updates what differs,
 * then creates what is missing in one statement. Returns natural key → id.
 */
async function sync<W extends Row, E extends { id: string }>(
  wanted: Map<string, W>,
  existing: E[],
  keyOf: (row: E) => string,
  ops: {
    update: (id: string, data: W) => Promise<unknown>;
    createMany: (rows: W[]) => Promise<E[]>;
  },
): Promise<{ ids: Map<string, string>; counts: SeedCounts }> {
  const ids = new Map<string, string>();
  const counts: SeedCounts = { created: 0, updated: 0, unchanged: 0 };
  const found = new Map(existing.map((row) => [keyOf(row), row]));
  const missing: W[] = [];
  for (const [key, data] of wanted) {
    const row = found.get(key);
    if (!row) {
      missing.push(data);
      continue;
    }
    ids.set(key, row.id);
    if (differs(row as unknown as Row, data)) {
      await ops.update(row.id, data);
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  if (missing.length > 0) {
    for (const row of await ops.createMany(missing)) ids.set(keyOf(row), row.id);
    counts.created = missing.length;
  }
  return { ids, counts };
}

function need<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed: ${what} "${key}" fehlt`);
  return value;
}

const bump = { version: { increment: 1 } } as const;
const dateKey = (date: Date) => date.toISOString().slice(0, 10);

async function seed(tx: Tx): Promise<SeedSummary> {
  // Municipality (versioned since the admin edits its contact).
  const town = await sync(
    new Map([[municipality.name, { ...municipality }]]),
    await tx.municipality.findMany({ where: { name: municipality.name } }),
    (row) => row.name,
    {
      update: (id, data) => tx.municipality.update({ where: { id }, data: { ...data, ...bump } }),
      createMany: (rows) => tx.municipality.createManyAndReturn({ data: rows }),
    },
  );

  const providerRows = await sync(
    new Map(providers.map((p) => [p.name, { name: p.name, shortName: p.shortName, kind: p.kind, contact: p.contact }])),
    await tx.provider.findMany({ where: { name: { in: providers.map((p) => p.name) } } }),
    (row) => row.name,
    {
      update: (id, data) => tx.provider.update({ where: { id }, data: { ...data, ...bump } }),
      createMany: (rows) => tx.provider.createManyAndReturn({ data: rows }),
    },
  );
  const providerId = new Map(providers.map((p) => [p.key, need(providerRows.ids, p.name, "Träger")]));

  const districtRows = await sync(
    new Map(districts.map((name) => [name, { name }])),
    await tx.district.findMany({ where: { name: { in: [...districts] } } }),
    (row) => row.name,
    {
      update: (id, data) => tx.district.update({ where: { id }, data: { ...data, ...bump } }),
      createMany: (rows) => tx.district.createManyAndReturn({ data: rows }),
    },
  );

  const schoolRows = await sync(
    new Map(
      schools.map((school) => [
        school.schoolNumber,
        {
          schoolNumber: school.schoolNumber,
          name: school.name,
          type: school.type,
          districtId: need(districtRows.ids, school.district, "Stadtbezirk"),
          socialIndex: school.socialIndex,
          openedOn: dayOrNull(school.openedOn),
          closedOn: dayOrNull(school.closedOn),
        },
      ]),
    ),
    await tx.school.findMany({ where: { schoolNumber: { in: schools.map((school) => school.schoolNumber) } } }),
    (row) => row.schoolNumber,
    {
      update: (id, data) => tx.school.update({ where: { id }, data: { ...data, ...bump } }),
      createMany: (rows) => tx.school.createManyAndReturn({ data: rows }),
    },
  );
  const schoolId = new Map(schools.map((s) => [s.key, need(schoolRows.ids, s.schoolNumber, "Schule")]));

  // The demo's pupil counts are this school year's (and so apply to the earlier ones too).
  const schoolYear = schoolYearOf(todayIso());
  const asRow = (row: { schoolId: string; schoolYear: number; pupilCount: number }) => ({ id: row.schoolId, ...row });
  const pupilRows = await sync(
    new Map(
      schools.map((school) => {
        const id = need(schoolRows.ids, school.schoolNumber, "Schule");
        return [id, { schoolId: id, schoolYear, pupilCount: school.pupilCount }];
      }),
    ),
    (await tx.schoolPupilCount.findMany({ where: { schoolId: { in: [...schoolRows.ids.values()] }, schoolYear } })).map(
      asRow,
    ),
    (row) => row.schoolId,
    {
      update: (_id, data) =>
        tx.schoolPupilCount.update({ where: { schoolId_schoolYear: { schoolId: data.schoolId, schoolYear } }, data }),
      createMany: async (rows) => (await tx.schoolPupilCount.createManyAndReturn({ data: rows })).map(asRow),
    },
  );

  const fundingRows = await sync(
    new Map(
      fundingSources.map((f) => [
        f.name,
        {
          name: f.name,
          kind: f.kind,
          validFrom: day(f.validFrom),
          validUntil: dayOrNull(f.validUntil),
          reference: f.reference,
        },
      ]),
    ),
    await tx.fundingSource.findMany({ where: { name: { in: fundingSources.map((f) => f.name) } } }),
    (row) => row.name,
    {
      update: (id, data) => tx.fundingSource.update({ where: { id }, data: { ...data, ...bump } }),
      createMany: (rows) => tx.fundingSource.createManyAndReturn({ data: rows }),
    },
  );
  const fundingId = new Map(fundingSources.map((f) => [f.key, need(fundingRows.ids, f.name, "Finanzierung")]));

  const staffKey = (provider: string, personnelNumber: string) => `${provider}|${personnelNumber}`;
  const staffRows = await sync(
    new Map(
      staff.map((person) => {
        const provider = need(providerId, person.provider, "Träger");
        return [
          staffKey(provider, person.personnelNumber),
          {
            providerId: provider,
            personnelNumber: person.personnelNumber,
            firstName: person.firstName,
            lastName: person.lastName,
            email: emailOf(person.firstName, person.lastName, person.provider),
            qualification: person.qualification,
            employmentFte: fte(person.employmentFte),
            employedFrom: day(person.employedFrom),
            employedUntil: dayOrNull(person.employedUntil),
          },
        ];
      }),
    ),
    await tx.staffMember.findMany({ where: { providerId: { in: [...providerId.values()] } } }),
    (row) => staffKey(row.providerId, row.personnelNumber),
    {
      update: (id, data) => tx.staffMember.update({ where: { id }, data: { ...data, ...bump } }),
      createMany: (rows) => tx.staffMember.createManyAndReturn({ data: rows }),
    },
  );

  const assignmentKey = (staffMemberId: string, school: string, validFrom: Date) =>
    `${staffMemberId}|${school}|${dateKey(validFrom)}`;
  const wantedAssignments = new Map<string, Prisma.AssignmentCreateManyInput & Row>();
  for (const person of staff) {
    const staffMemberId = need(
      staffRows.ids,
      staffKey(need(providerId, person.provider, "Träger"), person.personnelNumber),
      "Fachkraft",
    );
    for (const a of person.assignments) {
      const row = {
        staffMemberId,
        schoolId: need(schoolId, a.school, "Schule"),
        fte: fte(a.fte),
        validFrom: day(a.from),
        validUntil: dayOrNull(a.until),
        fundingSourceId: a.funding === null ? null : need(fundingId, a.funding, "Finanzierung"),
        note: a.note,
      };
      wantedAssignments.set(assignmentKey(row.staffMemberId, row.schoolId, row.validFrom), row);
    }
  }
  const assignmentRows = await sync(
    wantedAssignments,
    await tx.assignment.findMany({ where: { staffMemberId: { in: [...staffRows.ids.values()] } } }),
    (row) => assignmentKey(row.staffMemberId, row.schoolId, row.validFrom),
    {
      update: (id, data) => tx.assignment.update({ where: { id }, data: { ...data, ...bump } }),
      createMany: (rows) => tx.assignment.createManyAndReturn({ data: rows }),
    },
  );

  return {
    municipality: town.counts,
    providers: providerRows.counts,
    districts: districtRows.counts,
    schools: schoolRows.counts,
    pupilCounts: pupilRows.counts,
    fundingSources: fundingRows.counts,
    staff: staffRows.counts,
    assignments: assignmentRows.counts,
  };
}

const MAIL_DOMAIN: Record<ProviderKey, string> = {
  STADT: "stadt-herne.example",
  LAND: "schule.nrw.example",
  GBH: "gbh-herne.example",
  GFS: "gfs-herne.example",
};

/** A fictional work address under a reserved .example domain. */
function emailOf(firstName: string, lastName: string, provider: ProviderKey): string {
  const local = `${firstName}.${lastName}`
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .normalize("NFD")
    .replace(/[^a-z.-]/g, "");
  return `${local}@${MAIL_DOMAIN[provider]}`;
}

/** Whether the Herne data was loaded into this database before (its municipality row exists). */
export async function isSeeded(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.municipality.count()) > 0;
}

/** Loads the Herne demo data in one transaction; returns what was created/updated. */
export async function seedHerne(prisma: PrismaClient): Promise<SeedSummary> {
  return prisma.$transaction((tx) => seed(tx), { maxWait: 30_000, timeout: 120_000 });
}
