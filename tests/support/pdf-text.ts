import { inflateSync } from "node:zlib";

// A small text extractor for the PDFs pdfmake/pdfkit write, enough for tests to read what a
// report says: objects are found by "n 0 obj", fonts map their codes to Unicode through
// their ToUnicode CMaps, and every TJ/Tj on a page is decoded with the font set by Tf.
// Not a general PDF parser; it knows pdfkit's output (compressed or not).

type PdfObject = { dict: string; stream: Buffer | null };

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (const match of text.matchAll(pattern)) {
    const body = match[2] ?? "";
    const streamStart = body.indexOf("stream");
    if (streamStart < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamStart);
    let start = streamStart + "stream".length;
    if (body[start] === "\r") start++;
    if (body[start] === "\n") start++;
    const end = body.lastIndexOf("endstream");
    let data = Buffer.from(body.slice(start, end).replace(/\r?\n$/, ""), "latin1");
    if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
    objects.set(Number(match[1]), { dict, stream: data });
  }
  return objects;
}

/** code → text from a ToUnicode CMap (bfrange with arrays or offsets, and bfchar). */
function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const unicode = (hex: string) => {
    const units: number[] = [];
    for (let i = 0; i < hex.length; i += 4) units.push(Number.parseInt(hex.slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const body = block[1] ?? "";
    for (const range of body.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const from = Number.parseInt(range[1] ?? "0", 16);
      const target = range[3] ?? "";
      if (target.startsWith("[")) {
        [...target.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((entry, index) => {
          map.set(from + index, unicode(entry[1] ?? ""));
        });
      } else {
        const to = Number.parseInt(range[2] ?? "0", 16);
        const base = Number.parseInt(target.slice(1, -1), 16);
        for (let code = from; code <= to; code++) map.set(code, String.fromCharCode(base + code - from));
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of (block[1] ?? "").matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(Number.parseInt(entry[1] ?? "0", 16), unicode(entry[2] ?? ""));
    }
  }
  return map;
}

export type PdfText = { pages: string[]; pageCount: number };

/** The text of every page, lines separated by "\n". */
export function extractPdfText(pdf: Buffer): PdfText {
  const objects = readObjects(pdf);
  const cmapOf = new Map<number, Map<number, string>>();
  const fontCmap = (fontId: number) => {
    if (!cmapOf.has(fontId)) {
      const font = objects.get(fontId);
      const ref = /\/ToUnicode (\d+) 0 R/.exec(font?.dict ?? "")?.[1];
      const stream = ref ? objects.get(Number(ref))?.stream : null;
      cmapOf.set(fontId, parseCmap(stream?.toString("latin1") ?? ""));
    }
    return cmapOf.get(fontId) ?? new Map<number, string>();
  };

  const pages: string[] = [];
  for (const object of objects.values()) {
    if (!/\/Type \/Page\b(?!s)/.test(object.dict)) continue;
    const contentsId = Number(/\/Contents (\d+) 0 R/.exec(object.dict)?.[1]);
    const resourcesId = /\/Resources (\d+) 0 R/.exec(object.dict)?.[1];
    const resources = resourcesId ? (objects.get(Number(resourcesId))?.dict ?? "") : object.dict;
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? "";
    const fonts = new Map([...fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)].map((m) => [m[1] ?? "", Number(m[2])]));
    const content = objects.get(contentsId)?.stream?.toString("latin1") ?? "";

    let text = "";
    let cmap = new Map<number, string>();
    let lastY: string | null = null;
    const ops = /\/(\w+) [\d.]+ Tf|1 0 0 1 [\d.-]+ ([\d.-]+) Tm|(\[[^\]]*\]) TJ|<([0-9a-fA-F]*)> Tj/g;
    for (const op of content.matchAll(ops)) {
      if (op[1]) cmap = fontCmap(fonts.get(op[1]) ?? -1);
      else if (op[2]) {
        if (lastY !== null && op[2] !== lastY) text += "\n";
        lastY = op[2];
      } else {
        const hexes = op[3] ? [...op[3].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1] ?? "") : [op[4] ?? ""];
        for (const hex of hexes) {
          for (let i = 0; i < hex.length; i += 4) text += cmap.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? "";
        }
      }
    }
    pages.push(text);
  }
  return { pages, pageCount: pages.length };
}

/** All pages' text with whitespace collapsed, for "contains" assertions across line breaks. */
export function flatPdfText(pdf: Buffer): string {
  return extractPdfText(pdf).pages.join("\n").replace(/\s+/g, " ");
}
