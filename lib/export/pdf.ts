import pdfmakeModule from "pdfmake";
import vfs from "pdfmake/build/vfs_fonts.js";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

// pdfmake on the server, without network or file access: the Roboto fonts come from
// pdfmake's own bundled font file (base64 in a JS module, so a bundler keeps it), loaded
// into pdfmake's in-memory file system once. Remote URLs and local paths are refused, so a
// document definition can never make the server fetch or read anything.

type Pdfmake = typeof pdfmakeModule & {
  virtualfs: { writeFileSync(name: string, content: Buffer): void; existsSync(name: string): boolean };
};
const pdfmake = pdfmakeModule as Pdfmake;

const ROBOTO = {
  normal: "Roboto-Regular.ttf",
  bold: "Roboto-Medium.ttf",
  italics: "Roboto-Italic.ttf",
  bolditalics: "Roboto-MediumItalic.ttf",
};

let ready = false;
function setUp(): void {
  if (ready) return;
  for (const file of Object.values(ROBOTO)) {
    const data = (vfs as Record<string, string>)[file];
    if (!data) throw new Error(`pdfmake font missing: ${file}`);
    if (!pdfmake.virtualfs.existsSync(file)) pdfmake.virtualfs.writeFileSync(file, Buffer.from(data, "base64"));
  }
  pdfmake.setFonts({ Roboto: ROBOTO });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  setUp();
  return pdfmake.createPdf(definition).getBuffer();
}
