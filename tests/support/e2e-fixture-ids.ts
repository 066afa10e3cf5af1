import fs from "node:fs";
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";

// Ids of seeded records that the e2e tests put into paths (`/schulen/:schoolX`). The e2e
// server collects them after seeding and writes them to a file the specs read, because the
// specs run in another process than the server that created the database.
//
// - user: any user; schoolX: the e2e school head's school; schoolY: another open school
// - providerA: GBH (the e2e user providerGbh); providerB: GFS (providerGfs)
// - staffA: a GBH staff member not assigned to schoolX; staffB: a GFS staff member not at schoolX
// - staffX: a staff member assigned to schoolX today (of neither GBH nor GFS where possible); assignmentA: an assignment of staffA
// - district: a district; funding: a funding source

export const FIXTURE_NAMES = [
  "user",
  "schoolX",
  "schoolY",
  "providerA",
  "providerB",
  "staffA",
  "staffB",
  "staffX",
  "assignmentA",
  "district",
  "funding",
] as const;
export type FixtureIds = Record<(typeof FIXTURE_NAMES)[number], string>;

const file = (port: string) => `test-results/e2e-fixture-ids-${port}.json`;

export async function collectFixtureIds(prisma: PrismaClient, schoolXId: string): Promise<FixtureIds> {
  const one = async (sql: string, ...params: unknown[]) => {
    const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(sql, ...params);
    if (!rows[0]) throw new Error(`no fixture for: ${sql}`);
    return rows[0].id;
  };
  const today = "(a.valid_from <= current_date AND (a.valid_until IS NULL OR a.valid_until >= current_date))";
  const providerA = await one(`SELECT id FROM provider WHERE short_name = 'GBH'`);
  const staffA = await one(
    `SELECT s.id FROM staff_member s WHERE s.provider_id = $1::uuid
       AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.staff_member_id = s.id AND a.school_id = $2::uuid)
       AND EXISTS (SELECT 1 FROM assignment a WHERE a.staff_member_id = s.id)
     ORDER BY s.personnel_number LIMIT 1`,
    providerA,
    schoolXId,
  );
  return {
    user: await one(`SELECT id FROM app_user ORDER BY email LIMIT 1`),
    schoolX: schoolXId,
    schoolY: await one(
      `SELECT id FROM school WHERE id <> $1::uuid AND closed_on IS NULL ORDER BY school_number LIMIT 1`,
      schoolXId,
    ),
    providerA,
    providerB: await one(`SELECT id FROM provider WHERE short_name = 'GFS'`),
    staffA,
    staffB: await one(
      `SELECT s.id FROM staff_member s JOIN provider p ON p.id = s.provider_id WHERE p.short_name = 'GFS'
         AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.staff_member_id = s.id AND a.school_id = $1::uuid)
       ORDER BY s.personnel_number LIMIT 1`,
      schoolXId,
    ),
    // Preferably of a third provider, so that both e2e providers get a fixed answer for it.
    staffX: await one(
      `SELECT s.id FROM assignment a JOIN staff_member s ON s.id = a.staff_member_id JOIN provider p ON p.id = s.provider_id
        WHERE a.school_id = $1::uuid AND ${today}
        ORDER BY (p.short_name IN ('GBH', 'GFS')), s.personnel_number LIMIT 1`,
      schoolXId,
    ),
    assignmentA: await one(
      `SELECT id FROM assignment WHERE staff_member_id = $1::uuid ORDER BY valid_from LIMIT 1`,
      staffA,
    ),
    district: await one(`SELECT id FROM district ORDER BY name LIMIT 1`),
    funding: await one(`SELECT id FROM funding_source ORDER BY name LIMIT 1`),
  };
}

export function writeFixtureIds(port: string, ids: FixtureIds): void {
  fs.mkdirSync("test-results", { recursive: true });
  fs.writeFileSync(file(port), JSON.stringify(ids, null, 2));
}

export function readFixtureIds(): FixtureIds {
  return JSON.parse(fs.readFileSync(file(process.env.E2E_PORT ?? "3100"), "utf8")) as FixtureIds;
}

/** Replaces every `:name` placeholder of a path with the fixture's id. */
export function withFixtureIds(path: string, ids: FixtureIds): string {
  return path.replace(/:([A-Za-z]+)/g, (match, name: string) => (name in ids ? ids[name as keyof FixtureIds] : match));
}
