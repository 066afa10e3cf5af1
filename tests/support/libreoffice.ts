import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// Real spreadsheet files written by LibreOffice Calc (Debian's libreoffice-calc, headless):
// the file is handed to `soffice --convert-to xlsx`, and what comes back is what a user's
// LibreOffice would save. Each call has its own profile, so that conversions never share
// (or wait for) a running instance.

const run = promisify(execFile);
const SOFFICE = "soffice";

/** LibreOffice's XLSX of the given file (an .xlsx is re-saved, a .csv read as UTF-8 with ';'). */
export async function savedByLibreOffice(filename: string, bytes: Uint8Array): Promise<Uint8Array> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stellwerk-lo-"));
  try {
    const input = path.join(dir, "in", filename);
    fs.mkdirSync(path.dirname(input));
    fs.writeFileSync(input, bytes);
    const csv = filename.toLowerCase().endsWith(".csv");
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--norestore",
        // CSV: separator ';' (59), quote '"' (34), UTF-8 (76), from line 1.
        ...(csv ? ["--infilter=CSV:59,34,76,1"] : []),
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        path.join(dir, "out"),
        input,
      ],
      { timeout: 120_000 },
    );
    const output = path.join(dir, "out", `${path.parse(filename).name}.xlsx`);
    return new Uint8Array(fs.readFileSync(output));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
