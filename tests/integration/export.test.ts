import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as dataXlsx } from "../../app/api/v1/export/daten.xlsx/route.ts";
import { GET as keyDateCsv } from "../../app/api/v1/export/stichtag.csv/route.ts";
import { GET as keyDatePdf } from "../../app/api/v1/export/stichtag.pdf/route.ts";
import { GET as keyDateXlsx } from "../../app/api/v1/export/stichtag.xlsx/route.ts";
import { GET as publicCsv } from "../../app/api/v1/public/coverage.csv/route.ts";
import { createApiTokenSecret } from "../../lib/auth/api-token-format.ts";
import { computeCoverage } from "../../lib/coverage/index.ts";
import { viewerFromUser } from "../../lib/dal/viewer-types.ts";
import { completeDataWorkbook } from "../../lib/export/complete-data.ts";
import { toPublicCoverage } from "../../lib/statistics/public-aggregates.ts";
import { seedHerne } from "../../prisma/seed/index.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { extractPdfText, flatPdfText } from "../support/pdf-text.ts";

// The exports against the Herne seed: the exact figures of docs/domain.md read back from XLSX, CSV
// and PDF; each role's scope; refused narrowing to somebody else's scope (IDOR); the audit
// trail; and the suppressed public CSV. Route handlers are called directly with API tokens.

const DATE = "2017-11-15";
const SENTENCE =
  "Am 15.11.2017 waren 44 Fachkräfte für Schulsozialarbeit mit einem Gesamtstellenanteil von 39,5 in unterschiedlicher Trägerschaft an 41 von 43 Schulen in Herne tätig.";
const MISSING = "9b2f8d1e-3c4a-4b5d-8e6f-7a8b9c0d1e2f";

type Handler = typeof keyDateXlsx;
type Role = "ADMIN" | "SUPERVISOR" | "PROVIDER" | "SCHOOL";

const tokens: Record<string, string> = {};
const users: Record<
  string,
  { id: string; email: string; name: string; role: Role; providerId: string | null; schoolId: string | null }
> = {};
let gbh: { id: string; name: string };
let gfs: { id: string; name: string };
let schoolX: { id: string; schoolNumber: string; name: string };
let schoolY: { id: string; schoolNumber: string };

async function makeCaller(key: string, role: Role, binding: { providerId?: string; schoolId?: string } = {}) {
  const user = await prisma.user.create({
    data: {
      email: `${key}@export.test`,
      name: key,
      passwordHash: "unused",
      role,
      mustChangePassword: false,
      ...binding,
    },
  });
  const secret = createApiTokenSecret();
  await prisma.apiToken.create({
    data: { userId: user.id, name: "test", tokenHash: secret.tokenHash, prefix: secret.prefix },
  });
  tokens[key] = secret.token;
  users[key] = user;
}

function call(handler: Handler, path: string, who?: string) {
  const headers = new Headers();
  if (who) headers.set("authorization", `Bearer ${tokens[who]}`);
  return handler(new Request(`http://localhost${path}`, { headers }), { params: Promise.resolve({}) });
}

async function ok(response: Response): Promise<Buffer> {
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return Buffer.from(await response.arrayBuffer());
}

async function workbookOf(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const sheet = (workbook: ExcelJS.Workbook, name: string) => {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

/** Data rows (after the header) as arrays of cell values. */
const rowsOf = (worksheet: ExcelJS.Worksheet) =>
  worksheet.getRows(2, Math.max(0, worksheet.rowCount - 1))?.map((row) => (row.values as unknown[]).slice(1)) ?? [];

const csvRows = (text: string) => parse(text, { delimiter: ";", bom: true, columns: true }) as Record<string, string>[];
const decimalComma = (value: string | undefined) => Number((value ?? "").replace(",", "."));
const milli = (value: unknown) => Math.round(Number(value) * 1000);

async function auditOf(userKey: string, action: string) {
  return prisma.auditEvent.findMany({ where: { actorId: users[userKey]?.id, action }, orderBy: { id: "asc" } });
}

beforeAll(async () => {
  await resetDatabase();
  await seedHerne(prisma);
  gbh = await prisma.provider.findUniqueOrThrow({ where: { shortName: "GBH" } });
  gfs = await prisma.provider.findUniqueOrThrow({ where: { shortName: "GFS" } });
  // A school with GBH staff on the key date, and another school.
  const assignment = await prisma.assignment.findFirstOrThrow({
    where: {
      staffMember: { providerId: gbh.id },
      validFrom: { lte: new Date(DATE) },
      OR: [{ validUntil: null }, { validUntil: { gte: new Date(DATE) } }],
    },
    include: { school: true },
    orderBy: { school: { schoolNumber: "asc" } },
  });
  schoolX = assignment.school;
  schoolY = await prisma.school.findFirstOrThrow({
    where: { id: { not: schoolX.id } },
    orderBy: { schoolNumber: "asc" },
  });
  await makeCaller("admin", "ADMIN");
  await makeCaller("supervisor", "SUPERVISOR");
  await makeCaller("gbh", "PROVIDER", { providerId: gbh.id });
  await makeCaller("gfs", "PROVIDER", { providerId: gfs.id });
  await makeCaller("school", "SCHOOL", { schoolId: schoolX.id });
});
afterAll(() => prisma.$disconnect());

describe("key-date XLSX (admin, Herne, 15.11.2017)", () => {
  it("reads back with the exact figures as numbers and the key date as a date", async () => {
    const response = await call(keyDateXlsx, `/api/v1/export/stichtag.xlsx?date=${DATE}`, "admin");
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="stellwerk-stichtag-2017-11-15.xlsx"',
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const workbook = await workbookOf(await ok(response));

    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Übersicht",
      "Nach Träger",
      "Nach Schulform",
      "Nach Stadtbezirk",
      "Schulen",
      "Nicht versorgte Schulen",
      "Hinweise",
    ]);
    for (const ws of workbook.worksheets) expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    const [summary] = rowsOf(sheet(workbook, "Übersicht"));
    expect(summary).toEqual([new Date(`${DATE}T00:00:00Z`), "alle Träger und Schulen", 44, 39.5, 41, 43]);
    expect(summary?.slice(2).every((value) => typeof value === "number")).toBe(true);

    // FTE adds up across every breakdown to the total (each assignment is in exactly one group).
    for (const name of ["Nach Träger", "Nach Schulform", "Nach Stadtbezirk", "Schulen"]) {
      const rows = rowsOf(sheet(workbook, name));
      const fteColumn = name === "Schulen" ? 6 : 2;
      expect(rows.reduce((sum, row) => sum + milli(row[fteColumn]), 0)).toBe(39_500);
    }
    expect(rowsOf(sheet(workbook, "Nach Träger"))).toHaveLength(4);
    expect(rowsOf(sheet(workbook, "Schulen"))).toHaveLength(43);
    expect(rowsOf(sheet(workbook, "Nicht versorgte Schulen")).map((row) => row[1])).toEqual([
      "Grundschule Holthausen",
      "Haranni-Gymnasium",
    ]);
    const schools = rowsOf(sheet(workbook, "Schulen"));
    const schiller = schools.find((row) => row[1] === "Schillerschule");
    expect(schiller?.slice(4)).toEqual([312, 1, 0.5, 624]);
    const rules = rowsOf(sheet(workbook, "Hinweise")).map((row) => String(row[1]));
    expect(rules.some((text) => text.includes("Stadt Herne 420094"))).toBe(true);
    expect(rules.some((text) => text.includes("GBH GBH-031"))).toBe(true);
  });
});

describe("key-date CSV (admin, Herne, 15.11.2017)", () => {
  it("reads back with csv-parse: BOM, `;`, decimal comma, the exact figures", async () => {
    const response = await call(keyDateCsv, `/api/v1/export/stichtag.csv?date=${DATE}`, "admin");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="stellwerk-stichtag-2017-11-15.csv"',
    );
    const bytes = await ok(response);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.split("\r\n").at(-1)).toBe("");
    expect(text.replaceAll("\r\n", "")).not.toContain("\n");

    const rows = csvRows(text);
    expect(rows[0]).toEqual({
      Stichtag: "15.11.2017",
      Aufschlüsselung: "Gesamt",
      Gruppe: "",
      Fachkräfte: "44",
      Stellenanteile: "39,5",
      "Versorgte Schulen": "41",
      "Schulen gesamt": "43",
    });
    for (const breakdown of ["Träger", "Schulform", "Stadtbezirk"]) {
      const group = rows.filter((row) => row.Aufschlüsselung === breakdown);
      expect(group.length).toBeGreaterThan(0);
      expect(group.reduce((sum, row) => sum + Math.round(decimalComma(row.Stellenanteile) * 1000), 0)).toBe(39_500);
    }
    expect(rows.find((row) => row.Gruppe === "Herne-Mitte")?.Stellenanteile).toBe("14,95");
  });
});

describe("key-date PDF (admin, Herne, 15.11.2017)", () => {
  it("is a PDF whose text has the sentence with the figures and 'Seite x von y'", async () => {
    const response = await call(keyDatePdf, `/api/v1/export/stichtag.pdf?date=${DATE}`, "admin");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="stellwerk-stichtag-2017-11-15.pdf"',
    );
    const pdf = await ok(response);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { pages, pageCount } = extractPdfText(pdf);
    expect(pageCount).toBeGreaterThan(0);
    expect(pageCount).toBeLessThan(10);
    pages.forEach((page, index) => {
      expect(page).toContain(`Stellwerk · Stichtag 15.11.2017 · Seite ${index + 1} von ${pageCount}`);
    });
    const text = flatPdfText(pdf);
    expect(text).toContain("Schulsozialarbeit in Herne");
    expect(text).toContain(SENTENCE);
    expect(text).toContain("Haranni-Gymnasium");
    expect(text).toContain("Fachkraft Stadt Herne 420094 (Stellenumfang 1) ist an 3 Schulen zugleich eingesetzt.");
    expect(text).toContain("Europaschule (120308): Der Einsatz von GFS F-125 seit 01.01.2017 hat keine Finanzierung.");
  });
});

describe("scopes", () => {
  it("gives a provider only their own staff's figures and rows", async () => {
    const expected = await computeCoverage(prisma, DATE, { kind: "provider", providerId: gbh.id });
    const workbook = await workbookOf(
      await ok(await call(keyDateXlsx, `/api/v1/export/stichtag.xlsx?date=${DATE}`, "gbh")),
    );
    const [summary] = rowsOf(sheet(workbook, "Übersicht"));
    expect(summary?.slice(1)).toEqual([
      `die Fachkräfte des Trägers ${gbh.name}`,
      expected.total.staff,
      expected.total.fteMilli / 1000,
      expected.total.schoolsCovered,
      43,
    ]);
    expect(expected.total.staff).toBeLessThan(44);
    expect(rowsOf(sheet(workbook, "Nach Träger")).map((row) => row[0])).toEqual([gbh.name]);
    expect(workbook.getWorksheet("Nicht versorgte Schulen")).toBeUndefined();
    expect(rowsOf(sheet(workbook, "Schulen"))).toHaveLength(expected.total.schoolsCovered);
    const warnings = rowsOf(sheet(workbook, "Hinweise")).map((row) => String(row[1]));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((text) => text.includes("GBH "))).toBe(true);

    const csv = csvRows(
      (await ok(await call(keyDateCsv, `/api/v1/export/stichtag.csv?date=${DATE}`, "gbh"))).toString(),
    );
    expect(csv.filter((row) => row.Aufschlüsselung === "Träger").map((row) => row.Gruppe)).toEqual([gbh.name]);
    expect(csv[0]?.Fachkräfte).toBe(String(expected.total.staff));

    const pdf = flatPdfText(await ok(await call(keyDatePdf, `/api/v1/export/stichtag.pdf?date=${DATE}`, "gbh")));
    expect(pdf).toContain(`des Trägers ${gbh.name}`);
    // The report lists the provider's warnings too (the workbook's, at most 20 per rule).
    for (const text of warnings.slice(0, 20)) expect(pdf).toContain(text);
    expect(pdf).not.toContain(gfs.name);
    expect(pdf).not.toContain("420094");
  });

  it("gives a school head only their own school", async () => {
    const expected = await computeCoverage(prisma, DATE, { kind: "school", schoolId: schoolX.id });
    const workbook = await workbookOf(
      await ok(await call(keyDateXlsx, `/api/v1/export/stichtag.xlsx?date=${DATE}`, "school")),
    );
    const [summary] = rowsOf(sheet(workbook, "Übersicht"));
    expect(summary?.slice(2)).toEqual([expected.total.staff, expected.total.fteMilli / 1000, 1, 1]);
    expect(rowsOf(sheet(workbook, "Schulen")).map((row) => row[0])).toEqual([schoolX.schoolNumber]);
    expect(rowsOf(sheet(workbook, "Nach Träger")).map((row) => row[0])).toEqual(
      expected.byProvider.map((row) => row.provider),
    );
    expect(rowsOf(sheet(workbook, "Nicht versorgte Schulen"))).toEqual([]);
    // Only the school's own rule: no personnel numbers, no funding, no other schools.
    const warnings = rowsOf(sheet(workbook, "Hinweise"));
    expect(
      warnings.every(
        (row) => row[0] === "Mehr als 150 Schülerinnen und Schüler je Stelle" && String(row[1]).includes(schoolX.name),
      ),
    ).toBe(true);
  });

  it("lets admin and supervisor narrow to one provider or one school", async () => {
    for (const who of ["admin", "supervisor"]) {
      const rows = csvRows(
        (
          await ok(await call(keyDateCsv, `/api/v1/export/stichtag.csv?date=${DATE}&provider=${gfs.id}`, who))
        ).toString(),
      );
      expect(rows.filter((row) => row.Aufschlüsselung === "Träger").map((row) => row.Gruppe)).toEqual([gfs.name]);
      const school = csvRows(
        (
          await ok(await call(keyDateCsv, `/api/v1/export/stichtag.csv?date=${DATE}&school=${schoolY.id}`, who))
        ).toString(),
      );
      expect(school[0]?.["Schulen gesamt"]).toBe("1");
    }
  });
});

describe("refusals", () => {
  it("answers another provider's or school's scope exactly like a missing one, and audits it", async () => {
    const before = (await auditOf("gbh", "access.denied")).length;
    const other = await call(keyDateXlsx, `/api/v1/export/stichtag.xlsx?date=${DATE}&provider=${gfs.id}`, "gbh");
    const missing = await call(keyDateXlsx, `/api/v1/export/stichtag.xlsx?date=${DATE}&provider=${MISSING}`, "gbh");
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await other.json()).toEqual(await missing.json());
    const denied = await auditOf("gbh", "access.denied");
    expect(denied).toHaveLength(before + 1);
    expect(denied.at(-1)).toMatchObject({ entity: "export.run", entityId: gfs.id });

    const own = await call(keyDateXlsx, `/api/v1/export/stichtag.xlsx?date=${DATE}&provider=${gbh.id}`, "gbh");
    expect(own.status).toBe(200);
    for (const [who, query] of [
      ["gbh", `school=${schoolX.id}`],
      ["gfs", `provider=${gbh.id}`],
      ["school", `school=${schoolY.id}`],
      ["school", `provider=${gbh.id}`],
      ["gbh", "provider=not-a-uuid"],
    ] as const) {
      for (const handler of [keyDateXlsx, keyDateCsv, keyDatePdf]) {
        const response = await call(handler, `/api/v1/export/x?date=${DATE}&${query}`, who);
        expect({ who, query, status: response.status }).toEqual({ who, query, status: 404 });
      }
    }
  });

  it("refuses anonymous callers, bad dates and two scopes at once", async () => {
    for (const handler of [keyDateXlsx, keyDateCsv, keyDatePdf, dataXlsx]) {
      expect((await call(handler, `/api/v1/export/x?date=${DATE}`)).status).toBe(401);
    }
    const badDate = await call(keyDateCsv, "/api/v1/export/stichtag.csv?date=2018-02-31", "admin");
    expect(badDate.status).toBe(400);
    expect((await badDate.json()).error).toMatch(/Ungültiges Datum/);
    const both = await call(keyDateCsv, `/api/v1/export/stichtag.csv?provider=${gbh.id}&school=${schoolX.id}`, "admin");
    expect(both.status).toBe(400);
  });
});

describe("complete data in the import format", () => {
  it("gives admin and supervisor everything", async () => {
    const response = await call(dataXlsx, "/api/v1/export/daten.xlsx", "supervisor");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="stellwerk-daten-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const workbook = await workbookOf(await ok(response));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Träger",
      "Schulen",
      "Finanzierungen",
      "Fachkräfte",
      "Einsätze",
    ]);
    expect(rowsOf(sheet(workbook, "Träger"))).toHaveLength(await prisma.provider.count());
    expect(rowsOf(sheet(workbook, "Schulen"))).toHaveLength(await prisma.school.count());
    expect(rowsOf(sheet(workbook, "Fachkräfte"))).toHaveLength(await prisma.staffMember.count());
    const assignments = rowsOf(sheet(workbook, "Einsätze"));
    expect(assignments).toHaveLength(await prisma.assignment.count());
    expect(assignments.every((row) => typeof row[3] === "number" && row[4] instanceof Date)).toBe(true);
    expect(assignments.filter((row) => !row[6])).toHaveLength(
      await prisma.assignment.count({ where: { fundingSourceId: null } }),
    );
  });

  it("gives a provider the one sheet they may import: their own staff, and nothing of others", async () => {
    const provider = viewerFromUser(users.gbh as never, "token");
    const { scope, workbook: buffer } = await completeDataWorkbook(provider);
    expect(scope).toEqual({ kind: "provider", providerId: gbh.id, provider: gbh.name });
    const workbook = await workbookOf(buffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Fachkräfte"]);
    const staff = rowsOf(sheet(workbook, "Fachkräfte"));
    expect(staff).toHaveLength(await prisma.staffMember.count({ where: { providerId: gbh.id } }));
    expect(staff.every((row) => row[0] === "GBH")).toBe(true);
  });

  it("refuses a school head (404)", async () => {
    expect((await call(dataXlsx, "/api/v1/export/daten.xlsx", "school")).status).toBe(404);
  });
});

describe("audit", () => {
  it("records every export with its key date and scope, and no names", async () => {
    await ok(await call(keyDateXlsx, `/api/v1/export/stichtag.xlsx?date=${DATE}`, "admin"));
    await ok(await call(keyDatePdf, `/api/v1/export/stichtag.pdf?date=${DATE}`, "gbh"));
    await ok(await call(dataXlsx, "/api/v1/export/daten.xlsx", "gfs"));
    const [xlsx] = (await auditOf("admin", "export.xlsx")).slice(-1);
    expect(xlsx).toMatchObject({
      entity: "Export",
      actorRole: "ADMIN",
      after: { keyDate: DATE, scope: { kind: "all" } },
    });
    const [pdf] = (await auditOf("gbh", "export.pdf")).slice(-1);
    expect(pdf?.after).toEqual({ keyDate: DATE, scope: { kind: "provider", providerId: gbh.id } });
    const [data] = (await auditOf("gfs", "export.data")).slice(-1);
    expect(data?.after).toEqual({ scope: { kind: "provider", providerId: gfs.id } });
    for (const event of [xlsx, pdf, data]) {
      expect(JSON.stringify(event?.after)).not.toMatch(/GBH|GFS|Herne|@/);
    }
    expect(await auditOf("school", "export.data")).toEqual([]);
  });
});

describe("public CSV", () => {
  it("offers the public aggregates to anyone, suppressed like the page", async () => {
    const response = await call(publicCsv, "/api/v1/public/coverage.csv?date=2019-03-01");
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="stellwerk-oeffentlich-2019-03-01.csv"',
    );
    const text = (await ok(response)).toString("utf8");
    const rows = csvRows(text);
    expect(rows[0]).toMatchObject({
      Fachkräfte: "45",
      Stellenanteile: "38,5",
      "Versorgte Schulen": "40",
      "Schulen gesamt": "41",
    });

    // Exactly the groups lib/statistics/public-aggregates.ts withholds are empty and marked.
    const expected = toPublicCoverage(await computeCoverage(prisma, "2019-03-01"));
    const hidden = expected.bySchoolType.filter((row) => row.suppressed).length;
    expect(hidden).toBeGreaterThan(0);
    const withheld = rows.filter((row) => row["Nicht ausgewiesen"] === "ja");
    expect(withheld).toHaveLength(hidden + expected.byDistrict.filter((row) => row.suppressed).length);
    for (const row of withheld) {
      expect([row.Fachkräfte, row.Stellenanteile, row["Versorgte Schulen"]]).toEqual(["", "", ""]);
    }
    expect(text).not.toMatch(/GBH|GFS|Land NRW|Stadt Herne \(|Schillerschule/);

    const today = csvRows((await ok(await call(publicCsv, `/api/v1/public/coverage.csv?date=${DATE}`))).toString());
    expect(today[0]).toMatchObject({ Fachkräfte: "44", Stellenanteile: "39,5", "Versorgte Schulen": "41" });
    expect((await call(publicCsv, "/api/v1/public/coverage.csv?date=gestern")).status).toBe(400);
  });
});
