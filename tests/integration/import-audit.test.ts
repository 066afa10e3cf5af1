import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { updateStaff } from "../../lib/dal/staff.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { staffCsv } from "../support/import-api.ts";
import { completeWorkbook } from "../support/import-fixtures.ts";

// Every record an import creates or changes gets the audit entry a form edit writes (issue 11,
// item 5): the same action, entity and before/after snapshot, linked to the import's event.

let admin: SignedInViewer;

beforeAll(async () => {
  await resetDatabase();
  admin = viewerOf(await makeUser({ role: "ADMIN" }));
});
afterAll(() => prisma.$disconnect());

// Other files share the run's database (and its audit log): find this file's events by request id.
const importEvent = (requestId: string) =>
  prisma.auditEvent.findFirstOrThrow({ where: { action: "import.commit", requestId } });

describe("the audit of an import", () => {
  it("writes one entry per created record, each part of the import's event", async () => {
    const outcome = await runImport(
      prisma,
      admin,
      { filename: "welt.xlsx", bytes: await completeWorkbook() },
      { dryRun: false, requestId: "req-import-1" },
    );
    expect(outcome.committed).toBe(true);
    const event = await importEvent("req-import-1");
    const parts = await prisma.auditEvent.findMany({ where: { partOfId: event.id } });
    const districts = await prisma.district.count();
    expect(parts).toHaveLength(outcome.totals.created + districts);
    for (const part of parts) {
      expect(part).toMatchObject({
        actorId: admin.userId,
        actorRole: "ADMIN",
        requestId: "req-import-1",
        before: null,
      });
      expect(part.action).toMatch(/\.created$/);
      expect(part.entityId).toBeTruthy();
    }
    const byEntity = (entity: string) => parts.filter((part) => part.entity === entity).length;
    expect(byEntity("Provider")).toBe(await prisma.provider.count());
    expect(byEntity("School")).toBe(await prisma.school.count());
    expect(byEntity("District")).toBe(districts);
    expect(byEntity("FundingSource")).toBe(await prisma.fundingSource.count());
    expect(byEntity("StaffMember")).toBe(await prisma.staffMember.count());
    expect(byEntity("Assignment")).toBe(await prisma.assignment.count());
    // The new staff member's entry is the snapshot a form writes.
    const staff = await prisma.staffMember.findFirstOrThrow({ where: { personnelNumber: "1001" } });
    expect(parts.find((part) => part.entityId === staff.id)?.after).toEqual({
      providerId: staff.providerId,
      personnelNumber: "1001",
      firstName: staff.firstName,
      lastName: staff.lastName,
      email: staff.email,
      phone: staff.phone,
      qualification: staff.qualification,
      employmentFteMilli: 1000,
      employedFrom: "2015-01-01",
      employedUntil: null,
      version: staff.version,
    });
  });

  it("gives a changed record the before/after entry a form edit writes; unchanged rows and dry runs none", async () => {
    const stored = await prisma.staffMember.findFirstOrThrow({ where: { personnelNumber: "1001" } });
    const edit = await updateStaff(admin, {
      id: stored.id,
      version: stored.version,
      personnelNumber: stored.personnelNumber,
      firstName: stored.firstName,
      lastName: "Becker-Form",
      email: stored.email,
      phone: stored.phone,
      qualification: stored.qualification,
      employmentFte: 1000,
    });
    expect(edit.ok).toBe(true);
    const formEntry = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "staff.updated", entityId: stored.id },
      orderBy: { id: "desc" },
    });

    const file = staffCsv([
      ["VSA", "1001", "Becker-Import", stored.firstName, "1", "01.01.2015", "", stored.email ?? ""],
      ["Stadt", "2002", "Yilmaz", "Deniz", "0,5", "01.08.2016", "", ""],
    ]);
    const countBefore = await prisma.auditEvent.count();
    await runImport(prisma, admin, { filename: "f.csv", bytes: file.bytes }, { dryRun: true });
    expect(await prisma.auditEvent.count()).toBe(countBefore);

    const outcome = await runImport(
      prisma,
      admin,
      { filename: "f.csv", bytes: file.bytes },
      {
        dryRun: false,
        requestId: "req-import-2",
      },
    );
    expect(outcome.totals).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const event = await importEvent("req-import-2");
    const parts = await prisma.auditEvent.findMany({ where: { partOfId: event.id } });
    expect(parts).toHaveLength(1);
    const [entry] = parts;
    expect(entry).toMatchObject({ action: "staff.updated", entity: "StaffMember", entityId: stored.id });
    // Its "before" is what the form edit left, in the same shape.
    expect(entry?.before).toEqual(formEntry.after);
    const after = entry?.after as Record<string, unknown>;
    expect(Object.keys(after).sort()).toEqual(Object.keys(formEntry.after as object).sort());
    expect(after).toMatchObject({
      lastName: "Becker-Import",
      version: (formEntry.after as { version: number }).version + 1,
    });
  });
});
