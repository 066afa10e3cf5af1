import { hashPassword, verifyPassword } from "../../lib/auth/password.ts";
import { computeCoverage } from "../../lib/coverage/index.ts";
import { demoEnv } from "../../lib/env.ts";
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { todayIso } from "../../lib/key-date.ts";
import { ROLE_LABELS, type Role } from "../../lib/permissions.ts";
import { type ProviderKey, providers } from "./providers.ts";

// Demo sign-ins, one per role (and per provider), with a FIXED password printed at the
// start of `npm run demo` and listed in the README. They exist only in demo mode
// (STELLWERK_DEMO): the Herne seed itself creates no users, so a real installation has no
// account with a known password. Idempotent: a second run changes nothing, and a demo
// account whose password or role was changed in the demo is put back.

/** The one password of every demo account (demo mode only). */
export const DEMO_PASSWORD = "stellwerk-demo";
const DOMAIN = "stellwerk.example"; // reserved for examples (RFC 2606): no real mailbox

export type DemoUser = {
  email: string;
  password: string;
  name: string;
  role: Role;
  /** The provider's short name or the school a bound account sees, for the sign-in table. */
  scope: string | null;
  status: "created" | "updated" | "unchanged";
};

type Wanted = Omit<DemoUser, "password" | "status"> & { providerId: string | null; schoolId: string | null };

const PROVIDER_MAILBOX: Record<ProviderKey, string> = {
  STADT: "traeger.stadt",
  LAND: "traeger.land",
  GBH: "traeger.gbh",
  GFS: "traeger.gfs",
};

/** Prefers the seed's Haranni-Gymnasium while it is the uncovered school. */
const PREFERRED_UNCOVERED = "168103";

async function wantedUsers(prisma: PrismaClient): Promise<Wanted[]> {
  const wanted: Wanted[] = [
    admin("verwaltung", "Verwaltung (Demo)", "ADMIN"),
    admin("schulaufsicht", "Schulaufsicht (Demo)", "SUPERVISOR"),
  ];
  for (const seed of providers) {
    const provider = await prisma.provider.findUnique({ where: { shortName: seed.shortName } });
    if (!provider)
      throw new Error(`Demo-Zugänge: Träger „${seed.shortName}“ fehlt – bitte zuerst die Demo-Daten laden.`);
    wanted.push({
      email: `${PROVIDER_MAILBOX[seed.key]}@${DOMAIN}`,
      name: `Träger ${provider.shortName} (Demo)`,
      role: "PROVIDER",
      scope: provider.shortName,
      providerId: provider.id,
      schoolId: null,
    });
  }
  // Which school is covered depends on the day; the report of today decides.
  const report = await computeCoverage(prisma, todayIso());
  const covered = report.schools.find((school) => school.fteMilli > 0);
  const uncovered =
    report.uncoveredSchools.find((school) => school.schoolNumber === PREFERRED_UNCOVERED) ?? report.uncoveredSchools[0];
  if (covered) wanted.push(schoolHead("schulleitung.versorgt", covered));
  if (uncovered) wanted.push(schoolHead("schulleitung.unversorgt", uncovered));
  return wanted;
}

function admin(mailbox: string, name: string, role: "ADMIN" | "SUPERVISOR"): Wanted {
  return { email: `${mailbox}@${DOMAIN}`, name, role, scope: null, providerId: null, schoolId: null };
}

function schoolHead(mailbox: string, school: { schoolId: string; schoolNumber: string; name: string }): Wanted {
  return {
    email: `${mailbox}@${DOMAIN}`,
    name: `Schulleitung ${school.name} (Demo)`,
    role: "SCHOOL",
    scope: `${school.name} (${school.schoolNumber})`,
    providerId: null,
    schoolId: school.schoolId,
  };
}

async function syncUser(prisma: PrismaClient, wanted: Wanted): Promise<DemoUser["status"]> {
  const { scope: _scope, ...fields } = wanted;
  const target = { ...fields, active: true, mustChangePassword: false };
  const existing = await prisma.user.findUnique({ where: { email: wanted.email } });
  if (!existing) {
    await prisma.user.create({ data: { ...target, passwordHash: await hashPassword(DEMO_PASSWORD) } });
    return "created";
  }
  const passwordKnown = await verifyPassword(existing.passwordHash, DEMO_PASSWORD);
  const accessSame =
    existing.role === target.role &&
    existing.providerId === target.providerId &&
    existing.schoolId === target.schoolId &&
    existing.active;
  if (passwordKnown && accessSame && existing.name === target.name && !existing.mustChangePassword) {
    return "unchanged";
  }
  await prisma.user.update({
    where: { id: existing.id },
    data: {
      ...target,
      ...(passwordKnown ? {} : { passwordHash: await hashPassword(DEMO_PASSWORD) }),
      version: { increment: 1 },
      // Sessions signed in with the old password or rights end, as after an admin's change.
      ...(passwordKnown && accessSame ? {} : { sessionVersion: { increment: 1 } }),
    },
  });
  return "updated";
}

/**
 * Creates or repairs the demo accounts and returns them with their password. Refuses unless
 * demo mode is on (`STELLWERK_DEMO=1`, or `demoMode: true` from a caller that runs the demo).
 * Needs the Herne seed (seedHerne) first.
 */
export async function seedDemoUsers(
  prisma: PrismaClient,
  { demoMode = demoEnv().STELLWERK_DEMO }: { demoMode?: boolean } = {},
): Promise<DemoUser[]> {
  if (!demoMode) {
    throw new Error("Demo-Zugänge mit bekanntem Passwort werden nur im Demo-Modus angelegt (STELLWERK_DEMO=1).");
  }
  const result: DemoUser[] = [];
  for (const wanted of await wantedUsers(prisma)) {
    const status = await syncUser(prisma, wanted);
    result.push({
      email: wanted.email,
      password: DEMO_PASSWORD,
      name: wanted.name,
      role: wanted.role,
      scope: wanted.scope,
      status,
    });
  }
  return result;
}

/** The sign-in table `npm run demo` prints at start. */
export function formatDemoUsers(users: DemoUser[]): string {
  const rows = users.map((user) => [
    user.email,
    user.password,
    `${ROLE_LABELS[user.role]}${user.scope ? `: ${user.scope}` : ""}`,
  ]);
  const header = ["E-Mail", "Passwort", "Rolle"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ")}`.trimEnd();
  return [line(header), line(widths.map((width) => "─".repeat(width))), ...rows.map(line)].join("\n");
}
