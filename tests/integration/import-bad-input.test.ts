import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../lib/dal/internal/import-run.ts";
import { MAX_FILE_BYTES } from "../../lib/import/limits.ts";
import { makeUser, viewerOf } from "../support/admin-viewers.ts";
import { prisma, resetDatabase } from "../support/db.ts";
import { expectRefused } from "../support/import-expect.ts";
import { csv, day, xlsx } from "../support/import-files.ts";
import { completeWorkbook, world } from "../support/import-fixtures.ts";

// Every kind of bad input the issue lists, each as a real commit: a clear German error that
// says where (sheet, line as Excel shows it, column), and a database exactly as before.

let admin: ReturnType<typeof viewerOf>;
const file = (bytes: Uint8Array, filename = "daten.xlsx") => ({ filename, bytes });
const refused = (bytes: Uint8Array, ...expected: Parameters<typeof expectRefused>[2][]) =>
  expectRefused(admin, file(bytes), ...expected);

beforeAll(async () => {
  await resetDatabase();
  admin = viewerOf(await makeUser({ role: "ADMIN" }));
  // A populated database, so that "unchanged" means something.
  const seeded = await runImport(prisma, admin, file(await completeWorkbook()), { dryRun: false });
  expect(seeded.committed).toBe(true);
});
afterAll(() => prisma.$disconnect());

describe("files that are not an import at all", () => {
  it("refuses an empty file", async () => {
    await expectRefused(admin, file(new Uint8Array(), "leer.xlsx"), { sheet: null, line: null, message: /leer/ });
    await expectRefused(admin, file(new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a]), "leer.csv"), {
      message: /Die Datei ist leer/,
    });
  });

  it("refuses a file with headers but no rows", async () => {
    await refused(await xlsx({ Fachkräfte: [world().Fachkräfte[0] ?? []] }), { message: /keine Datenzeilen/ });
  });

  it("refuses a wrong file type, and the old .xls format with advice", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
    await expectRefused(admin, file(pdf, "bericht.pdf"), { message: /Dateityp wird nicht unterstützt/ });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expectRefused(admin, file(png, "foto.csv"), { message: /Dateityp wird nicht unterstützt/ });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    await expectRefused(admin, file(xls, "alt.xls"), { message: /\.xls.*Excel-Arbeitsmappe \(\.xlsx\)/ });
  });

  it("refuses a corrupt workbook: cut off, garbage, or a ZIP that is no workbook", async () => {
    const good = await completeWorkbook();
    await refused(good.subarray(0, Math.floor(good.length / 2)), { message: /beschädigt/ });
    await expectRefused(admin, file(new TextEncoder().encode("kein Excel"), "daten.xlsx"), { message: /beschädigt/ });
    // The central directory intact, but a part's data overwritten: inflating it fails.
    const damaged = new Uint8Array(good);
    damaged.fill(0x55, 200, 2000);
    await refused(damaged, { message: /beschädigt/ });
  });

  it("refuses a workbook that would unpack to an excessive size (zip bomb) before unpacking it", async () => {
    const bomb = new Uint8Array(await completeWorkbook());
    const view = new DataView(bomb.buffer);
    // Claim 2 GB for the first entry of the central directory.
    for (let at = bomb.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x06054b50) {
        view.setUint32(view.getUint32(at + 16, true) + 24, 0x7fff0000, true);
        break;
      }
    }
    await refused(bomb, { message: /entpackt zu groß/ });
  });

  it("refuses a workbook with a DOCTYPE in any XML part, read or not, and stores no entity text", async () => {
    const withDoctype = async (part: string) => {
      const zip = await JSZip.loadAsync(await completeWorkbook());
      const xml = (await zip.file(part)?.async("string")) ?? "";
      const dtd = '<!DOCTYPE x [<!ENTITY e "Eingeschleust">]>';
      zip.file(
        part,
        xml.replace(/^(<\?xml[^>]*\?>)?/, (declaration) => `${declaration}\n${dtd}`),
      );
      return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    };
    for (const part of ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "docProps/core.xml", "_rels/.rels"]) {
      await refused(await withDoctype(part), {
        sheet: null,
        message: new RegExp(`${part.replace(".", "\\.")}.*DOCTYPE`),
      });
    }
  });

  it("refuses a file over the size limit with the limit in the message", async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
    await expectRefused(admin, file(big, "riesig.csv"), { message: /zu groß: höchstens 10 MB/ });
  });

  it("refuses a CSV that cannot be parsed", async () => {
    const broken = new TextEncoder().encode('Träger;Personalnummer;Nachname\nVSA;"1001;Becker\n');
    await expectRefused(admin, file(broken, "fachkraefte.csv"), { message: /Anführungszeichen/ });
  });
});

describe("what a spreadsheet can hide", () => {
  it("refuses formula cells, naming the cell", async () => {
    const bytes = await xlsx(world(), (workbook) => {
      const sheet = workbook.getWorksheet("Fachkräfte");
      if (sheet) sheet.getCell("E3").value = { formula: "0.25*2", result: 0.5 };
    });
    await refused(bytes, { sheet: "Fachkräfte", line: 3, column: "Stellenumfang", message: /Formel/ });
  });

  it("refuses merged cells", async () => {
    const bytes = await xlsx(world(), (workbook) => workbook.getWorksheet("Schulen")?.mergeCells("B2:C2"));
    await refused(bytes, { sheet: "Schulen", line: 2, column: "Name", message: /Verbundene Zellen \(B2:C2\)/ });
  });

  it("refuses a hidden sheet with content", async () => {
    const bytes = await xlsx({ ...world(), Notizen: [["geheim"], ["x"]] }, (workbook) => {
      const notes = workbook.getWorksheet("Notizen");
      if (notes) notes.state = "hidden";
    });
    await refused(bytes, { sheet: "Notizen", message: /ausgeblendet/ });
  });

  it("refuses hidden rows with content, naming the lines", async () => {
    const sheets = world();
    // Two new staff members nobody would see on screen, and a hidden change of a school.
    sheets.Fachkräfte.push(["VSA", "3001", "Versteckt", "Vera", 1, day("2030-01-01"), null, null]);
    sheets.Fachkräfte.push(["VSA", "3002", "Verborgen", "Volker", 1, day("2030-01-01"), null, null]);
    const school = sheets.Schulen[2];
    if (school) school[4] = 999;
    const bytes = await xlsx(sheets, (workbook) => {
      const staff = workbook.getWorksheet("Fachkräfte");
      for (const line of [4, 5]) if (staff) staff.getRow(line).hidden = true;
      const schools = workbook.getWorksheet("Schulen");
      if (schools) schools.getRow(3).hidden = true;
    });
    await refused(
      bytes,
      { sheet: "Fachkräfte", line: 4, column: null, message: /Die Zeilen 4 bis 5 sind ausgeblendet/ },
      { sheet: "Schulen", line: 3, column: null, message: /Die Zeile 3 ist ausgeblendet/ },
    );
  });

  it("refuses hidden columns with content, naming the column; empty hidden columns pass", async () => {
    const sheets = world();
    const anna = sheets.Fachkräfte[1];
    if (anna) anna[7] = "versteckt@example.org";
    const bytes = await xlsx(sheets, (workbook) => {
      const staff = workbook.getWorksheet("Fachkräfte");
      if (staff) staff.getColumn(8).hidden = true;
    });
    await refused(bytes, { sheet: "Fachkräfte", line: 1, column: "E-Mail", message: /Die Spalte H ist ausgeblendet/ });
    // Hiding the empty columns right of the data is common and harmless.
    const tidy = await xlsx(world(), (workbook) => {
      const staff = workbook.getWorksheet("Fachkräfte");
      for (const column of [9, 10, 11]) if (staff) staff.getColumn(column).hidden = true;
    });
    const outcome = await runImport(prisma, admin, file(tidy), { dryRun: true });
    expect(outcome.issues).toEqual([]);
  });

  it("refuses an unknown sheet, and Excel error values in cells", async () => {
    await refused(await xlsx({ ...world(), Tabelle1: [["a"], ["b"]] }), {
      sheet: "Tabelle1",
      message: /Unbekanntes Blatt/,
    });
    const errors = await xlsx(world(), (workbook) => {
      const sheet = workbook.getWorksheet("Schulen");
      if (sheet) sheet.getCell("E2").value = { error: "#DIV/0!" };
    });
    await refused(errors, { sheet: "Schulen", line: 2, column: "Schülerzahl", message: /Excel-Fehler \(#DIV\/0!\)/ });
  });

  it("refuses a missing required column and an unknown column", async () => {
    const sheets = world();
    sheets.Fachkräfte = sheets.Fachkräfte.map((row) => [...row.slice(0, 4), ...row.slice(5)]);
    await refused(await xlsx({ Fachkräfte: sheets.Fachkräfte }), {
      sheet: "Fachkräfte",
      line: 1,
      column: "Stellenumfang",
      message: /Pflichtspalte „Stellenumfang“ fehlt/,
    });
    const extra = world();
    extra.Träger[0]?.push("Farbe");
    await refused(await xlsx({ Träger: extra.Träger }), {
      sheet: "Träger",
      line: 1,
      column: "Farbe",
      message: /Unbekannte Spalte/,
    });
  });
});

describe("rows that break the rules", () => {
  it("refuses duplicate keys within the file", async () => {
    const sheets = world();
    sheets.Fachkräfte.push(["VSA", "1001", "Becker", "Anna", 1, day("2015-01-01"), null, null]);
    // The same provider named once by Kurzname, once by full name: the same record twice.
    sheets.Einsätze.push(["Verein für Schulsozialarbeit e.V.", "1001", "100001", 0.5, day("2016-01-01"), null, null]);
    sheets.Träger.push(["stadt musterstadt (fachbereich 42)", "S2", "Kommune"]);
    await refused(
      await xlsx(sheets),
      { sheet: "Fachkräfte", line: 4, column: "Träger", message: /schon in Zeile 2 .*VSA \/ 1001/ },
      { sheet: "Einsätze", line: 5, column: "Von", message: /schon in Zeile 2/ },
      { sheet: "Träger", line: 4, column: "Name", message: /schon in Zeile 2/ },
    );
  });

  it("refuses an unknown provider, school, staff member and funding source", async () => {
    const sheets = world();
    sheets.Fachkräfte.push(["Unbekannt e.V.", "9", "Muster", "Max", 1, day("2020-01-01"), null, null]);
    sheets.Einsätze.push(["VSA", "1001", "999999", 0.1, day("2020-01-01"), null, null]);
    sheets.Einsätze.push(["VSA", "4711", "100001", 0.1, day("2020-01-01"), null, null]);
    sheets.Einsätze.push(["Stadt", "2002", "100001", 0.1, day("2020-01-01"), null, "Lottomittel"]);
    await refused(
      await xlsx(sheets),
      { sheet: "Fachkräfte", line: 4, column: "Träger", message: /Unbekannter Träger „Unbekannt e\.V\.“/ },
      { sheet: "Einsätze", line: 5, column: "Schulnummer", message: /Unbekannte Schulnummer 999999/ },
      { sheet: "Einsätze", line: 6, column: "Personalnummer", message: /Unbekannte Fachkraft .*4711/ },
      { sheet: "Einsätze", line: 7, column: "Finanzierung", message: /Unbekannte Finanzierung „Lottomittel“/ },
    );
  });

  it("refuses FTE out of range, too many decimals and no number at all", async () => {
    const sheets = world();
    sheets.Fachkräfte.push(["VSA", "3001", "Null", "Nina", 0, day("2020-01-01"), null, null]);
    sheets.Fachkräfte.push(["VSA", "3002", "Zuviel", "Zoe", "1,5", day("2020-01-01"), null, null]);
    sheets.Fachkräfte.push(["VSA", "3003", "Genau", "Gina", "0,3333", day("2020-01-01"), null, null]);
    sheets.Fachkräfte.push(["VSA", "3004", "Text", "Tim", "halbe Stelle", day("2020-01-01"), null, null]);
    sheets.Einsätze.push(["VSA", "1001", "100001", -0.5, day("2030-01-01"), null, null]);
    await refused(
      await xlsx(sheets),
      { sheet: "Fachkräfte", line: 4, column: "Stellenumfang", message: /größer als 0 und höchstens 1 sein \(ist 0\)/ },
      { sheet: "Fachkräfte", line: 5, column: "Stellenumfang", message: /höchstens 1 sein \(ist 1,5\)/ },
      { sheet: "Fachkräfte", line: 6, column: "Stellenumfang", message: /mehr als drei Nachkommastellen/ },
      { sheet: "Fachkräfte", line: 7, column: "Stellenumfang", message: /kein gültiger Stellenanteil/ },
      { sheet: "Einsätze", line: 5, column: "Stellenanteil", message: /„-0\.5“ ist kein gültiger Stellenanteil/ },
    );
  });

  it("refuses impossible and unreadable dates", async () => {
    const sheets = world();
    sheets.Fachkräfte.push(["VSA", "3001", "Februar", "Fritz", 1, "31.02.2018", null, null]);
    sheets.Fachkräfte.push(["VSA", "3002", "Iso", "Ida", 1, "2019-02-29", null, null]);
    sheets.Fachkräfte.push(["VSA", "3003", "Text", "Tom", 1, "Anfang 2018", null, null]);
    sheets.Fachkräfte.push(["VSA", "3004", "Tippfehler", "Tara", 1, "01.01.0218", null, null]);
    await refused(
      await xlsx(sheets),
      { sheet: "Fachkräfte", line: 4, column: "Beschäftigt ab", message: /Den 31\.02\.2018 gibt es nicht/ },
      { sheet: "Fachkräfte", line: 5, column: "Beschäftigt ab", message: /Den 2019-02-29 gibt es nicht/ },
      { sheet: "Fachkräfte", line: 6, column: "Beschäftigt ab", message: /„Anfang 2018“ ist kein Datum/ },
      { sheet: "Fachkräfte", line: 7, column: "Beschäftigt ab", message: /nicht plausibel/ },
    );
  });

  it("refuses an end before the start", async () => {
    const sheets = world();
    const row = sheets.Einsätze[3];
    if (row) row[5] = "31.07.2015";
    await refused(await xlsx(sheets), {
      sheet: "Einsätze",
      line: 4,
      column: "Bis",
      message: /Das Ende \(31\.07\.2015\) liegt vor dem Beginn \(01\.08\.2016\)/,
    });
  });

  it("refuses overlapping assignments within the file and with stored ones", async () => {
    const sheets = world();
    // Same staff member, same school, overlapping the open-ended assignment of line 2.
    sheets.Einsätze.push(["VSA", "1001", "100001", 0.1, day("2017-01-01"), day("2017-06-30"), null]);
    // Stored: Stadt/2002 at 100002 from 01.08.2016 to 31.07.2018; this one starts inside it.
    const overlapStored = await xlsx({
      Einsätze: [sheets.Einsätze[0] ?? [], ["Stadt", "2002", "100002", 0.2, day("2018-01-01"), null, null]],
    });
    await refused(await xlsx(sheets), {
      sheet: "Einsätze",
      line: 5,
      column: "Von",
      message: /überschneidet sich mit dem Einsatz .* in Zeile 2/,
    });
    await refused(overlapStored, {
      sheet: "Einsätze",
      line: 2,
      column: "Von",
      message: /gespeicherten Einsatz .* ab 01\.08\.2016 \(bis 31\.07\.2018\)/,
    });
  });

  it("refuses assignments above the contract, and a contract lowered below the assignments", async () => {
    const sheets = world();
    // Deniz (0,5) gets a second school with 0,3 while the stored 0,5 runs.
    sheets.Einsätze.push(["Stadt", "2002", "100001", 0.3, day("2017-01-01"), null, null]);
    await refused(await xlsx(sheets), {
      sheet: "Einsätze",
      line: 5,
      column: "Stellenanteil",
      message: /Am 01\.01\.2017 .*„2002“ .*Stellenanteile zusammen 0,8, Stellenumfang 0,5/,
    });
    // Anna's contract lowered to 0,75 while her stored assignments add up to 1.
    const lowered = world();
    const anna = lowered.Fachkräfte[1];
    if (anna) anna[4] = "0,75";
    await refused(await xlsx({ Fachkräfte: lowered.Fachkräfte }), {
      sheet: "Fachkräfte",
      line: 2,
      column: "Stellenumfang",
      message: /Stellenanteile zusammen 1, Stellenumfang 0,75/,
    });
  });

  it("refuses a required value that is only blanks and invisible characters", async () => {
    const sheets = world();
    const row = sheets.Fachkräfte[2];
    if (row) row[2] = " \u200B\u00A0 ";
    await refused(await xlsx(sheets), { sheet: "Fachkräfte", line: 3, column: "Nachname", message: /fehlt ein Wert/ });
  });

  it("reports several problems at once, each exactly once", async () => {
    const sheets = world();
    sheets.Fachkräfte.push(["Niemand", "1", "", "X", 2, "32.01.2020", null, "kaputt@"]);
    const errors = await refused(await xlsx(sheets), { sheet: "Fachkräfte", line: 4, message: /Unbekannter Träger/ });
    const line4 = errors.filter((error) => error.line === 4).map((error) => error.column);
    expect(line4.sort()).toEqual(["Beschäftigt ab", "E-Mail", "Nachname", "Stellenumfang", "Träger"].sort());
  });

  it("turns a rule only the database knows into an import error, never a 500", async () => {
    // The file sets a closing date; the opening date is stored (column absent) and later.
    await prisma.school.update({ where: { schoolNumber: "100002" }, data: { openedOn: day("2010-08-01") } });
    const bytes = await xlsx({
      Schulen: [
        ["Schulnummer", "Name", "Schulform", "Stadtbezirk", "Schülerzahl", "Geschlossen am"],
        ["100002", "Gesamtschule Nord", "Gesamtschule", "Nord", 1100, day("2009-07-31")],
      ],
    });
    await refused(bytes, {
      sheet: null,
      line: null,
      message: /Datenbank hat den Import abgelehnt \(school_closed_after_opened\)/,
    });
  });
});

describe("a CSV without a recognisable sheet", () => {
  it("says which columns it expected", async () => {
    const bytes = csv([
      ["Farbe", "Form"],
      ["rot", "rund"],
    ]);
    await expectRefused(admin, file(bytes, "liste.csv"), { message: /nicht zu erkennen, welches Blatt/ });
  });
});
