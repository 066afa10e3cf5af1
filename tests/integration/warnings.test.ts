import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getDashboard } from "../../lib/dal/dashboard.ts";
import { NotFoundError, UnauthenticatedError } from "../../lib/dal/errors.ts";
import { ANONYMOUS } from "../../lib/dal/viewer-types.ts";
import { getWarnings, getWarningsOfKind, WARNINGS_PAGE_SIZE } from "../../lib/dal/warnings.ts";
import { listWarnings, type WarningKind, type WarningOf, type WarningReport } from "../../lib/warnings/index.ts";
import { seedHerne } from "../../prisma/seed/index.ts";
import { makeViewers } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { day, makeAssignment, makeProvider, makeSchool, makeStaff } from "../support/fixtures.ts";

// The soft rules of docs/domain.md (lib/warnings): each rule on a small fixture with its edges,
// then the deliberate breaches of the Herne seed on the right dates, then who may see them.

const D = "2016-06-01";

function of<K extends WarningKind>(report: WarningReport, kind: K): WarningOf<K>[] {
  return report.warnings.filter((warning): warning is WarningOf<K> => warning.kind === kind);
}

const ids = (warnings: { record: { id: string } }[]) => warnings.map((warning) => warning.record.id).sort();

/** A staff member with assignments at `shares.length` schools (FTE as strings), from 2016-01-01. */
async function staffAt(employmentFte: string, shares: string[], data: { validUntil?: Date } = {}) {
  const staff = await makeStaff({ employmentFte });
  for (const fte of shares)
    await makeAssignment({ staffMemberId: staff.id, fte, validFrom: day("2016-01-01"), ...data });
  return staff;
}

beforeEach(() => resetDatabase());
afterAll(() => prisma.$disconnect());

describe("staff at ≥ 1.0 FTE serving more than 2 schools", () => {
  it("warns at three schools, not at two; by contract FTE, also when the assigned FTE is lower", async () => {
    const three = await staffAt("1.000", ["0.300", "0.300", "0.400"]);
    const threeLow = await staffAt("1.000", ["0.300", "0.300", "0.300"]);
    await staffAt("1.000", ["0.500", "0.500"]);
    const report = await listWarnings(prisma, D);
    const found = of(report, "fullTimeTooManySchools");
    expect(ids(found)).toEqual([three.id, threeLow.id].sort());
    const warning = found.find((w) => w.record.id === three.id);
    expect(warning).toMatchObject({
      record: { type: "staff", id: three.id, name: `Test ${three.lastName}` },
      href: `/fachkraefte/${three.id}`,
      schools: 3,
      fteMilli: 1000,
      employmentFteMilli: 1000,
    });
    expect(report.counts.fullTimeTooManySchools).toBe(2);
  });

  it("counts only assignments active at the key date (dates, employment, open school)", async () => {
    const staff = await makeStaff({ employmentFte: "1.000" });
    const closed = await makeSchool({ closedOn: day("2016-05-01") });
    await makeAssignment({ staffMemberId: staff.id, fte: "0.250", validFrom: day("2016-01-01") });
    await makeAssignment({ staffMemberId: staff.id, fte: "0.250", validFrom: day("2016-01-01") });
    await makeAssignment({ staffMemberId: staff.id, schoolId: closed.id, fte: "0.250", validFrom: day("2016-01-01") });
    await makeAssignment({
      staffMemberId: staff.id,
      fte: "0.250",
      validFrom: day("2016-01-01"),
      validUntil: day("2016-05-31"),
    });
    expect(of(await listWarnings(prisma, D), "fullTimeTooManySchools")).toEqual([]);
    // Before the school closed and the fourth assignment ended, it was four schools.
    expect(of(await listWarnings(prisma, "2016-04-01"), "fullTimeTooManySchools")[0]?.schools).toBe(4);
  });
});

describe("staff at ≤ 0.5 FTE serving more than 1 school", () => {
  it("warns at 0.5 on two schools; not at 0.6 on two, nor at 0.5 on one", async () => {
    const half = await staffAt("0.500", ["0.250", "0.250"]);
    await staffAt("0.600", ["0.300", "0.300"]);
    await staffAt("0.500", ["0.500"]);
    const found = of(await listWarnings(prisma, D), "partTimeTooManySchools");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ record: { id: half.id }, schools: 2, fteMilli: 500, employmentFteMilli: 500 });
  });

  it("does not count the same school twice", async () => {
    const staff = await makeStaff({ employmentFte: "0.500" });
    const school = await makeSchool();
    await makeAssignment({ staffMemberId: staff.id, schoolId: school.id, fte: "0.250", validFrom: day("2016-01-01") });
    await makeAssignment({
      staffMemberId: staff.id,
      schoolId: school.id,
      fte: "0.250",
      validFrom: day("2015-01-01"),
      validUntil: day("2015-12-31"),
    });
    expect(of(await listWarnings(prisma, D), "partTimeTooManySchools")).toEqual([]);
  });
});

describe("open school with no active assignment", () => {
  it("lists open schools without an active assignment only", async () => {
    const empty = await makeSchool({ name: "Leere Schule" });
    const staffGone = await makeStaff({ employedUntil: day("2016-03-31") });
    const orphaned = await makeSchool({ name: "Verwaiste Schule" });
    await makeAssignment({ staffMemberId: staffGone.id, schoolId: orphaned.id, validFrom: day("2016-01-01") });
    await makeSchool({ closedOn: day("2016-06-01") }); // closed on D: not open any more
    await makeSchool({ openedOn: day("2016-06-02") }); // not open yet
    await makeAssignment({ validFrom: day("2016-01-01") }); // a covered school
    const found = of(await listWarnings(prisma, D), "schoolUncovered");
    expect(ids(found)).toEqual([empty.id, orphaned.id].sort());
    expect(found.find((w) => w.record.id === empty.id)).toMatchObject({
      record: { type: "school", name: "Leere Schule" },
      href: `/schulen/${empty.id}`,
      schoolNumber: empty.schoolNumber,
    });
  });
});

describe("more pupils per FTE than the threshold", () => {
  it("warns strictly above 150 by default", async () => {
    const at150 = await makeSchool({ pupilCount: 150 });
    const at151 = await makeSchool({ pupilCount: 151 });
    await makeAssignment({ schoolId: at150.id, fte: "1.000", validFrom: day("2016-01-01") });
    await makeAssignment({ schoolId: at151.id, fte: "1.000", validFrom: day("2016-01-01") });
    const report = await listWarnings(prisma, D);
    expect(report.threshold).toBe(150);
    const found = of(report, "pupilsPerFteAboveThreshold");
    expect(ids(found)).toEqual([at151.id]);
    expect(found[0]).toMatchObject({ pupilCount: 151, fteMilli: 1000, pupilsPerFte: 151, threshold: 150 });
  });

  it("sums the school's FTE exactly and takes the threshold from the municipality", async () => {
    await prisma.municipality.create({
      data: {
        name: "Teststadt",
        authority: "Stadt",
        department: "FB",
        unit: "SSA",
        street: "Weg 1",
        postalCode: "12345",
        city: "Teststadt",
        phone: "0",
        email: "a@b.example",
        pupilsPerFteThreshold: 100,
      },
    });
    // 100 pupils at 0.333 + 0.334 + 0.333 = 1.000 FTE: exactly 100 per FTE, no warning.
    const exact = await makeSchool({ pupilCount: 100 });
    for (const fte of ["0.333", "0.334", "0.333"]) {
      await makeAssignment({ schoolId: exact.id, fte, validFrom: day("2016-01-01") });
    }
    const above = await makeSchool({ pupilCount: 67 });
    await makeAssignment({ schoolId: above.id, fte: "0.667", validFrom: day("2016-01-01") });
    const report = await listWarnings(prisma, D);
    expect(report.threshold).toBe(100);
    expect(ids(of(report, "pupilsPerFteAboveThreshold"))).toEqual([above.id]);
  });
});

describe("funding source ending within 6 months", () => {
  it("takes D ≤ validUntil ≤ D + 6 months and the FTE it carries at D", async () => {
    const source = (name: string, validUntil: string | null) =>
      prisma.fundingSource.create({
        data: {
          name,
          kind: "LANDESPROGRAMM",
          validFrom: day("2010-01-01"),
          validUntil: validUntil ? day(validUntil) : null,
        },
      });
    const onD = await source("endet am Stichtag", D);
    const atHorizon = await source("endet in sechs Monaten", "2016-12-01");
    await source("endet danach", "2016-12-02");
    await source("endete vorher", "2016-05-31");
    await source("unbefristet", null);
    await makeAssignment({ fundingSourceId: atHorizon.id, fte: "0.500", validFrom: day("2016-01-01") });
    await makeAssignment({ fundingSourceId: atHorizon.id, fte: "0.250", validFrom: day("2016-01-01") });
    await makeAssignment({ fundingSourceId: atHorizon.id, fte: "1.000", validFrom: day("2016-07-01") }); // not yet
    const report = await listWarnings(prisma, D);
    expect(report.fundingHorizon).toBe("2016-12-01");
    const found = of(report, "fundingEnding");
    expect(found.map((w) => w.record.name).sort()).toEqual(["endet am Stichtag", "endet in sechs Monaten"]);
    expect(found.find((w) => w.record.id === atHorizon.id)).toMatchObject({
      record: { type: "fundingSource" },
      href: `/finanzierungen/${atHorizon.id}`,
      validUntil: "2016-12-01",
      fteMilli: 750,
      assignments: 2,
    });
    expect(found.find((w) => w.record.id === onD.id)).toMatchObject({ fteMilli: 0, assignments: 0 });
  });

  it("clamps the horizon at the end of a short month", async () => {
    expect((await listWarnings(prisma, "2017-08-31")).fundingHorizon).toBe("2018-02-28");
    expect((await listWarnings(prisma, "2019-08-31")).fundingHorizon).toBe("2020-02-29");
  });
});

describe("active assignment with no funding source", () => {
  it("lists active assignments without funding only, linking to the staff timeline", async () => {
    const funding = await prisma.fundingSource.create({
      data: { name: "Kommune", kind: "KOMMUNAL", validFrom: day("2010-01-01") },
    });
    const unfunded = await makeAssignment({ validFrom: day("2016-01-01") });
    await makeAssignment({ validFrom: day("2016-01-01"), fundingSourceId: funding.id });
    await makeAssignment({ validFrom: day("2015-01-01"), validUntil: day("2015-12-31") }); // ended
    const found = of(await listWarnings(prisma, D), "assignmentUnfunded");
    expect(ids(found)).toEqual([unfunded.id]);
    expect(found[0]).toMatchObject({
      record: { type: "assignment", id: unfunded.id },
      staffId: unfunded.staffMemberId,
      schoolId: unfunded.schoolId,
      href: `/fachkraefte/${unfunded.staffMemberId}#einsatz-${unfunded.id}`,
      fteMilli: 500,
      validFrom: "2016-01-01",
      validUntil: null,
    });
  });
});

describe("assignment outside its staff member's employment", () => {
  it("finds an assignment left open after the employment ended, before and after the end", async () => {
    const staff = await makeStaff({ employedFrom: day("2015-01-01"), employedUntil: day("2016-12-31") });
    const open = await makeAssignment({ staffMemberId: staff.id, validFrom: day("2015-01-01") });
    const inside = await makeStaff({ employedFrom: day("2015-01-01"), employedUntil: day("2016-12-31") });
    await makeAssignment({ staffMemberId: inside.id, validFrom: day("2015-01-01"), validUntil: day("2016-12-31") });
    for (const date of [D, "2017-06-01"]) {
      const found = of(await listWarnings(prisma, date), "assignmentOutsideEmployment");
      expect(ids(found)).toEqual([open.id]);
      expect(found[0]).toMatchObject({ employedFrom: "2015-01-01", employedUntil: "2016-12-31", validUntil: null });
    }
    // Before the assignment began, there is nothing to warn about.
    expect(of(await listWarnings(prisma, "2014-06-01"), "assignmentOutsideEmployment")).toEqual([]);
  });

  it("finds an assignment that starts before the employment", async () => {
    const staff = await makeStaff({ employedFrom: day("2016-01-01") });
    const early = await makeAssignment({ staffMemberId: staff.id, validFrom: day("2015-06-01") });
    expect(ids(of(await listWarnings(prisma, "2015-07-01"), "assignmentOutsideEmployment"))).toEqual([early.id]);
    expect(ids(of(await listWarnings(prisma, D), "assignmentOutsideEmployment"))).toEqual([early.id]);
  });
});

describe("the report", () => {
  it("is empty but complete on an empty database, with every kind counted", async () => {
    const report = await listWarnings(prisma, D);
    expect(report).toEqual({
      date: D,
      threshold: 150,
      fundingHorizon: "2016-12-01",
      openSchools: 0,
      warnings: [],
      counts: {
        fullTimeTooManySchools: 0,
        partTimeTooManySchools: 0,
        schoolUncovered: 0,
        pupilsPerFteAboveThreshold: 0,
        fundingEnding: 0,
        assignmentUnfunded: 0,
        assignmentOutsideEmployment: 0,
      },
    });
  });

  it("lists kinds in a fixed order, the most severe first, equal ones by name in German order", async () => {
    await makeSchool({ schoolNumber: "300003", name: "A-Schule", pupilCount: 200 });
    await makeSchool({ schoolNumber: "300001", name: "Z-Schule", pupilCount: 200 });
    await makeSchool({ schoolNumber: "300002", name: "M-Schule", pupilCount: 900 });
    for (const lastName of ["Zander", "Özdemir", "Ober"]) {
      const staff = await makeStaff({ lastName, employmentFte: "0.500" });
      await makeAssignment({ staffMemberId: staff.id, fte: "0.250", validFrom: day("2016-01-01") });
      await makeAssignment({ staffMemberId: staff.id, fte: "0.250", validFrom: day("2016-01-01") });
    }
    const report = await listWarnings(prisma, D);
    expect([...new Set(report.warnings.map((w) => w.kind))]).toEqual([
      "partTimeTooManySchools",
      "schoolUncovered",
      "pupilsPerFteAboveThreshold",
      "assignmentUnfunded",
    ]);
    // The most pupils without cover first; equal ones by school number.
    expect(of(report, "schoolUncovered").map((w) => w.record.name)).toEqual(["M-Schule", "Z-Schule", "A-Schule"]);
    expect(report.openSchools).toBe(3 + 6);
    expect(of(report, "partTimeTooManySchools").map((w) => w.record.name)).toEqual([
      "Test Ober",
      "Test Özdemir",
      "Test Zander",
    ]);
  });

  it("puts the school with the most pupils per FTE first, and more schools before fewer", async () => {
    const ratios = [
      { name: "Mittel", pupils: 400 }, // 800 per FTE at 0.5
      { name: "Spitze", pupils: 482 }, // 964 per FTE
      { name: "Knapp", pupils: 80 }, // 160 per FTE
    ];
    for (const { name, pupils } of ratios) {
      const school = await makeSchool({ name, pupilCount: pupils });
      await makeAssignment({ schoolId: school.id, fte: "0.500", validFrom: day("2016-01-01") });
    }
    const two = await staffAt("0.500", ["0.250", "0.250"]);
    const three = await staffAt("0.500", ["0.100", "0.100", "0.100"]);
    const report = await listWarnings(prisma, D);
    // (The staff's own schools are above the threshold too; only the three named ones count here.)
    const names = new Set(ratios.map((ratio) => ratio.name));
    const above = of(report, "pupilsPerFteAboveThreshold").filter((w) => names.has(w.record.name));
    expect(above.map((w) => w.record.name)).toEqual(["Spitze", "Mittel", "Knapp"]);
    expect(above[0]?.pupilsPerFte).toBe(964);
    expect(of(report, "partTimeTooManySchools").map((w) => w.record.id)).toEqual([three.id, two.id]);
  });

  it("rejects an impossible date", async () => {
    await expect(listWarnings(prisma, "2018-02-31")).rejects.toThrow(RangeError);
  });
});

describe("the Herne seed's deliberate breaches", () => {
  const nameOf = (warnings: { record: { name: string } }[]) => warnings.map((w) => w.record.name).sort();

  it("are found on the right dates", async () => {
    await seedHerne(prisma);
    const november = await listWarnings(prisma, "2017-11-15");
    expect(nameOf(of(november, "fullTimeTooManySchools"))).toEqual(["Nina Ostermann"]);
    expect(of(november, "fullTimeTooManySchools")[0]).toMatchObject({ schools: 3, fteMilli: 1000 });
    expect(nameOf(of(november, "partTimeTooManySchools"))).toEqual(["Heike Zander"]);
    expect(nameOf(of(november, "assignmentOutsideEmployment"))).toEqual(["Claudia Fuchs"]);
    expect(of(november, "assignmentOutsideEmployment")[0]).toMatchObject({
      schoolName: "Hans-Tilkowski-Schule",
      employedUntil: "2017-01-31",
      validUntil: null,
    });
    expect(nameOf(of(november, "assignmentUnfunded"))).toEqual(["Dennis Wagner", "Mareike Voss"]);
    // The uncovered schools are exactly the figures' 43 − 41.
    expect(of(november, "schoolUncovered")).toHaveLength(2);

    // March 2016: before Ostermann (08/2017) and Zander's split (08/2016), before Voss (01/2017)
    // and Wagner (02/2017); Fuchs's assignment already outlasts her employment.
    const march2016 = await listWarnings(prisma, "2016-03-07");
    expect(of(march2016, "fullTimeTooManySchools")).toEqual([]);
    expect(of(march2016, "partTimeTooManySchools")).toEqual([]);
    expect(of(march2016, "assignmentUnfunded")).toEqual([]);
    expect(nameOf(of(march2016, "assignmentOutsideEmployment"))).toEqual(["Claudia Fuchs"]);
    expect(of(march2016, "schoolUncovered")).toHaveLength(46 - 28);

    // March 2019: Ostermann still at three schools (Kunterbunt instead of Schulstraße); Wagner gone.
    const march2019 = await listWarnings(prisma, "2019-03-01");
    expect(nameOf(of(march2019, "fullTimeTooManySchools"))).toEqual(["Nina Ostermann"]);
    expect(nameOf(of(march2019, "partTimeTooManySchools"))).toEqual(["Heike Zander"]);
    expect(nameOf(of(march2019, "assignmentUnfunded"))).toEqual(["Mareike Voss"]);
    expect(nameOf(of(march2019, "schoolUncovered"))).toEqual(["Haranni-Gymnasium"]);

    // Funding: BuT ran out at the end of 2014, MPT ends on 31.07.2027.
    const but = of(await listWarnings(prisma, "2014-08-01"), "fundingEnding");
    expect(but.map((w) => [w.record.name, w.validUntil])).toEqual([["BuT (Bildung und Teilhabe)", "2014-12-31"]]);
    const mpt = of(await listWarnings(prisma, "2027-02-01"), "fundingEnding");
    expect(mpt.map((w) => [w.record.name, w.fteMilli, w.assignments])).toEqual([
      ["MPT (multiprofessionelle Teams)", 3500, 5],
    ]);
    expect(of(await listWarnings(prisma, "2017-11-15"), "fundingEnding")).toEqual([]);
  });
});

describe("who sees the warnings", () => {
  it("admin and supervisor; providers and school heads get NotFound (audited); anonymous must sign in", async () => {
    await makeAssignment({ validFrom: day("2016-01-01") });
    const { admin, others } = await makeViewers();
    expect((await getWarnings(admin, D)).counts.assignmentUnfunded).toBe(1);
    expect((await getWarnings(others.SUPERVISOR, D)).counts.assignmentUnfunded).toBe(1);
    for (const viewer of [others.PROVIDER, others.SCHOOL]) {
      await expect(getWarnings(viewer, D)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getDashboard(viewer, D, D)).rejects.toBeInstanceOf(NotFoundError);
      const denied = await prisma.auditEvent.count({ where: { actorId: viewer.userId, action: "access.denied" } });
      expect(denied).toBe(2);
    }
    await expect(getWarnings(ANONYMOUS, D)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(getDashboard(ANONYMOUS, D, D)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("the dashboard brings figures, warnings and a monthly trend up to the later of today and D", async () => {
    const provider = await makeProvider();
    const staff = await makeStaff({ providerId: provider.id });
    await makeAssignment({ staffMemberId: staff.id, validFrom: day("2016-01-15") });
    const { admin } = await makeViewers();
    const dashboard = await getDashboard(admin, D, "2016-03-20");
    expect(dashboard.coverage.total).toMatchObject({ staff: 1, fteMilli: 500, schoolsCovered: 1 });
    expect(dashboard.warnings.counts.assignmentUnfunded).toBe(1);
    expect(dashboard.trend.map((point) => point.date)).toEqual([
      "2016-01-01",
      "2016-02-01",
      "2016-03-01",
      "2016-04-01",
      "2016-05-01",
      "2016-06-01",
    ]);
    expect(dashboard.trend[0]?.staff).toBe(0);
    expect(dashboard.trend[1]).toMatchObject({ staff: 1, fteMilli: 500 });
  });

  it("one kind a page at a time for /uebersicht/hinweise; a page past the end gives the last one", async () => {
    const { admin, others } = await makeViewers(); // makeViewers adds one uncovered school
    for (let i = 0; i < WARNINGS_PAGE_SIZE + 4; i++) await makeSchool({ name: `Schule ${String(i).padStart(3, "0")}` });
    const total = WARNINGS_PAGE_SIZE + 5;
    const first = await getWarningsOfKind(admin, D, "schoolUncovered", 1);
    expect(first.page).toMatchObject({ total, page: 1, pageCount: 2, pageSize: WARNINGS_PAGE_SIZE });
    expect(first.page.rows).toHaveLength(WARNINGS_PAGE_SIZE);
    expect(first.page.rows.every((warning) => warning.kind === "schoolUncovered")).toBe(true);
    const last = await getWarningsOfKind(others.SUPERVISOR, D, "schoolUncovered", 99);
    expect(last.page).toMatchObject({ total, page: 2 });
    expect(last.page.rows).toHaveLength(5);
    const all = (await getWarnings(admin, D)).warnings.filter((warning) => warning.kind === "schoolUncovered");
    expect([...first.page.rows, ...last.page.rows].map((w) => w.record.id)).toEqual(all.map((w) => w.record.id));
    expect((await getWarningsOfKind(admin, D, "fundingEnding", 1)).page).toMatchObject({ total: 0, page: 1 });
    await expect(getWarningsOfKind(others.PROVIDER, D, "schoolUncovered", 1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getWarningsOfKind(ANONYMOUS, D, "schoolUncovered", 1)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
