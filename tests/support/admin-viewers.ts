import { type SignedInViewer, viewerFromUser } from "../../lib/dal/viewer-types.ts";
import type { Prisma } from "../../lib/generated/prisma/client.ts";
import { prisma } from "./db.ts";
import { makeProvider, makeSchool } from "./fixtures.ts";

// Users and the viewers they sign in as, for tests of user administration, API tokens and
// the audit log. The password hash is not a real hash: nobody signs in with these.
let counter = 0;

export async function makeUser(data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const n = ++counter;
  return prisma.user.create({
    data: {
      email: `nutzer${n}-${Date.now()}@test.example`,
      name: `Nutzer ${n}`,
      passwordHash: "not-a-hash",
      role: "ADMIN",
      mustChangePassword: false,
      ...data,
    },
  });
}

export function viewerOf(user: Awaited<ReturnType<typeof makeUser>>): SignedInViewer {
  return viewerFromUser(user, "session");
}

/** An admin viewer, and one viewer for each role that may not administer anything. */
export async function makeViewers() {
  const provider = await makeProvider();
  const school = await makeSchool();
  const admin = viewerOf(await makeUser({ role: "ADMIN" }));
  const others = {
    SUPERVISOR: viewerOf(await makeUser({ role: "SUPERVISOR" })),
    PROVIDER: viewerOf(await makeUser({ role: "PROVIDER", providerId: provider.id })),
    SCHOOL: viewerOf(await makeUser({ role: "SCHOOL", schoolId: school.id })),
  };
  return { admin, others, provider, school };
}

/** Every audit event about one entity, oldest first. */
export function auditOf(entityId: string) {
  return prisma.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });
}
