import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../lib/dal/errors.ts";
import { getStaffDetail } from "../../lib/dal/staff.ts";
import { listUsers } from "../../lib/dal/users.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { makeProvider, makeStaff } from "../support/fixtures.ts";

// Denied access is part of the audit trail: who asked for what they may not see.

let providerA: SignedInViewer;
let foreignStaffId: string;

beforeAll(async () => {
  await resetDatabase();
  const [a, b] = [await makeProvider(), await makeProvider()];
  foreignStaffId = (await makeStaff({ providerId: b.id })).id;
  const user = await prisma.user.create({
    data: {
      email: `denied-${Date.now()}@audit.test`,
      name: "Träger A",
      passwordHash: "x",
      role: "PROVIDER",
      providerId: a.id,
    },
  });
  providerA = {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    role: "PROVIDER",
    providerId: a.id,
    schoolId: null,
    via: "session",
  };
});
afterAll(() => prisma.$disconnect());

const deniedEvents = () =>
  prisma.auditEvent.findMany({ where: { actorId: providerA.userId, action: "access.denied" }, orderBy: { id: "asc" } });

describe("denied access is audited", () => {
  it("records a provider opening the user administration", async () => {
    await expect(listUsers(providerA)).rejects.toBeInstanceOf(NotFoundError);
    expect((await deniedEvents()).map((event) => event.entity)).toContain("users.manage");
  });

  it("records a provider asking for another provider's staff member by id, not a plain miss", async () => {
    const before = (await deniedEvents()).length;
    await expect(getStaffDetail(providerA, "9b2f8d1e-3c4a-4b5d-8e6f-7a8b9c0d1e2f")).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await deniedEvents()).toHaveLength(before);
    await expect(getStaffDetail(providerA, foreignStaffId)).rejects.toBeInstanceOf(NotFoundError);
    const events = await deniedEvents();
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({ entity: "staff.read", entityId: foreignStaffId, actorRole: "PROVIDER" });
  });
});
