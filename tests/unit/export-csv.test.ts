import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_BOM, csvText, raw, toCsv } from "../../lib/export/csv.ts";

// The hand-written CSV writer (csv-stringify is not installed): quoting by RFC 4180 with `;`,
// the formula guard, BOM and CRLF; and a round trip through csv-parse, which the import uses.

describe("csvText", () => {
  it("leaves plain text alone", () => {
    expect(csvText("Herne-Mitte")).toBe("Herne-Mitte");
    expect(csvText("Gesellschaft freie Sozialarbeit e.V.")).toBe("Gesellschaft freie Sozialarbeit e.V.");
    expect(csvText("")).toBe("");
  });

  it("quotes separators, quotes, line breaks and edge spaces", () => {
    expect(csvText("A;B")).toBe('"A;B"');
    expect(csvText('Schule "Am Park"')).toBe('"Schule ""Am Park"""');
    expect(csvText("Zeile 1\nZeile 2")).toBe('"Zeile 1\nZeile 2"');
    expect(csvText("Zeile 1\r\nZeile 2")).toBe('"Zeile 1\r\nZeile 2"');
    expect(csvText(" vorn")).toBe('" vorn"');
    expect(csvText("hinten ")).toBe('"hinten "');
  });

  it("keeps a name from becoming a formula", () => {
    expect(csvText('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvText("+49 2323")).toBe("'+49 2323");
    expect(csvText("-1")).toBe("'-1");
    expect(csvText("@SUMME(A1)")).toBe("'@SUMME(A1)");
    expect(csvText("\tTab")).toBe("'\tTab");
    expect(csvText("=A1;B1")).toBe('"\'=A1;B1"');
  });
});

describe("toCsv", () => {
  it("writes a BOM, `;` and CRLF, and empty cells for null", () => {
    const text = toCsv([
      ["Gruppe", "Stellenanteile"],
      ["Gesamt", raw("39,5")],
      [null, raw("-0,5")],
    ]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(Buffer.from(text, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.slice(1)).toBe("Gruppe;Stellenanteile\r\nGesamt;39,5\r\n;-0,5\r\n");
  });

  it("refuses a raw cell that is not a formatted number or date", () => {
    expect(() => toCsv([[raw("=1+1")]])).toThrow(TypeError);
  });

  it("reads back through csv-parse to the same values", () => {
    const values = ["Träger", 'mit "Anführungszeichen"', "A;B", "zwei\r\nZeilen", " Rand ", "Ökumene ß"];
    const text = toCsv([values, [raw("15.11.2017"), raw("0,333"), "x", "y", "z", "€"]]);
    const rows = parse(text, { delimiter: ";", bom: true, relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual(values);
    expect(rows[1]).toEqual(["15.11.2017", "0,333", "x", "y", "z", "€"]);
  });
});
