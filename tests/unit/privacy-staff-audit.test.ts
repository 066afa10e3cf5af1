import { afterEach, describe, expect, it, vi } from "vitest";
import { assignmentAuditPair, staffAuditPair } from "../../lib/privacy/staff-audit.ts";

// Audit snapshots of staff and assignments keep ids, dates and FTE, never the person.

const person = {
  id: "7f1c0e9a-0000-4000-8000-000000000001",
  providerId: "7f1c0e9a-0000-4000-8000-000000000002",
  personnelNumber: "GBH-031",
  firstName: "Heike",
  lastName: "Zander",
  email: "heike.zander@gbh.example",
  phone: "02323 1",
  qualification: "Soziale Arbeit (B.A.)",
  employmentFte: "0.500",
  employedFrom: "2016-08-01",
  employedUntil: null,
};

describe("staffAuditPair", () => {
  it("drops every personal field and names the ones that changed", () => {
    const after = { ...person, lastName: "Zander-Berg", email: null, employmentFte: "0.750" };
    const pair = staffAuditPair(person, after);
    expect(pair.before).toEqual({
      id: person.id,
      providerId: person.providerId,
      employmentFte: "0.500",
      employedFrom: "2016-08-01",
      employedUntil: null,
    });
    expect(pair.after).toMatchObject({ employmentFte: "0.750", personalFieldsChanged: ["lastName", "email"] });
    const text = JSON.stringify(pair);
    for (const value of ["GBH-031", "Heike", "Zander", "heike.zander", "02323", "B.A."])
      expect(text).not.toContain(value);
  });

  it("handles creation (no before) and deletion (no after)", () => {
    expect(staffAuditPair(null, person).after?.personalFieldsChanged).toEqual([
      "personnelNumber",
      "firstName",
      "lastName",
      "email",
      "phone",
      "qualification",
    ]);
    expect(staffAuditPair(person, null)).toMatchObject({ after: null, before: { id: person.id } });
  });
});

describe("assignmentAuditPair", () => {
  it("keeps staffMemberId (the Art. 15 export finds the event by it) and drops the note", () => {
    const assignment = { id: "a", staffMemberId: person.id, fte: "0.500", note: "Vertretung für Frau Zander" };
    const pair = assignmentAuditPair(assignment, { ...assignment, note: null });
    expect(pair.before).toEqual({ id: "a", staffMemberId: person.id, fte: "0.500" });
    expect(pair.after).toEqual({ id: "a", staffMemberId: person.id, fte: "0.500", personalFieldsChanged: ["note"] });
  });
});

describe("STAFF_RETENTION_YEARS", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function retention(value: string | undefined) {
    vi.resetModules();
    vi.stubEnv("DATABASE_URL", "postgresql://x@localhost/x");
    vi.stubEnv("STAFF_RETENTION_YEARS", value);
    const { staffRetentionYears } = await import("../../lib/env.ts");
    return staffRetentionYears();
  }

  it("defaults to 3 years and takes whole numbers", async () => {
    expect(await retention(undefined)).toBe(3);
    expect(await retention("10")).toBe(10);
    expect(await retention("0")).toBe(0);
  });

  it("refuses an empty, negative or fractional value with a message naming the variable", async () => {
    for (const value of ["", "-1", "2.5", "drei"]) {
      await expect(retention(value)).rejects.toThrow(/STAFF_RETENTION_YEARS/);
    }
  });
});
