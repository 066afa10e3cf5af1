import { hashPassword } from "../../lib/auth/password.ts";
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import type { Role } from "../../lib/permissions.ts";

// Fixed sign-ins for the end-to-end tests, created by tests/support/e2e-server.ts in the run's
// own database (and nowhere else). One per role; PROVIDER for two providers; SCHOOL for a
// school that has staff assigned today, and one for a school that has none today.

export type E2eUser = { email: string; password: string; name: string; role: Role };

const password = (who: string) => `e2e ${who} passwort sicher`;

export const E2E_USERS = {
  admin: {
    email: "verwaltung@e2e.stellwerk.test",
    password: password("verwaltung"),
    name: "Vera Verwaltung",
    role: "ADMIN",
  },
  supervisor: {
    email: "schulaufsicht@e2e.stellwerk.test",
    password: password("aufsicht"),
    name: "Sven Schulaufsicht",
    role: "SUPERVISOR",
  },
  providerGbh: { email: "gbh@e2e.stellwerk.test", password: password("gbh"), name: "Greta GBH", role: "PROVIDER" },
  providerGfs: { email: "gfs@e2e.stellwerk.test", password: password("gfs"), name: "Gregor GFS", role: "PROVIDER" },
  school: {
    email: "schule@e2e.stellwerk.test",
    password: password("schule"),
    name: "Sabine Schulleitung",
    role: "SCHOOL",
  },
  schoolUncovered: {
    email: "unversorgt@e2e.stellwerk.test",
    password: password("unversorgt"),
    name: "Uwe Unversorgt",
    role: "SCHOOL",
  },
} satisfies Record<string, E2eUser>;

/** Creates the users above (mustChangePassword = false); writes nothing else. Returns the school head's school. */
export async function createE2eUsers(prisma: PrismaClient): Promise<{ schoolId: string }> {
  const gbh = await prisma.provider.findUniqueOrThrow({ where: { shortName: "GBH" } });
  const gfs = await prisma.provider.findUniqueOrThrow({ where: { shortName: "GFS" } });
  const [covered] = await prisma.$queryRaw<{ id: string }[]>`
    SELECT a.school_id AS id FROM assignment a JOIN school s ON s.id = a.school_id
     WHERE a.valid_from <= current_date AND (a.valid_until IS NULL OR a.valid_until >= current_date)
     ORDER BY s.school_number LIMIT 1`;
  const school = covered ?? (await prisma.school.findFirstOrThrow({ orderBy: { schoolNumber: "asc" } }));
  // Open today, no active assignment: the one "active at D" rule decides.
  const [uncovered] = await prisma.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM school s
     WHERE school_open_at(s.opened_on, s.closed_on, current_date)
       AND NOT EXISTS (SELECT 1 FROM active_assignments(current_date) a WHERE a.school_id = s.id)
     ORDER BY s.school_number LIMIT 1`;
  if (!uncovered) throw new Error("e2e: the seed has no school without school social work today");
  const binding = {
    providerGbh: { providerId: gbh.id },
    providerGfs: { providerId: gfs.id },
    school: { schoolId: school.id },
    schoolUncovered: { schoolId: uncovered.id },
  };
  for (const [key, user] of Object.entries(E2E_USERS)) {
    await prisma.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash: await hashPassword(user.password),
        mustChangePassword: false,
        ...(binding[key as keyof typeof binding] ?? {}),
      },
    });
  }
  return { schoolId: school.id };
}
