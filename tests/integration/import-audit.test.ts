import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { districtSnapshot } from "../../lib/dal/districts.ts";
import { fundingSnapshot } from "../../lib/dal/funding-sources.ts";
import { assignmentSnapshot } from "../../lib/dal/internal/assignment-snapshot.ts";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { PUPIL_HISTORY } from "../../lib/dal/internal/pupil-counts.ts";
import { providerSnapshot } from "../../lib/dal/providers.ts";
import { schoolSnapshot } from "../../lib/dal/schools.ts";
import { staffSnapshot, updateStaff } from "../../lib/dal/staff.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { staffCsv } from "../support/import-api.ts";
import { completeWorkbook, type World, world } from "../support/import-fixtures.ts";

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

// The import writes its entries in SQL (lib/dal/internal/import-audit.ts); the forms write
// theirs with the DAL's snapshot functions. Both must give the same entry for the same record.
describe("the import's entries and the forms' snapshots", () => {
  /** Every optional column filled, so that no part of a snapshot is only ever empty. */
  function richWorld(variant: "first" | "changed"): World {
    const changed = variant === "changed";
    const rich = world();
    rich.Träger = [
      ["Name", "Kurzname", "Art", "Kontakt"],
      ["Zwilling Träger e.V.", "ZWT", "Freier Träger", changed ? "Neue Straße 2" : "Alte Straße 1"],
    ];
    rich.Schulen = [
      [
        "Schulnummer",
        "Name",
        "Schulform",
        "Stadtbezirk",
        "Schülerzahl",
        "Eröffnet am",
        "Geschlossen am",
        "Adresse",
        "Sozialindex",
      ],
      [
        "300001",
        "Zwillingsschule",
        "Grundschule",
        "Zwillingsbezirk",
        changed ? 251 : 250,
        "01.08.2001",
        changed ? "31.07.2040" : null,
        "Weg 3",
        changed ? 7 : 5,
      ],
    ];
    rich.Finanzierungen = [
      ["Name", "Art", "Gültig ab", "Gültig bis", "Referenz"],
      ["Zwillingsmittel", "Landesprogramm", "01.01.2019", changed ? "31.12.2030" : null, changed ? "AZ 2" : "AZ 1"],
    ];
    rich.Fachkräfte = [
      [
        "Träger",
        "Personalnummer",
        "Nachname",
        "Vorname",
        "Stellenumfang",
        "Beschäftigt ab",
        "Beschäftigt bis",
        "E-Mail",
        "Telefon",
        "Qualifikation",
      ],
      [
        "ZWT",
        "Z1",
        "Zwilling",
        "Zora",
        "0,75",
        "01.08.2019",
        changed ? "31.07.2031" : null,
        "zora@example.org",
        changed ? "02323 2" : "02323 1",
        "B.A. Soziale Arbeit",
      ],
    ];
    rich.Einsätze = [
      ["Träger", "Personalnummer", "Schulnummer", "Stellenanteil", "Von", "Bis", "Finanzierung", "Bemerkung"],
      [
        "ZWT",
        "Z1",
        "300001",
        changed ? "0,5" : "0,25",
        "01.08.2019",
        changed ? "31.07.2030" : null,
        "Zwillingsmittel",
        changed ? "geändert" : "neu",
      ],
    ];
    return rich;
  }

  /** The DAL's snapshot of the stored record, per audit entity. */
  const SNAPSHOTS = new Map<string, (id: string) => Promise<unknown>>([
    ["Provider", async (id) => providerSnapshot(await prisma.provider.findUniqueOrThrow({ where: { id } }))],
    ["District", async (id) => districtSnapshot(await prisma.district.findUniqueOrThrow({ where: { id } }))],
    [
      "School",
      async (id) => schoolSnapshot(await prisma.school.findUniqueOrThrow({ where: { id }, include: PUPIL_HISTORY })),
    ],
    ["FundingSource", async (id) => fundingSnapshot(await prisma.fundingSource.findUniqueOrThrow({ where: { id } }))],
    ["StaffMember", async (id) => staffSnapshot(await prisma.staffMember.findUniqueOrThrow({ where: { id } }))],
    ["Assignment", async (id) => assignmentSnapshot(await prisma.assignment.findUniqueOrThrow({ where: { id } }))],
  ]);

  async function importRich(variant: "first" | "changed", requestId: string) {
    const outcome = await runImport(
      prisma,
      admin,
      { filename: "zwilling.xlsx", bytes: await completeWorkbook(richWorld(variant)) },
      { dryRun: false, requestId },
    );
    expect(outcome.issues).toEqual([]);
    const event = await importEvent(requestId);
    return prisma.auditEvent.findMany({ where: { partOfId: event.id }, orderBy: { entity: "asc" } });
  }

  it("gives every kind of created record the entry its form would write", async () => {
    const parts = await importRich("first", "req-twin-1");
    expect(parts.map((part) => part.entity)).toEqual([
      "Assignment",
      "District",
      "FundingSource",
      "Provider",
      "School",
      "StaffMember",
    ]);
    for (const part of parts) {
      expect(part.after, part.entity).toEqual(await SNAPSHOTS.get(part.entity)?.(part.entityId ?? ""));
    }
  });

  it("gives every kind of changed record the before and after its form would write", async () => {
    const before = new Map<string, unknown>();
    for (const [entity, snapshot] of SNAPSHOTS) {
      if (entity === "District") continue;
      const [stored] = await prisma.auditEvent.findMany({
        where: { entity, requestId: "req-twin-1" },
        select: { entityId: true },
      });
      before.set(entity, await snapshot(stored?.entityId ?? ""));
    }
    const parts = await importRich("changed", "req-twin-2");
    expect(parts.map((part) => `${part.entity} ${part.action}`)).toEqual([
      "Assignment assignment.updated",
      "FundingSource funding_source.updated",
      "Provider provider.updated",
      "School school.updated",
      "StaffMember staff.updated",
    ]);
    for (const part of parts) {
      expect(part.before, part.entity).toEqual(before.get(part.entity));
      expect(part.after, part.entity).toEqual(await SNAPSHOTS.get(part.entity)?.(part.entityId ?? ""));
    }
  });
});
