import { expect as baseExpect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { E2E_USERS } from "../support/e2e-users.ts";

// The import page end to end: an admin uploads a small workbook, sees the dry run (what
// would be created, nothing saved yet), commits, and sees the result; a file with an error
// shows the error with sheet, line and column and offers no commit; a file of a few MB (more
// than the 1 MiB Next allows a server action by default) gets its preview as well.

// Sign-in (argon2) and imports are server work; on the shared machine they can take a while.
const expect = baseExpect.configure({ timeout: 30_000 });

async function signIn(page: Page) {
  await page.goto("/anmelden?next=/import");
  await page.getByLabel("E-Mail-Adresse").fill(E2E_USERS.admin.email);
  await page.getByLabel("Passwort", { exact: true }).fill(E2E_USERS.admin.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).not.toHaveURL(/\/anmelden/);
}

async function workbook(fte: number | string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const add = (name: string, rows: unknown[][]) => book.addWorksheet(name).addRows(rows);
  add("Träger", [
    ["Name", "Kurzname", "Art"],
    ["E2E Jugendhilfe gGmbH", "E2E", "Freier Träger"],
  ]);
  add("Schulen", [
    // Everything starts in 2030: the seed's figures that later specs check stay as they are.
    ["Schulnummer", "Name", "Schulform", "Stadtbezirk", "Schülerzahl", "Eröffnet am"],
    ["199901", "E2E-Grundschule", "Grundschule", "E2E-Bezirk", 180, "01.08.2030"],
  ]);
  add("Fachkräfte", [
    ["Träger", "Personalnummer", "Nachname", "Vorname", "Stellenumfang", "Beschäftigt ab"],
    ["E2E", "E2E-1", "Importiert", "Ida", 1, new Date(Date.UTC(2030, 7, 1))],
  ]);
  add("Einsätze", [
    ["Träger", "Personalnummer", "Schulnummer", "Stellenanteil", "Von", "Bis"],
    ["E2E", "E2E-1", "199901", fte, "01.08.2030", null],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A "Schulen" CSV of `count` new schools (opened 2030, see above) with long addresses: ~300 bytes a line. */
function largeSchoolsCsv(count: number): Buffer {
  const street = "Musterstraße ".repeat(20).trim();
  const lines = ["Schulnummer;Name;Schulform;Stadtbezirk;Schülerzahl;Adresse;Eröffnet am"];
  for (let index = 0; index < count; index++) {
    const number = String(700_000 + index);
    lines.push(`${number};E2E-Schule ${number};Grundschule;E2E-Bezirk;200;${street} ${index}, 44623 Herne;01.08.2031`);
  }
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8");
}

test("an admin checks a workbook, sees the preview, imports it and sees the result", async ({ page }) => {
  // Five server round trips with file uploads; the shared machine can be slow.
  test.setTimeout(120_000);
  await signIn(page);
  await page.goto("/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();
  // Older files without the Schuljahr column stay readable, and the page says what they mean.
  await expect(page.getByTestId("import-format")).toContainText("Schülerzahl*, Schuljahr,");
  await expect(page.getByTestId("import-school-year-hint")).toContainText(
    "fehlt die Spalte oder ist die Zelle leer, gilt sie für das laufende Schuljahr",
  );
  const fileInput = page.getByLabel("Datei", { exact: true });

  // A file with an error: the preview names sheet, line and column; there is nothing to commit.
  await fileInput.setInputFiles({ name: "fehlerhaft.xlsx", mimeType: XLSX, buffer: await workbook("1,5") });
  await page.getByRole("button", { name: "Datei prüfen" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview.getByRole("heading", { name: "Probelauf für „fehlerhaft.xlsx“" })).toBeVisible();
  await expect(page.getByTestId("import-has-errors")).toContainText("Die Datei enthält einen Fehler");
  const errorRow = page.getByTestId("import-errors").getByRole("row").nth(1);
  await expect(errorRow).toContainText("Einsätze");
  await expect(errorRow).toContainText("2");
  await expect(errorRow).toContainText("Stellenanteil");
  await expect(errorRow).toContainText("höchstens 1 sein (ist 1,5)");
  await expect(page.getByRole("button", { name: "Jetzt importieren" })).toHaveCount(0);

  // The corrected file: a clean preview with what would be created, and nothing saved yet.
  await fileInput.setInputFiles({ name: "import.xlsx", mimeType: XLSX, buffer: await workbook("0,5") });
  await page.getByRole("button", { name: "Datei prüfen" }).click();
  await expect(preview.getByRole("heading", { name: "Probelauf für „import.xlsx“" })).toBeVisible();
  await expect(page.getByTestId("import-clean")).toContainText("Noch wurde nichts gespeichert");
  const counts = page.getByTestId("import-counts");
  await expect(counts.getByRole("row", { name: /Fachkräfte/ })).toContainText("1");
  await expect(counts.getByRole("row", { name: /Summe/ })).toContainText("4");

  await page.getByRole("button", { name: "Jetzt importieren" }).click();
  const result = page.getByTestId("import-result");
  await expect(result.getByRole("heading", { name: "Import abgeschlossen" })).toBeFocused();
  await expect(page.getByTestId("import-committed")).toContainText(
    "„import.xlsx“ wurde importiert: 4 neu angelegt, 0 geändert, 0 unverändert.",
  );

  // The same file again: nothing new to import.
  await page.getByRole("link", { name: "Andere Datei importieren" }).click();
  await page
    .getByLabel("Datei", { exact: true })
    .setInputFiles({ name: "import.xlsx", mimeType: XLSX, buffer: await workbook("0,5") });
  await page.getByRole("button", { name: "Datei prüfen" }).click();
  await expect(page.getByTestId("import-nothing")).toContainText("enthält nichts Neues");
});

test("an admin gets the preview of a file of several MB through the form", async ({ page }) => {
  test.setTimeout(120_000);
  const csv = largeSchoolsCsv(9_000);
  // Well above Next's default server-action limit of 1 MiB, well below the 10 MB file limit.
  expect(csv.length).toBeGreaterThan(2_000_000);
  expect(csv.length).toBeLessThan(3_500_000);
  await signIn(page);
  await page.goto("/import");
  await expect(page.getByText("höchstens 10 MB")).toBeVisible();
  await page
    .getByLabel("Datei", { exact: true })
    .setInputFiles({ name: "schulen.csv", mimeType: "text/csv", buffer: csv });
  await page.getByRole("button", { name: "Datei prüfen" }).click();
  // The preview only: nothing is committed, so the seed's figures stay as they are.
  const preview = page.getByTestId("import-preview");
  await expect(preview.getByRole("heading", { name: "Probelauf für „schulen.csv“" })).toBeFocused({ timeout: 90_000 });
  await expect(page.getByTestId("import-clean")).toContainText("Noch wurde nichts gespeichert");
  await expect(page.getByTestId("import-counts").getByRole("row", { name: /Schulen/ })).toContainText("9.000");
});
