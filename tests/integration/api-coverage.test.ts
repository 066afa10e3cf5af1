import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as privateCoverage } from "../../app/api/v1/coverage/route.ts";
import { GET as publicCoverage } from "../../app/api/v1/public/coverage/route.ts";
import { createApiTokenSecret } from "../../lib/auth/api-token-format.ts";
import { computeCoverage } from "../../lib/coverage/index.ts";
import { seedHerne } from "../../prisma/seed/index.ts";
import { prisma, resetDatabase } from "../support/db.ts";

// GET /api/v1/coverage answers each caller within their scope, and the public endpoint
// answers anyone with suppressed aggregates. Route handlers are called directly.

const tokens: Record<string, string> = {};
let userCount = 0;

async function tokenFor(
  role: "ADMIN" | "SUPERVISOR" | "PROVIDER" | "SCHOOL",
  binding: { providerId?: string; schoolId?: string } = {},
) {
  const user = await prisma.user.create({
    data: {
      email: `${role.toLowerCase()}-${++userCount}@api.test`,
      name: role,
      passwordHash: "unused",
      role,
      mustChangePassword: false,
      ...binding,
    },
  });
  const secret = createApiTokenSecret();
  await prisma.apiToken.create({
    data: { userId: user.id, name: "test", tokenHash: secret.tokenHash, prefix: secret.prefix },
  });
  return secret.token;
}

function call(handler: typeof privateCoverage, query: string, token?: string) {
  const headers = new Headers();
  if (token) headers.set("authorization", `Bearer ${token}`);
  return handler(new Request(`http://localhost/api/v1/coverage${query}`, { headers }), { params: Promise.resolve({}) });
}

let gbh: { id: string; shortName: string };
let gfs: { id: string };
let school: { id: string; schoolNumber: string; name: string };

beforeAll(async () => {
  await resetDatabase();
  await seedHerne(prisma);
  gbh = await prisma.provider.findUniqueOrThrow({ where: { shortName: "GBH" } });
  gfs = await prisma.provider.findUniqueOrThrow({ where: { shortName: "GFS" } });
  const assignment = await prisma.assignment.findFirstOrThrow({
    where: { staffMember: { providerId: gbh.id }, validFrom: { lte: new Date("2017-11-15") }, validUntil: null },
    include: { school: true },
  });
  school = assignment.school;
  tokens.admin = await tokenFor("ADMIN");
  tokens.supervisor = await tokenFor("SUPERVISOR");
  tokens.gbh = await tokenFor("PROVIDER", { providerId: gbh.id });
  tokens.gfs = await tokenFor("PROVIDER", { providerId: gfs.id });
  tokens.school = await tokenFor("SCHOOL", { schoolId: school.id });
});
afterAll(() => prisma.$disconnect());

describe("GET /api/v1/coverage", () => {
  it("refuses anonymous callers and unknown tokens with 401", async () => {
    expect((await call(privateCoverage, "?date=2017-11-15")).status).toBe(401);
    expect(
      (await call(privateCoverage, "?date=2017-11-15", "stw_unknownunknownunknownunknownunknownunknown")).status,
    ).toBe(401);
  });

  it("gives admin and supervisor everything, unsuppressed, with providers and uncovered schools", async () => {
    for (const token of [tokens.admin, tokens.supervisor]) {
      const response = await call(privateCoverage, "?date=2017-11-15", token);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const body = await response.json();
      expect(body).toMatchObject({ date: "2017-11-15", staff: 44, fte: 39.5, schoolsCovered: 41, schoolsTotal: 43 });
      expect(body.byProvider.map((row: { provider: string }) => row.provider).sort()).toHaveLength(4);
      expect(body.uncoveredSchools).toHaveLength(2);
      expect(body.uncoveredSchools[0]).toEqual({
        schoolNumber: expect.stringMatching(/^\d{6}$/),
        name: expect.any(String),
      });
    }
  });

  it("gives a provider only their own staff's figures, and provider B's token never sees A's", async () => {
    const expected = await computeCoverage(prisma, "2017-11-15", { kind: "provider", providerId: gbh.id });
    const body = await (await call(privateCoverage, "?date=2017-11-15", tokens.gbh)).json();
    expect(body.staff).toBe(expected.total.staff);
    expect(body.fte).toBe(expected.total.fteMilli / 1000);
    expect(body.staff).toBeLessThan(44);
    expect(body.byProvider.map((row: { provider: string }) => row.provider)).toEqual([
      expect.stringContaining("Beschäftigungsgesellschaft"),
    ]);
    const other = await (await call(privateCoverage, "?date=2017-11-15", tokens.gfs)).json();
    expect(JSON.stringify(other.byProvider)).not.toContain("Beschäftigungsgesellschaft");
  });

  it("gives a school head only their school", async () => {
    const body = await (await call(privateCoverage, "?date=2017-11-15", tokens.school)).json();
    expect(body).toMatchObject({ schoolsCovered: 1, schoolsTotal: 1, uncoveredSchools: [] });
    expect(body.staff).toBeGreaterThan(0);
  });

  it("stops answering a revoked token on the next request", async () => {
    const token = await tokenFor("ADMIN");
    expect((await call(privateCoverage, "?date=2017-11-15", token)).status).toBe(200);
    const revoked = await prisma.apiToken.updateMany({
      where: { user: { email: `admin-${userCount}@api.test` } },
      data: { revokedAt: new Date() },
    });
    expect(revoked.count).toBe(1);
    expect((await call(privateCoverage, "?date=2017-11-15", token)).status).toBe(401);
  });

  it("answers 400 with a German message for an impossible date", async () => {
    const response = await call(privateCoverage, "?date=2018-02-31", tokens.admin);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain("Ungültiges Datum");
  });
});

describe("GET /api/v1/public/coverage", () => {
  it("gives the seed's figures for the three key dates to anyone", async () => {
    for (const [date, staff, fte, covered, total] of [
      ["2016-03-07", 31, 26.8, 28, 46],
      ["2017-11-15", 44, 39.5, 41, 43],
      ["2019-03-01", 45, 38.5, 40, 41],
    ] as const) {
      const response = await publicCoverage(new Request(`http://localhost/api/v1/public/coverage?date=${date}`));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ date, staff, fte, schoolsCovered: covered, schoolsTotal: total });
    }
  });

  it("never carries provider names, uncovered school names or groups under 3 staff", async () => {
    const body = await (
      await publicCoverage(new Request("http://localhost/api/v1/public/coverage?date=2017-11-15"))
    ).json();
    const json = JSON.stringify(body);
    expect(json).not.toContain("byProvider");
    expect(json).not.toContain("uncoveredSchools");
    for (const group of [...body.bySchoolType, ...body.byDistrict]) {
      if (group.staff !== null) expect(group.staff === 0 || group.staff >= 3).toBe(true);
      else expect(group).toMatchObject({ fte: null, suppressed: true });
    }
  });
});
