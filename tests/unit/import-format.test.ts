import { describe, expect, it } from "vitest";
import { readCell, readDate, readFte, readInteger, readSchoolNumber } from "../../lib/import/cells.ts";
import { decodeText, detectDelimiter, identifySheet } from "../../lib/import/csv.ts";
import { describeIssues } from "../../lib/import/describe.ts";
import {
  columnByHeader,
  ENUM_VALUES,
  enumCode,
  enumLabel,
  normalizeName,
  SHEETS,
  sheetByName,
} from "../../lib/import/format.ts";
import { MAX_COLLECTED_ISSUES } from "../../lib/import/limits.ts";
import { parseImportFile } from "../../lib/import/read.ts";
import { cleanText } from "../../lib/import/text.ts";
import { dateStyles, isDateFormat, serialToDate, sharedStrings, workbookSheets } from "../../lib/import/xlsx-parts.ts";

// The import format's definition and the cell readers, without a database.

describe("the format definition", () => {
  it("gives every header and alias one meaning per sheet, and keys made of its columns", () => {
    for (const sheet of SHEETS) {
      const names = sheet.columns.flatMap((column) => [column.header, ...column.aliases].map(normalizeName));
      const unique = new Set(names);
      // "Name" is header and alias of the same column; otherwise no name twice.
      const perColumn = sheet.columns.map((column) => new Set([column.header, ...column.aliases].map(normalizeName)));
      expect(perColumn.reduce((sum, set) => sum + set.size, 0)).toBe(unique.size);
      for (const key of sheet.keys) for (const field of key) expect(sheet.columns.map((c) => c.field)).toContain(field);
      for (const column of sheet.columns) expect(columnByHeader(sheet, column.header)).toBe(column);
    }
  });

  it("recognises sheets and headers loosely: case, umlauts, spaces, punctuation, English", () => {
    expect(sheetByName("Fachkraefte")?.key).toBe("staff");
    expect(sheetByName(" einsätze ")?.key).toBe("assignments");
    expect(sheetByName("Staff")?.key).toBe("staff");
    expect(sheetByName("Tabelle1")).toBeNull();
    const schools = SHEETS.find((sheet) => sheet.key === "schools");
    if (!schools) throw new Error("no schools sheet");
    expect(columnByHeader(schools, "SCHUELERZAHL")?.field).toBe("pupilCount");
    expect(columnByHeader(schools, "School number")?.field).toBe("schoolNumber");
    expect(columnByHeader(schools, "Schul-Nummer")?.field).toBe("schoolNumber");
  });

  it("writes labels that read back as the same code", () => {
    for (const [type, values] of Object.entries(ENUM_VALUES) as unknown as [
      keyof typeof ENUM_VALUES,
      readonly { code: string }[],
    ][]) {
      for (const { code } of values) expect(enumCode(type, enumLabel(type, code))).toBe(code);
    }
    expect(enumCode("providerKind", "gemeinnützig")).toBe("NON_PROFIT");
    expect(enumCode("schoolType", "FOERDERSCHULE")).toBe("FOERDERSCHULE");
    expect(enumCode("schoolType", "Waldorfschule")).toBeNull();
  });
});

describe("cells", () => {
  it("reads dates as dd.mm.yyyy, ISO or real date cells, and refuses impossible ones", () => {
    expect(readDate("15.11.2017")).toEqual({ ok: true, value: "2017-11-15" });
    expect(readDate("1.8.2016")).toEqual({ ok: true, value: "2016-08-01" });
    expect(readDate("2016-08-01")).toEqual({ ok: true, value: "2016-08-01" });
    expect(readDate(new Date("2018-02-03T00:00:00Z"))).toEqual({ ok: true, value: "2018-02-03" });
    expect(readDate("29.02.2020")).toEqual({ ok: true, value: "2020-02-29" });
    expect(readDate("31.02.2018")).toMatchObject({ ok: false, key: "impossibleDate" });
    expect(readDate("2018-13-01")).toMatchObject({ ok: false, key: "impossibleDate" });
    expect(readDate("15/11/2017")).toMatchObject({ ok: false, key: "invalidDate" });
    expect(readDate(43134)).toMatchObject({ ok: false, key: "invalidDate" });
    expect(readDate("01.01.0218")).toMatchObject({ ok: false, key: "dateOutOfRange" });
    expect(readDate("  ")).toEqual({ ok: true, value: null });
  });

  it("reads FTE exactly, in thousandths, with comma or dot", () => {
    expect(readFte("0,5")).toEqual({ ok: true, value: 500 });
    expect(readFte("0.333")).toEqual({ ok: true, value: 333 });
    expect(readFte(0.3)).toEqual({ ok: true, value: 300 });
    expect(readFte(1)).toEqual({ ok: true, value: 1000 });
    expect(readFte("0,5000")).toEqual({ ok: true, value: 500 });
    expect(readFte("0,3333")).toMatchObject({ ok: false, key: "fteDecimals" });
    expect(readFte("50%")).toMatchObject({ ok: false, key: "invalidFte" });
    expect(readFte("1.000,5")).toMatchObject({ ok: false, key: "invalidFte" });
  });

  it("reads integers with thousands separators and school numbers without their leading zero", () => {
    expect(readInteger("1.234")).toEqual({ ok: true, value: 1234 });
    expect(readInteger(850)).toEqual({ ok: true, value: 850 });
    expect(readInteger("12,5")).toMatchObject({ ok: false, key: "invalidInteger" });
    expect(readSchoolNumber(12345)).toEqual({ ok: true, value: "012345" });
    expect(readSchoolNumber("100001")).toEqual({ ok: true, value: "100001" });
    expect(readSchoolNumber("1000011")).toMatchObject({ ok: false, key: "invalidSchoolNumber" });
    expect(readCell("providerKind", "Quatsch")).toMatchObject({ ok: false, key: "unknownEnum" });
  });

  it("cleans invisible characters and blanks", () => {
    expect(cleanText("\uFEFF  Anna\u200B \u00A0 Becker\u00AD ")).toBe("Anna Becker");
    expect(cleanText("plain")).toBe("plain");
  });
});

describe("CSV decoding and detection", () => {
  it("decodes UTF-8 with and without BOM, Windows-1252 and UTF-16", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa4]))).toBe("ä");
    expect(decodeText(new Uint8Array([0xc3, 0xa4]))).toBe("ä");
    expect(decodeText(new Uint8Array([0x54, 0x72, 0xe4, 0x67, 0x65, 0x72, 0x80]))).toBe("Träger€");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xe4, 0x00]))).toBe("ä");
  });

  it("detects the delimiter from the header line, ignoring quoted ones", () => {
    expect(detectDelimiter("Name;Kurzname;Art\n")).toBe(";");
    expect(detectDelimiter('"Name, lang",Kurzname,Art\n')).toBe(",");
    expect(detectDelimiter("Name\tKurzname\n")).toBe("\t");
  });

  it("identifies the sheet by file name, else by headers", () => {
    expect(identifySheet("Einsätze 2024.csv", ["Name"])?.key).toBe("assignments");
    expect(identifySheet("export.csv", ["Name", "Kurzname", "Art"])?.key).toBe("providers");
    expect(identifySheet("export.csv", ["Träger", "Personalnummer", "Schulnummer", "Stellenanteil", "Von"])?.key).toBe(
      "assignments",
    );
    expect(identifySheet("export.csv", ["Farbe"])).toBeNull();
  });
});

describe("XLSX parts", () => {
  it("recognises date formats, built-in and custom", () => {
    expect(isDateFormat("dd.mm.yyyy")).toBe(true);
    expect(isDateFormat("[$-407]DD.MM.YYYY;@")).toBe(true);
    expect(isDateFormat("#,##0.00")).toBe(false);
    expect(isDateFormat('0.0" Tage"')).toBe(false);
    const styles = `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
      <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    expect(dateStyles(styles)).toEqual([false, true, true]);
  });

  it("turns serial days into dates in both date systems", () => {
    expect(serialToDate(43134, false).toISOString().slice(0, 10)).toBe("2018-02-03");
    expect(serialToDate(43134.75, false).toISOString().slice(0, 10)).toBe("2018-02-03");
    expect(serialToDate(41672, true).toISOString().slice(0, 10)).toBe("2018-02-03");
  });

  it("reads shared strings with rich text, entities and without phonetic hints", () => {
    const xml = `<sst><si><t>Sch&amp;ule</t></si><si><r><t>Ri</t></r><r><t xml:space="preserve">ch </t></r><rPh><t>x</t></rPh></si><x:si><x:t>_x000D_A</x:t></x:si></sst>`;
    expect(sharedStrings(xml)).toEqual(["Sch&ule", "Rich ", "\rA"]);
  });

  it("lists sheets with their state and part, prefixed or not", () => {
    const workbook = `<workbook><workbookPr date1904="1"/><sheets><sheet name="Tr&#228;ger" sheetId="1" r:id="rId1"/>
      <x:sheet name="Alt" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>`;
    const rels = `<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>`;
    expect(workbookSheets(workbook, rels)).toEqual({
      date1904: true,
      sheets: [
        { name: "Träger", state: "visible", path: "xl/worksheets/sheet1.xml" },
        { name: "Alt", state: "hidden", path: "xl/worksheets/sheet2.xml" },
      ],
    });
  });
});

describe("a file full of errors", () => {
  it("stops checking a sheet after a bounded number of issues and says so", async () => {
    const lines = ["Träger;Personalnummer;Nachname;Vorname;Stellenumfang;Beschäftigt ab"];
    for (let index = 0; index < 6_000; index++) lines.push(`VSA;${index};X;Y;2;kein Datum`);
    const parsed = await parseImportFile({
      filename: "fachkraefte.csv",
      bytes: new TextEncoder().encode(lines.join("\n")),
    });
    expect(parsed.structural).toBe(true);
    expect(parsed.issues.length).toBeLessThanOrEqual(MAX_COLLECTED_ISSUES + 2);
    expect(parsed.issues.at(-1)).toMatchObject({ key: "stoppedAfter", params: { count: MAX_COLLECTED_ISSUES } });
    const texts = describeIssues(parsed.issues);
    expect(texts.at(-1)?.message).toMatch(/weitere Fehler/);
  });

  it("quotes long values back shortened", async () => {
    const long = "x".repeat(500);
    const parsed = await parseImportFile({
      filename: "fachkraefte.csv",
      bytes: new TextEncoder().encode(
        `Träger;Personalnummer;Nachname;Vorname;Stellenumfang;Beschäftigt ab\nVSA;1;X;Y;0,5;${long}`,
      ),
    });
    const [message] = describeIssues(parsed.issues).map((issue) => issue.message);
    expect(message?.length).toBeLessThan(200);
  });
});
