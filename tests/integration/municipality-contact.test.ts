import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../lib/dal/errors.ts";
import { getContactForEdit, updateContact } from "../../lib/dal/municipality.ts";
import { getPublicContact } from "../../lib/dal/public-statistics.ts";
import { updateContactSchema } from "../../lib/schemas/municipality.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { testViewer } from "../support/viewers.ts";

// The coordination office's contact (issue 17, item 11): stored in the municipality record,
// edited by the admin only, versioned and audited; the public contact block shows the edit.

const CONTACT = {
  authority: "Stadt Herne",
  department: "Fachbereich 42/0",
  unit: "Soziale Arbeit an Schulen",
  street: "Hauptstraße 241",
  postalCode: "44649",
  city: "Herne",
  phone: "02323 16-0",
  email: "schulsozialarbeit@herne.de",
};

beforeAll(async () => {
  await resetDatabase();
  await prisma.municipality.create({ data: { name: "Herne", ...CONTACT } });
});
afterAll(() => prisma.$disconnect());

const admin = () => testViewer("ADMIN");
const edit = (changes: Record<string, string>, version: number, id: string) =>
  updateContactSchema.parse({ ...CONTACT, ...changes, id, version: String(version) });

describe("the coordination office's contact", () => {
  it("is edited by the admin, versioned and audited, and the public block shows it", async () => {
    const before = await getContactForEdit(admin());
    expect(before.values).toEqual(CONTACT);
    const result = await updateContact(
      admin(),
      edit({ phone: "02323 16-4242", email: "SSA@Herne.de" }, before.version, before.id),
    );
    expect(result.ok).toBe(true);
    expect(await getPublicContact()).toMatchObject({ phone: "02323 16-4242", email: "ssa@herne.de" });
    const after = await getContactForEdit(admin());
    expect(after.version).toBe(before.version + 1);
    // Scoped to this municipality: other files' tests write to the same database meanwhile.
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "municipality.contact_updated", entityId: before.id },
      orderBy: { id: "desc" },
    });
    expect(event.entity).toBe("Municipality");
    expect(JSON.stringify(event.after)).toContain("02323 16-4242");
  });

  it("refuses a stale form with the stored values, and writes nothing", async () => {
    const current = await getContactForEdit(admin());
    const result = await updateContact(admin(), edit({ city: "Wanne-Eickel" }, current.version - 1, current.id));
    expect(result).toMatchObject({ ok: false, reason: "conflict", current: { city: "Herne" } });
    expect((await getContactForEdit(admin())).values.city).toBe("Herne");
  });

  it("refuses a bad postal code and e-mail address in the form", () => {
    const parsed = updateContactSchema.safeParse({
      ...CONTACT,
      postalCode: "4464",
      email: "kein-at",
      id: crypto.randomUUID(),
      version: "1",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["email", "postalCode"]);
  });

  it("is refused like a missing page for everyone but the admin", async () => {
    const { id, version } = await getContactForEdit(admin());
    for (const viewer of [
      testViewer("SUPERVISOR"),
      testViewer("PROVIDER", { providerId: crypto.randomUUID() }),
      testViewer("SCHOOL", { schoolId: crypto.randomUUID() }),
    ]) {
      await expect(getContactForEdit(viewer)).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateContact(viewer, edit({ city: "Bochum" }, version, id))).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await getContactForEdit(admin())).values.city).toBe("Herne");
  });
});
