import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../lib/dal/errors.ts";
import { ANONYMOUS, type SignedInViewer } from "../../lib/dal/viewer-types.ts";
import { getThresholdForEdit, updatePupilsPerFteThreshold } from "../../lib/dal/warning-settings.ts";
import { getWarnings } from "../../lib/dal/warnings.ts";
import { thresholdSchema } from "../../lib/schemas/warning-settings.ts";
import { municipality } from "../../prisma/seed/municipality.ts";
import { makeViewers } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeSchool } from "../support/fixtures.ts";

// The pupils-per-FTE threshold the admin sets on /uebersicht/hinweise: only the admin, a
// versioned write (a stale form is refused with what is stored), audited, and the warnings
// use the new value at once (their cache moves with the data version).

let admin: SignedInViewer;
let others: SignedInViewer[];
let id: string;

beforeAll(async () => {
  await resetDatabase();
  const viewers = await makeViewers();
  admin = viewers.admin;
  others = Object.values(viewers.others);
  id = (await prisma.municipality.create({ data: municipality })).id;
  // 400 pupils at 2.0 FTE: 200 per FTE, above 150, not above 250.
  const school = await makeSchool({ name: "Richtwertschule", pupilCount: 400 });
  await makeAssignment({ schoolId: school.id, fte: "1.000", validFrom: day("2016-01-01") });
  await makeAssignment({ schoolId: school.id, fte: "1.000", validFrom: day("2016-01-01") });
});
afterAll(() => prisma.$disconnect());

const D = "2016-06-01";
async function storedSetting() {
  const setting = await getThresholdForEdit(admin);
  if (!setting) throw new Error("no municipality");
  return setting;
}
const aboveCount = async () => (await getWarnings(admin, D)).counts.pupilsPerFteAboveThreshold;

describe("the pupils-per-FTE threshold", () => {
  it("is changed by the admin, versioned and audited, and the warnings follow", async () => {
    expect(await aboveCount()).toBe(1);
    const before = await getThresholdForEdit(admin);
    expect(before).toEqual({ id, version: 1, threshold: 150 });

    const result = await updatePupilsPerFteThreshold(admin, { id, version: 1, pupilsPerFteThreshold: 250 });
    expect(result).toEqual({ ok: true, value: { id } });
    expect(await getThresholdForEdit(admin)).toEqual({ id, version: 2, threshold: 250 });
    expect(await aboveCount()).toBe(0);

    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "settings.threshold_updated", entityId: id },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({
      entity: "Municipality",
      actorId: admin.userId,
      before: { pupilsPerFteThreshold: 150, version: 1 },
      after: { pupilsPerFteThreshold: 250, version: 2 },
    });
  });

  it("refuses a stale form with what is stored, and writes nothing", async () => {
    const stored = await storedSetting();
    const result = await updatePupilsPerFteThreshold(admin, {
      id,
      version: stored.version - 1,
      pupilsPerFteThreshold: 90,
    });
    expect(result).toEqual({
      ok: false,
      reason: "conflict",
      message: "conflict",
      current: { pupilsPerFteThreshold: String(stored.threshold), version: String(stored.version) },
    });
    expect(await getThresholdForEdit(admin)).toEqual(stored);
  });

  it("validates the input: a whole number from 1 to 10,000", () => {
    const parse = (value: string) =>
      thresholdSchema.safeParse({ id, version: "1", pupilsPerFteThreshold: value }).error?.issues[0]?.message;
    expect(parse("0")).toBe("invalidNumber");
    expect(parse("12,5")).toBe("invalidNumber");
    expect(parse("10001")).toBe("invalidNumber");
    expect(parse("")).toBe("required");
    expect(parse(" 180 ")).toBeUndefined();
  });

  it("is NotFound for everyone but the admin, who alone may write", async () => {
    const stored = await storedSetting();
    for (const viewer of [...others, ANONYMOUS]) {
      await expect(getThresholdForEdit(viewer)).rejects.toBeDefined();
      const attempt = updatePupilsPerFteThreshold(viewer, { id, version: stored.version, pupilsPerFteThreshold: 99 });
      if (viewer.kind === "user") await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
      else await expect(attempt).rejects.toThrow();
    }
    expect(await getThresholdForEdit(admin)).toEqual(stored);
    const refusals = await prisma.auditEvent.count({
      where: { action: "access.denied", entity: "settings.write", actorId: { in: others.map((o) => o.userId) } },
    });
    expect(refusals).toBe(2 * others.length);
  });

  it("edits only the municipality the warnings read", async () => {
    const other = await prisma.municipality.create({ data: { ...municipality, name: "Zzz-Stadt" } });
    await expect(
      updatePupilsPerFteThreshold(admin, { id: other.id, version: 1, pupilsPerFteThreshold: 99 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await prisma.municipality.findUniqueOrThrow({ where: { id: other.id } })).pupilsPerFteThreshold).toBe(150);
  });
});
