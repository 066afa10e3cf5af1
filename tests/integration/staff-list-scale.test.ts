import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listStaff } from "../../lib/dal/staff.ts";
import { readStaffListQuery } from "../../lib/schemas/staff.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { testViewer } from "../support/viewers.ts";

// The staff list at the size of a large city: 10,000 staff at 20 providers, 6,000 schools,
// 15,000 assignments: every kind of page answers with the right rows and total. How fast it
// answers is measured by `npm run bench` (the staff list on the NRW-sized dataset), never
// asserted here: a wall-clock bound fails on a busy machine, not on a slow query.

const STAFF = 10_000;
let providerId = "";
let schoolNumber = "";

beforeAll(async () => {
  await resetDatabase();
  await prisma.$executeRawUnsafe(`
    INSERT INTO provider (name, short_name, kind, updated_at)
    SELECT 'Träger ' || g, 'T' || g, 'NON_PROFIT', now() FROM generate_series(1, 20) g`);
  await prisma.$executeRawUnsafe(`INSERT INTO district (name) VALUES ('Bezirk')`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO school (school_number, name, type, district_id, updated_at)
    SELECT (300000 + g)::text, 'Schule ' || g, 'GRUNDSCHULE', (SELECT id FROM district LIMIT 1), now()
      FROM generate_series(1, 6000) g`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO school_pupil_count (school_id, school_year, pupil_count)
    SELECT id, school_year_of(current_date), 300 FROM school`);
  await prisma.$executeRawUnsafe(`
    WITH p AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS n FROM provider)
    INSERT INTO staff_member (provider_id, personnel_number, first_name, last_name, email, employment_fte,
                              employed_from, employed_until, updated_at)
    SELECT p.id, 'P' || lpad(g::text, 6, '0'),
           (ARRAY['Anna','Ben','Clara','Deniz','Emil','Fatma','Greta','Hakan','Ida','Jonas'])[1 + g % 10],
           (ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Hoffmann',
                  'Özdemir','Krüger','Zimmermann','Braun','Hartmann'])[1 + (g / 10) % 15] || ' ' || g,
           'fachkraft' || g || '@example.test',
           (ARRAY[0.5, 0.75, 1.0])[1 + g % 3], date '2010-01-01' + (g % 3000),
           CASE WHEN g % 7 = 0 THEN date '2020-01-01' + (g % 1500) END, now()
      FROM generate_series(1, ${STAFF}) g JOIN p ON p.n = g % 20`);
  // One assignment each, half of them with a second one at another school.
  await prisma.$executeRawUnsafe(`
    WITH s AS (SELECT id, row_number() OVER (ORDER BY personnel_number) AS n, employed_from FROM staff_member),
         sc AS (SELECT id, row_number() OVER (ORDER BY school_number) AS n FROM school)
    INSERT INTO assignment (staff_member_id, school_id, fte, valid_from, updated_at)
    SELECT s.id, sc.id, 0.25, s.employed_from, now() FROM s JOIN sc ON sc.n = 1 + s.n % 6000
    UNION ALL
    SELECT s.id, sc.id, 0.25, s.employed_from, now() FROM s JOIN sc ON sc.n = 1 + (s.n + 3000) % 6000
     WHERE s.n % 2 = 0`);
  await prisma.$executeRawUnsafe("ANALYZE");
  providerId = (await prisma.provider.findFirstOrThrow({ where: { shortName: "T7" } })).id;
  schoolNumber = "300042";
}, 300_000);
afterAll(() => prisma.$disconnect());

describe(`staff list with ${STAFF.toLocaleString("de-DE")} staff`, () => {
  it("answers every kind of page, with the right total", async () => {
    const admin = testViewer("ADMIN");
    const cases: [string, Record<string, string>][] = [
      ["first page, by name", {}],
      ["by provider, descending, page 200", { sort: "provider", dir: "desc", page: "200", pageSize: "50" }],
      ["by contract FTE, page 399 of 400", { sort: "employmentFte", page: "399" }],
      ["search 'müller'", { q: "müller" }],
      ["search personnel number", { q: "P0042" }],
      ["status ended at today", { status: "ended", sort: "employedUntil", dir: "desc" }],
      ["one provider, active", { provider: providerId, status: "active" }],
      ["one school (Schulnummer)", { school: schoolNumber }],
      ["free capacity today, by contract FTE", { capacity: "free", sort: "employmentFte", dir: "desc" }],
    ];
    for (const [label, params] of cases) {
      const query = readStaffListQuery(params);
      const page = await listStaff(admin, query);
      expect(page.total, label).toBeGreaterThan(0);
      expect(page.rows.length, label).toBeLessThanOrEqual(query.pageSize);
    }
    const total = (await listStaff(admin, readStaffListQuery({}))).total;
    expect(total).toBe(STAFF);
  });

  it("gives a provider and a school head only their own staff", async () => {
    const provider = testViewer("PROVIDER", { providerId });
    const school = await prisma.school.findUniqueOrThrow({ where: { schoolNumber } });
    const head = testViewer("SCHOOL", { schoolId: school.id });
    const providers = await listStaff(provider, readStaffListQuery({ sort: "employedFrom", pageSize: "100" }));
    expect(providers.total).toBe(STAFF / 20);
    expect(new Set(providers.rows.map((row) => row.providerShortName))).toEqual(new Set(["T7"]));
    const heads = await listStaff(head, readStaffListQuery({}));
    expect(heads.total).toBeGreaterThan(0);
    expect(heads.total).toBeLessThan(STAFF / 100);
  });
});
