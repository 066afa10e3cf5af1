// The parts of an XLSX (Office Open XML) that the importer needs, read with small, strict
// scanners instead of a general XML parser: the workbook's sheet list (names, hidden state),
// the relationships that say which file holds which sheet, the shared strings, and the cell
// styles that mark a number as a date. Element names may carry a namespace prefix (`x:c`), as
// some generators write them.

/** Attributes of one start tag, unprefixed (`r:id` → `id`), values XML-decoded. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (match[1] ?? "").replace(/^[\w.-]+:/, "");
    found.set(name, decodeXml(match[2] ?? match[3] ?? ""));
  }
  return found;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML entities, and the `_xHHHH_` escapes OOXML uses for control characters in strings. */
export function decodeXml(text: string): string {
  if (!text.includes("&") && !text.includes("_x")) return text;
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity: string) => {
      if (entity.startsWith("#x")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
      if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
      return ENTITIES[entity] ?? whole;
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Start tags of an element, with or without namespace prefix: `<sheet …>` or `<x:sheet …/>`. */
const startTags = (xml: string, element: string) =>
  xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${element}\\b([^>]*)>`, "g"));

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs, without phonetic hints (`<rPh>`). */
export function itemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "");
  let text = "";
  for (const match of withoutPhonetic.matchAll(/<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g)) {
    text += match[1] ?? "";
  }
  return decodeXml(text);
}

export function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g)].map((match) =>
    itemText(match[1] ?? ""),
  );
}

export type SheetEntry = { name: string; state: string; path: string };

/** The workbook's sheets in order, with the part that holds each, and the date system. */
export function workbookSheets(
  workbookXml: string,
  relsXml: string | null,
): { sheets: SheetEntry[]; date1904: boolean } | null {
  const targets = new Map<string, string>();
  for (const match of startTags(relsXml ?? "", "Relationship")) {
    const attrs = attributes(match[1] ?? "");
    const id = attrs.get("Id");
    const target = attrs.get("Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets: SheetEntry[] = [];
  for (const match of startTags(workbookXml, "sheet")) {
    const attrs = attributes(match[1] ?? "");
    const path = targets.get(attrs.get("id") ?? "");
    const name = attrs.get("name");
    if (!path || name === undefined) return null;
    sheets.push({ name, state: attrs.get("state") ?? "visible", path: path.replace(/\/\.\//g, "/") });
  }
  const properties = [...startTags(workbookXml, "workbookPr")][0]?.[1] ?? "";
  const date1904 = ["1", "true"].includes(attributes(properties).get("date1904") ?? "");
  return { sheets, date1904 };
}

// Excel's built-in number formats that show dates or times.
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36]);
for (const id of [45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILT_IN_DATE_FORMATS.add(id);

/** Whether a custom format code shows a date: d, m, y (or h, s) outside quotes, escapes and [brackets]. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style index (`s` of a cell): whether it formats numbers as dates. */
export function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const match of startTags(xml, "numFmt")) {
    const attrs = attributes(match[1] ?? "");
    custom.set(Number(attrs.get("numFmtId")), attrs.get("formatCode") ?? "");
  }
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  return [...startTags(cellXfs, "xf")].map((match) => {
    const id = Number(attributes(match[1] ?? "").get("numFmtId") ?? 0);
    const code = custom.get(id);
    return code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(code);
  });
}

/** An Excel serial day number as a date (its calendar day; the time of day is dropped). */
export function serialToDate(serial: number, date1904: boolean): Date {
  // 1900 system: day 0 = 1899-12-30 (which absorbs Excel's phantom 29 Feb 1900 for real dates).
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial + 1e-9) * 86_400_000);
}
