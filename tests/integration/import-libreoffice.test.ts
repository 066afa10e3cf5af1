import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { csv } from "../support/import-files.ts";
import { completeWorkbook, world } from "../support/import-fixtures.ts";
import { savedByLibreOffice } from "../support/libreoffice.ts";

// Workbooks written by real LibreOffice Calc, next to the ExcelJS-written ones of the other
// tests: LibreOffice stores dates as serial numbers with a date style, shared strings, its own
// styles and part names. The importer must read them exactly as the same data from ExcelJS.

let admin: ReturnType<typeof viewerOf>;
let original: Uint8Array;
let resaved: Uint8Array;
let fromCsv: Uint8Array;
const staffRows = world().Fachkräfte.map((row) =>
  row.map((cell) => (cell instanceof Date ? "01.01.2015" : String(cell ?? ""))),
);

beforeAll(async () => {
  await resetDatabase();
  admin = viewerOf(await makeUser({ role: "ADMIN" }));
  original = await completeWorkbook();
  resaved = await savedByLibreOffice("welt.xlsx", original);
  fromCsv = await savedByLibreOffice("Fachkräfte.csv", csv(staffRows));
}, 240_000);

const dryRun = (bytes: Uint8Array, filename = "welt.xlsx") =>
  runImport(prisma, admin, { filename, bytes }, { dryRun: true });

describe("a workbook saved by LibreOffice Calc", () => {
  it("is LibreOffice's own file, not the one it was given", async () => {
    const app = await (await JSZip.loadAsync(resaved)).file("docProps/app.xml")?.async("string");
    expect(app).toMatch(/LibreOffice/);
    expect(Buffer.from(resaved).equals(Buffer.from(original))).toBe(false);
  });

  it("previews exactly like the ExcelJS original: every sheet, the same counts, no issue", async () => {
    const [fromExcelJs, fromLibreOffice] = [await dryRun(original), await dryRun(resaved)];
    expect(fromLibreOffice.issues).toEqual([]);
    expect(fromLibreOffice.sheets).toEqual(fromExcelJs.sheets);
    expect(fromLibreOffice.totals.created).toBe(10);
  });

  it("stores the same records, dates included, and a second import of the original changes nothing", async () => {
    const committed = await runImport(prisma, admin, { filename: "welt.xlsx", bytes: resaved }, { dryRun: false });
    expect(committed.committed).toBe(true);
    const becker = await prisma.staffMember.findFirstOrThrow({ where: { personnelNumber: "1001" } });
    expect(becker.employedFrom.toISOString().slice(0, 10)).toBe("2015-01-01");
    const school = await prisma.school.findUniqueOrThrow({ where: { schoolNumber: "100002" } });
    expect(school.openedOn?.toISOString().slice(0, 10)).toBe("2010-08-01");
    const again = await dryRun(original);
    expect(again.issues).toEqual([]);
    expect(again.totals).toEqual({ created: 0, updated: 0, unchanged: 10 });
  });

  it("reads a sheet LibreOffice made from a CSV (sheet named after the file)", async () => {
    const outcome = await dryRun(fromCsv, "Fachkräfte.xlsx");
    expect(outcome.issues).toEqual([]);
    expect(outcome.sheets.map((sheet) => [sheet.name, sheet.counts.unchanged])).toEqual([["Fachkräfte", 2]]);
  });
});
