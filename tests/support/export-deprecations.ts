// Writes one workbook and one PDF the way the exports do and prints, as JSON, the codes of
// the deprecation warnings raised meanwhile (tests/unit/export-deprecations.test.ts).
import { renderPdf } from "../../lib/export/pdf.ts";
import { writeWorkbook } from "../../lib/export/xlsx.ts";

const codes: string[] = [];
process.on("warning", (warning) => {
  const code = (warning as Error & { code?: string }).code;
  if (warning.name === "DeprecationWarning" && code) codes.push(code);
});
await writeWorkbook([{ name: "Schulen", columns: [{ header: "Name", kind: "text" }], rows: [["Schillerschule"]] }]);
await renderPdf({ content: ["Stellwerk"] });
await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on a later tick
console.log(JSON.stringify(codes));
