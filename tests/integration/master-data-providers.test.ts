import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "../../lib/dal/errors.ts";
import {
  createProvider,
  getProvider,
  getProviderForEdit,
  listProviderOptions,
  listProviders,
  setProviderArchived,
  updateProvider,
  updateProviderContact,
} from "../../lib/dal/providers.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { readProviderListQuery } from "../../lib/schemas/provider.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { makeAssignment, makeProvider, makeSchool, makeStaff } from "../support/fixtures.ts";

// Providers in the DAL: a provider reads and edits (contact only) their own; editing
// another provider's contact is NotFound and audited; a school head sees the names of
// their school's providers; the supervisor reads without writing.

const viewer = (role: SignedInViewer["role"], binding: Partial<SignedInViewer> = {}): SignedInViewer => ({
  kind: "user",
  userId: "00000000-0000-4000-8000-000000000002",
  email: `${role.toLowerCase()}@traeger.test`,
  name: role,
  role,
  providerId: null,
  schoolId: null,
  via: "session",
  ...binding,
});
const admin = viewer("ADMIN");
const supervisor = viewer("SUPERVISOR");
const query = (params: Record<string, string> = {}) => readProviderListQuery(params);

async function refused(work: Promise<unknown>) {
  await expect(work).rejects.toBeInstanceOf(NotFoundError);
}

beforeEach(() => resetDatabase());
afterAll(() => prisma.$disconnect());

describe("reading providers", () => {
  it("gives a provider their own provider only", async () => {
    const [a, b] = [await makeProvider({ name: "A-Träger" }), await makeProvider({ name: "B-Träger" })];
    const userA = viewer("PROVIDER", { providerId: a.id });
    const list = await listProviders(userA, query());
    expect(list.page.rows.map((row) => row.id)).toEqual([a.id]);
    expect((await getProvider(userA, a.id)).canEdit).toBe("contact");
    await refused(getProvider(userA, b.id));
    expect(await prisma.auditEvent.count({ where: { action: "access.denied", entityId: b.id } })).toBe(1);
  });

  it("gives a school head the names of the providers whose staff work at their school, and no provider page", async () => {
    const [a, b] = [await makeProvider({ name: "A-Träger" }), await makeProvider({ name: "B-Träger" })];
    const [x, y] = [await makeSchool(), await makeSchool()];
    await makeAssignment({ staffMemberId: (await makeStaff({ providerId: a.id })).id, schoolId: x.id });
    await makeAssignment({ staffMemberId: (await makeStaff({ providerId: b.id })).id, schoolId: y.id });
    const head = viewer("SCHOOL", { schoolId: x.id });
    const list = await listProviders(head, query());
    expect(list.kind).toBe("names");
    expect(list.page.rows).toEqual([{ id: a.id, name: "A-Träger", shortName: a.shortName }]);
    await refused(getProvider(head, a.id));
  });

  it("lists, filters and sorts for admin and supervisor; archived providers leave the selection lists", async () => {
    await makeProvider({ name: "Stadt", kind: "MUNICIPAL" });
    const gfs = await makeProvider({ name: "GFS", kind: "NON_PROFIT" });
    await makeProvider({ name: "Land", kind: "STATE" });
    const names = async (params: Record<string, string>) =>
      (await listProviders(supervisor, query(params))).page.rows.map((row) => ("kind" in row ? row.name : ""));
    expect(await names({})).toEqual(["GFS", "Land", "Stadt"]);
    expect(await names({ sort: "name", dir: "desc" })).toEqual(["Stadt", "Land", "GFS"]);
    expect(await names({ kind: "STATE" })).toEqual(["Land"]);
    expect(await names({ q: "sta" })).toEqual(["Stadt"]);
    expect((await setProviderArchived(admin, { id: gfs.id, version: 1, archived: true })).ok).toBe(true);
    expect(await names({})).toEqual(["Land", "Stadt"]);
    expect(await names({ archived: "1" })).toEqual(["GFS", "Land", "Stadt"]);
    expect((await listProviderOptions(admin)).map((option) => option.label)).toEqual(["Land", "Stadt"]);
  });
});

describe("editing a provider's contact", () => {
  it("lets a provider change their own contact, audited with before and after", async () => {
    const a = await makeProvider({ contact: "alt" });
    const userA = viewer("PROVIDER", { providerId: a.id });
    expect((await getProviderForEdit(userA, a.id)).mode).toBe("contact");
    const result = await updateProviderContact(userA, { id: a.id, version: 1, contact: "Hauptstraße 1, 44649 Herne" });
    expect(result.ok).toBe(true);
    const stored = await prisma.provider.findUniqueOrThrow({ where: { id: a.id } });
    expect(stored).toMatchObject({ contact: "Hauptstraße 1, 44649 Herne", version: 2, name: a.name });
    const [event] = await prisma.auditEvent.findMany({ where: { entityId: a.id } });
    expect(event).toMatchObject({
      action: "provider.contact_updated",
      actorRole: "PROVIDER",
      before: { contact: "alt" },
      after: { contact: "Hauptstraße 1, 44649 Herne" },
    });
  });

  it("answers NotFound to a provider editing another provider's contact, and audits the attempt", async () => {
    const [a, b] = [await makeProvider({ contact: "A" }), await makeProvider({ contact: "B" })];
    const userB = viewer("PROVIDER", { providerId: b.id });
    await refused(updateProviderContact(userB, { id: a.id, version: 1, contact: "gekapert" }));
    await refused(getProviderForEdit(userB, a.id));
    expect((await prisma.provider.findUniqueOrThrow({ where: { id: a.id } })).contact).toBe("A");
    const denied = await prisma.auditEvent.findMany({ where: { action: "access.denied", entityId: a.id } });
    expect(denied).toHaveLength(2);
    expect(denied[0]).toMatchObject({ entity: "providers.write", actorRole: "PROVIDER" });
  });

  it("refuses a provider the full edit of their own provider, and the supervisor any edit", async () => {
    const a = await makeProvider();
    const userA = viewer("PROVIDER", { providerId: a.id });
    const full = { id: a.id, version: 1, name: "Neu", shortName: a.shortName, kind: a.kind, contact: null };
    await refused(updateProvider(userA, full));
    await refused(setProviderArchived(userA, { id: a.id, version: 1, archived: true }));
    await refused(updateProviderContact(supervisor, { id: a.id, version: 1, contact: "x" }));
    await refused(updateProvider(supervisor, full));
    await refused(createProvider(supervisor, { name: "X", shortName: "X", kind: "OTHER", contact: null }));
    expect((await prisma.provider.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(1);
  });

  it("lets exactly one of two parallel contact saves of the same version win", async () => {
    const a = await makeProvider();
    const userA = viewer("PROVIDER", { providerId: a.id });
    const results = await Promise.all([
      updateProviderContact(userA, { id: a.id, version: 1, contact: "eins" }),
      updateProviderContact(admin, { id: a.id, version: 1, contact: "zwei" }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const loser = results.find((result) => !result.ok);
    const stored = await prisma.provider.findUniqueOrThrow({ where: { id: a.id } });
    expect(loser).toMatchObject({ reason: "conflict", current: { contact: stored.contact, version: "2" } });
  });

  it("gives the admin the full edit; duplicate names are field errors", async () => {
    const [a] = [
      await makeProvider({ name: "Eins", shortName: "E1" }),
      await makeProvider({ name: "Zwei", shortName: "Z2" }),
    ];
    expect((await getProviderForEdit(admin, a.id)).mode).toBe("all");
    expect(
      await updateProvider(admin, {
        id: a.id,
        version: 1,
        name: "Zwei",
        shortName: "E1",
        kind: "OTHER",
        contact: null,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { name: ["duplicate"] } });
    expect(await createProvider(admin, { name: "Drei", shortName: "Z2", kind: "OTHER", contact: null })).toMatchObject({
      ok: false,
      fieldErrors: { shortName: ["duplicate"] },
    });
  });
});
