import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as exportRoute } from "../../app/api/v1/datenschutz/fachkraefte/[id]/route.ts";
import { createApiTokenSecret } from "../../lib/auth/api-token-format.ts";
import { NotFoundError } from "../../lib/dal/errors.ts";
import { exportStaffMember } from "../../lib/dal/privacy.ts";
import type { SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { makeViewers } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeSchool, makeStaff } from "../support/fixtures.ts";

// GDPR Art. 15: everything stored about one staff member, for ADMIN only, itself audited
// without personal data; the route answers a JSON download, 404 for everyone else.

let admin: SignedInViewer;
let others: Record<"SUPERVISOR" | "PROVIDER" | "SCHOOL", SignedInViewer>;
let staff: Awaited<ReturnType<typeof makeStaff>>;
let assignments: { funded: { id: string }; noted: { id: string } };
let schoolName: string;
/** Audit events about the staff member, in the order written, and one about somebody else. */
let expectedEventIds: string[];
let unrelatedEventId: string;

async function audit(data: {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: object;
  after?: object;
}): Promise<string> {
  const row = await prisma.auditEvent.create({
    data: { actor: "test@stellwerk.test", actorRole: "ADMIN", entityId: null, ...data },
  });
  return row.id.toString();
}

beforeEach(async () => {
  await resetDatabase();
  const viewers = await makeViewers();
  admin = viewers.admin;
  others = viewers.others;
  const funding = await prisma.fundingSource.create({
    data: { name: `Landesprogramm ${randomUUID()}`, kind: "LANDESPROGRAMM", validFrom: day("2010-01-01") },
  });
  const school = await makeSchool({ name: "Schillerschule Export" });
  schoolName = school.name;
  staff = await makeStaff({
    firstName: "Annegret",
    lastName: "Auskunftsberechtigt",
    email: "annegret@traeger.example",
    phone: "02323 123456",
    qualification: "Soziale Arbeit (B.A.)",
    personnelNumber: "AUS-001",
    employmentFte: "1.000",
    employedFrom: day("2015-08-01"),
  });
  assignments = {
    funded: await makeAssignment({
      staffMemberId: staff.id,
      schoolId: school.id,
      fte: "0.500",
      validFrom: day("2015-08-01"),
      validUntil: day("2018-07-31"),
      fundingSourceId: funding.id,
    }),
    noted: await makeAssignment({
      staffMemberId: staff.id,
      fte: "0.250",
      validFrom: day("2016-02-01"),
      note: "Vertretung",
    }),
  };
  const other = await makeStaff({ firstName: "Dritte", lastName: "Person" });
  expectedEventIds = [
    await audit({ action: "staff.created", entity: "StaffMember", entityId: staff.id, after: { providerId: "x" } }),
    await audit({ action: "assignment.created", entity: "Assignment", entityId: assignments.funded.id }),
    // An assignment deleted since: found through the staffMemberId in its snapshot.
    await audit({
      action: "assignment.deleted",
      entity: "Assignment",
      entityId: randomUUID(),
      before: { staffMemberId: staff.id, fte: "0.100" },
    }),
    // A refused look at the record is about the person too.
    await audit({ action: "access.denied", entity: "staff.read", entityId: staff.id }),
  ];
  unrelatedEventId = await audit({ action: "staff.created", entity: "StaffMember", entityId: other.id });
});

describe("Art. 15 export in the DAL", () => {
  it("gives the admin master data, assignments with school and funding, and every audit event about them", async () => {
    const data = await exportStaffMember(admin, staff.id);
    expect(data.format).toBe("stellwerk.gdpr-art15.staff-member.v1");
    expect(data.staffMember).toMatchObject({
      id: staff.id,
      firstName: "Annegret",
      lastName: "Auskunftsberechtigt",
      email: "annegret@traeger.example",
      phone: "02323 123456",
      qualification: "Soziale Arbeit (B.A.)",
      personnelNumber: "AUS-001",
      employmentFte: 1,
      employedFrom: "2015-08-01",
      employedUntil: null,
      anonymisedAt: null,
    });
    expect(data.staffMember.provider.id).toBe(staff.providerId);
    expect(data.assignments.map((a) => a.id)).toEqual([assignments.funded.id, assignments.noted.id]);
    expect(data.assignments[0]).toMatchObject({
      school: { name: schoolName },
      fte: 0.5,
      validFrom: "2015-08-01",
      validUntil: "2018-07-31",
      fundingSource: { kind: "LANDESPROGRAMM" },
      note: null,
    });
    expect(data.assignments[1]).toMatchObject({ fte: 0.25, validUntil: null, fundingSource: null, note: "Vertretung" });
    const ids = data.auditEvents.map((event) => event.id);
    expect(ids).toEqual(expectedEventIds);
    expect(ids).not.toContain(unrelatedEventId);
    // Plain JSON: survives a round trip unchanged (BigInt ids became strings, dates ISO).
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it("is audited as privacy.export with the staff id and counts only", async () => {
    await exportStaffMember(admin, staff.id, { requestId: "req-art15" });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "privacy.export", entityId: staff.id } });
    expect(event).toMatchObject({ actorId: admin.userId, entity: "StaffMember", requestId: "req-art15", before: null });
    expect(event.after).toEqual({ assignments: 2, auditEvents: 4 });
    const text = JSON.stringify({ ...event, id: event.id.toString() });
    for (const personal of ["Annegret", "Auskunftsberechtigt", "annegret@", "02323", "AUS-001", "Vertretung"]) {
      expect(text).not.toContain(personal);
    }
    // The next export discloses the earlier one as well.
    const again = await exportStaffMember(admin, staff.id);
    expect(again.auditEvents.map((e) => e.action)).toContain("privacy.export");
  });

  it("answers NotFound for every other role, audits the attempt, and exports nothing", async () => {
    for (const viewer of Object.values(others)) {
      await expect(exportStaffMember(viewer, staff.id)).rejects.toBeInstanceOf(NotFoundError);
      const denied = await prisma.auditEvent.findFirst({
        where: { action: "access.denied", actorId: viewer.userId, entity: "privacy.manage", entityId: staff.id },
      });
      expect(denied, viewer.role).not.toBeNull();
    }
    expect(await prisma.auditEvent.count({ where: { action: "privacy.export", entityId: staff.id } })).toBe(0);
  });

  it("answers NotFound for an unknown or malformed id", async () => {
    await expect(exportStaffMember(admin, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportStaffMember(admin, "../../etc")).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.auditEvent.count({ where: { action: "privacy.export", actorId: admin.userId } })).toBe(0);
  });
});

describe("GET /api/v1/datenschutz/fachkraefte/[id]", () => {
  async function tokenOf(viewer: SignedInViewer): Promise<string> {
    const secret = createApiTokenSecret();
    await prisma.apiToken.create({
      data: { userId: viewer.userId, name: "test", tokenHash: secret.tokenHash, prefix: secret.prefix },
    });
    return secret.token;
  }

  function call(id: string, token?: string) {
    const headers = new Headers();
    if (token) headers.set("authorization", `Bearer ${token}`);
    return exportRoute(new Request(`http://localhost/api/v1/datenschutz/fachkraefte/${id}`, { headers }), {
      params: Promise.resolve({ id }),
    });
  }

  it("downloads the JSON for the admin, under a file name without personal data", async () => {
    const response = await call(staff.id, await tokenOf(admin));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(
      new RegExp(`^attachment; filename="auskunft-fachkraft-${staff.id.slice(0, 8)}-\\d{4}-\\d{2}-\\d{2}\\.json"$`),
    );
    expect(disposition).not.toContain("Auskunftsberechtigt");
    const body = await response.json();
    expect(body.staffMember.lastName).toBe("Auskunftsberechtigt");
    expect(body.assignments).toHaveLength(2);
  });

  it("answers 404 to every other role, 404 for an unknown id, and 401 without sign-in", async () => {
    for (const viewer of Object.values(others)) {
      expect((await call(staff.id, await tokenOf(viewer))).status, viewer.role).toBe(404);
    }
    expect((await call(randomUUID(), await tokenOf(admin))).status).toBe(404);
    expect((await call(staff.id)).status).toBe(401);
  });
});
