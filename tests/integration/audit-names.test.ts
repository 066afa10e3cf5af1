import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../../lib/dal/audit-log.ts";
import { NotFoundError } from "../../lib/dal/errors.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { makeViewers } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeDistrict, makeProvider, makeSchool, makeStaff } from "../support/fixtures.ts";

// The audit log names the records its events refer to (lib/dal/internal/audit-names.ts):
// the record itself and each reference in before/after, by name; a deleted record is absent;
// an anonymised staff member has a neutral label, and their names and notes in old snapshots
// are not handed out at all.

const run = randomBytes(4).toString("hex");
const actor = `namen-${run}@test.example`;
let admin: SignedInViewer;
let others: SignedInViewer[];
const ids: Record<string, string> = {};

beforeAll(async () => {
  await resetDatabase();
  const viewers = await makeViewers();
  admin = viewers.admin;
  others = Object.values(viewers.others);
  const mitte = await makeDistrict({ name: `Herne-Mitte ${run}` });
  const wanne = await makeDistrict({ name: `Wanne ${run}` });
  const school = await makeSchool({ name: `Schillerschule ${run}`, districtId: mitte.id });
  const provider = await makeProvider({ name: `GBH ${run}` });
  const kept = await makeStaff({ firstName: "Nina", lastName: `Ostermann${run}`, providerId: provider.id });
  const gone = await makeStaff({ firstName: "Claudia", lastName: `Fuchs${run}`, providerId: provider.id });
  const assignment = await makeAssignment({
    staffMemberId: gone.id,
    schoolId: school.id,
    validFrom: day("2016-01-01"),
  });
  Object.assign(ids, { mitte: mitte.id, wanne: wanne.id, school: school.id, provider: provider.id });
  Object.assign(ids, { kept: kept.id, gone: gone.id, assignment: assignment.id });
  const deletedSchool = "00000000-0000-4000-8000-000000000001";
  const staffSnapshot = (first: string, last: string, email: string) => ({
    providerId: provider.id,
    firstName: first,
    lastName: last,
    email,
    employmentFteMilli: 1000,
    version: 1,
  });
  await prisma.auditEvent.createMany({
    data: [
      {
        actor,
        action: "school.updated",
        entity: "School",
        entityId: school.id,
        before: { name: school.name, districtId: mitte.id, version: 1 },
        after: { name: school.name, districtId: wanne.id, version: 2 },
      },
      {
        actor,
        action: "staff.created",
        entity: "StaffMember",
        entityId: kept.id,
        after: staffSnapshot("Nina", `Ostermann${run}`, "nina@example.org"),
      },
      {
        actor,
        action: "staff.updated",
        entity: "StaffMember",
        entityId: gone.id,
        before: staffSnapshot("Claudia", `Fuchs${run}`, "claudia@example.org"),
        after: staffSnapshot("Claudia", `Fuchs-Neu${run}`, "claudia@example.org"),
      },
      {
        actor,
        action: "assignment.created",
        entity: "Assignment",
        entityId: assignment.id,
        after: { staffMemberId: gone.id, schoolId: school.id, fte: "0.500", note: `Vertretung für Fuchs${run}` },
      },
      {
        actor,
        action: "assignment.removed",
        entity: "Assignment",
        entityId: "00000000-0000-4000-8000-000000000002",
        before: { staffMemberId: kept.id, schoolId: deletedSchool, fte: "0.250" },
        after: { reason: "employment_ended" },
      },
      { actor, action: "access.denied", entity: "staff.write", entityId: kept.id, after: { what: "Fachkraft" } },
    ],
  });
  // Anonymised as lib/dal/internal/privacy-admin.ts does it.
  await prisma.staffMember.update({
    where: { id: gone.id },
    data: { firstName: "Anonymisiert", lastName: "ANON-x", email: null, anonymisedAt: new Date() },
  });
  await prisma.assignment.update({ where: { id: assignment.id }, data: { note: null } });
});

const page = () => listAuditEvents(admin, { page: 1, actor });

describe("names in the audit log", () => {
  it("names the records and their references, from the database", async () => {
    const { names } = await page();
    expect(names[ids.school as string]).toEqual({ kind: "name", name: `Schillerschule ${run}` });
    expect(names[ids.mitte as string]).toEqual({ kind: "name", name: `Herne-Mitte ${run}` });
    expect(names[ids.wanne as string]).toEqual({ kind: "name", name: `Wanne ${run}` });
    expect(names[ids.provider as string]).toEqual({ kind: "name", name: `GBH ${run}` });
    expect(names[ids.kept as string]).toEqual({ kind: "name", name: `Nina Ostermann${run}` });
  });

  it("leaves out what no longer exists", async () => {
    const { names } = await page();
    expect(names["00000000-0000-4000-8000-000000000001"]).toBeUndefined();
    expect(names["00000000-0000-4000-8000-000000000002"]).toBeUndefined();
  });

  it("never hands out the name of an anonymised staff member", async () => {
    const result = await page();
    expect(result.names[ids.gone as string]).toEqual({ kind: "anonymisedStaff" });
    expect(result.names[ids.assignment as string]).toEqual({
      kind: "assignment",
      staff: null,
      school: `Schillerschule ${run}`,
    });
    const text = JSON.stringify(result);
    expect(text).not.toContain(`Fuchs${run}`);
    expect(text).not.toContain("claudia@example.org");
    // The person who is not anonymised keeps their history.
    expect(text).toContain("nina@example.org");
    const updated = result.events.find((event) => event.action === "staff.updated");
    expect(updated?.after).toEqual({ providerId: ids.provider, employmentFteMilli: 1000, version: 1 });
  });

  it("is refused to everyone but the admin", async () => {
    for (const viewer of others) {
      await expect(listAuditEvents(viewer, { page: 1, actor })).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
