import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listSchools } from "../../lib/dal/schools.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { readSchoolListQuery } from "../../lib/schemas/school.ts";
import { prisma, resetDatabase } from "../support/db.ts";

// The school list at the size of a large municipality's region: 6,000 schools in 40
// districts: the usual sorts and filters give the right page. How fast is measured by
// `npm run bench` (the list pages on the NRW-sized dataset), never asserted here.

const admin: SignedInViewer = {
  kind: "user",
  userId: "00000000-0000-4000-8000-000000000004",
  email: "admin@scale.test",
  name: "Admin",
  role: "ADMIN",
  providerId: null,
  schoolId: null,
  via: "session",
};

const SCHOOLS = 6000;
let districtId = "";

beforeAll(async () => {
  await resetDatabase();
  await prisma.$executeRaw`INSERT INTO district (name) SELECT 'Bezirk ' || n FROM generate_series(1, 40) n`;
  await prisma.$executeRaw`
    INSERT INTO school (school_number, name, type, district_id, updated_at)
    SELECT lpad((100000 + n)::text, 6, '0'),
           'Schule ' || md5(n::text),
           (enum_range(NULL::"SchoolType"))[1 + n % 8],
           (SELECT id FROM district ORDER BY name OFFSET (n % 40) LIMIT 1),
           now()
      FROM generate_series(1, ${SCHOOLS}) n`;
  await prisma.$executeRaw`
    INSERT INTO school_pupil_count (school_id, school_year, pupil_count)
    SELECT id, school_year_of(current_date), 100 + school_number::int % 900 FROM school`;
  await prisma.$executeRaw`ANALYZE school`;
  districtId = (await prisma.district.findFirstOrThrow({ orderBy: { name: "asc" } })).id;
}, 120_000);
afterAll(() => prisma.$disconnect());

describe(`the school list with ${SCHOOLS} schools`, () => {
  const cases: [string, () => Record<string, string>][] = [
    ["default (name)", () => ({})],
    ["sorted by district, 100 rows", () => ({ sort: "district", pageSize: "100" })],
    ["sorted by pupils, last page", () => ({ sort: "pupils", dir: "desc", page: "60", pageSize: "100" })],
    ["type + open filter", () => ({ type: "GYMNASIUM", status: "open" })],
    ["district filter", () => ({ district: districtId })],
    ["search", () => ({ q: "schule a1" })],
  ];
  for (const [label, params] of cases) {
    it(`answers: ${label}`, async () => {
      const query = readSchoolListQuery(params());
      const list = await listSchools(admin, query);
      expect(list.page.total).toBeGreaterThan(0);
      expect(list.page.rows.length).toBeLessThanOrEqual(query.pageSize);
      expect(list.page.rows.length).toBe(Math.min(query.pageSize, list.page.total - (query.page - 1) * query.pageSize));
    });
  }
});
