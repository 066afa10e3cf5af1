import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password.ts";
import { computeCoverage } from "../../lib/coverage/index.ts";
import { todayIso } from "../../lib/key-date.ts";
import { DEMO_PASSWORD, formatDemoUsers, seedDemoUsers } from "../../prisma/seed/demo-users.ts";
import { seedHerne } from "../../prisma/seed/index.ts";
import { prisma, resetDatabase } from "../support/db.ts";

// Demo sign-ins: one per role and per provider, a covered and an uncovered school's head;
// created only in demo mode, idempotent, repaired when changed; the seed itself makes no users.

beforeAll(async () => {
  await resetDatabase();
  await seedHerne(prisma);
});

describe("seedDemoUsers", () => {
  it("is refused outside demo mode, and the Herne seed creates no users", async () => {
    await expect(seedDemoUsers(prisma, { demoMode: false })).rejects.toThrow(/STELLWERK_DEMO/);
    expect(await prisma.user.count()).toBe(0);
  });

  it("creates every demo account with the fixed password, bound as its role requires", async () => {
    const users = await seedDemoUsers(prisma, { demoMode: true });
    expect(users.map((user) => [user.email, user.role, user.scope])).toEqual([
      ["verwaltung@stellwerk.example", "ADMIN", null],
      ["schulaufsicht@stellwerk.example", "SUPERVISOR", null],
      ["traeger.stadt@stellwerk.example", "PROVIDER", "Stadt Herne"],
      ["traeger.land@stellwerk.example", "PROVIDER", "Land NRW"],
      ["traeger.gbh@stellwerk.example", "PROVIDER", "GBH"],
      ["traeger.gfs@stellwerk.example", "PROVIDER", "GFS"],
      ["schulleitung.versorgt@stellwerk.example", "SCHOOL", expect.stringMatching(/\(\d{6}\)$/)],
      ["schulleitung.unversorgt@stellwerk.example", "SCHOOL", expect.stringMatching(/\(\d{6}\)$/)],
    ]);
    expect(users.every((user) => user.status === "created" && user.password === DEMO_PASSWORD)).toBe(true);

    const rows = await prisma.user.findMany({ include: { provider: true } });
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      expect(row).toMatchObject({ active: true, mustChangePassword: false });
      expect(await verifyPassword(row.passwordHash, DEMO_PASSWORD)).toBe(true);
    }

    // The two school heads: one school covered today, one not.
    const report = await computeCoverage(prisma, todayIso());
    const uncovered = new Set(report.uncoveredSchools.map((school) => school.schoolId));
    const head = (email: string) => rows.find((row) => row.email === email);
    expect(uncovered.has(head("schulleitung.unversorgt@stellwerk.example")?.schoolId ?? "")).toBe(true);
    expect(uncovered.has(head("schulleitung.versorgt@stellwerk.example")?.schoolId ?? "")).toBe(false);
    expect(head("schulleitung.versorgt@stellwerk.example")?.schoolId).toEqual(expect.any(String));
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await prisma.user.findMany({ orderBy: { email: "asc" } });
    const again = await seedDemoUsers(prisma, { demoMode: true });
    expect(again.map((user) => user.status)).toEqual(Array(8).fill("unchanged"));
    expect(await prisma.user.findMany({ orderBy: { email: "asc" } })).toEqual(before);
  });

  it("puts back a demo account whose password or role was changed, ending its sessions", async () => {
    const email = "traeger.gbh@stellwerk.example";
    const original = await prisma.user.findUniqueOrThrow({ where: { email } });
    await prisma.user.update({
      where: { email },
      data: { role: "ADMIN", providerId: null, passwordHash: "geändert", active: false },
    });
    const result = await seedDemoUsers(prisma, { demoMode: true });
    expect(result.filter((user) => user.status !== "unchanged").map((user) => user.email)).toEqual([email]);
    const repaired = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(repaired).toMatchObject({ role: "PROVIDER", providerId: original.providerId, active: true });
    expect(repaired.sessionVersion).toBe(original.sessionVersion + 1);
    expect(await verifyPassword(repaired.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("formats the sign-in table for the demo's start", async () => {
    const table = formatDemoUsers(await seedDemoUsers(prisma, { demoMode: true }));
    expect(table.split("\n")).toHaveLength(10);
    expect(table).toContain("verwaltung@stellwerk.example");
    expect(table).toContain("Träger: GFS");
  });
});
