import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { E2E_USERS } from "../support/e2e-users.ts";

// The export page end to end against the production build: an admin picks the key date and
// downloads the workbook (read back with ExcelJS: the Herne figures as numbers, the key date
// as a date); a school head is offered no complete-data workbook and is refused it; the
// public page offers its CSV. The page passes axe for both roles.

// The machine is shared: sign-in (argon2) and the first renders can be slow under load.
test.describe.configure({ timeout: 120_000 });

async function signedInPage(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByLabel("Passwort", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).not.toHaveURL(/\/anmelden/, { timeout: 30_000 });
  return page;
}

async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
  );
}

test("an admin picks a key date and downloads the key-date workbook", async ({ browser }) => {
  const page = await signedInPage(browser, E2E_USERS.admin);
  await page.goto("/export");
  await expect(page.getByRole("heading", { level: 1, name: "Export" })).toBeVisible();

  await page.getByLabel("Stichtag", { exact: true }).fill("2017-11-15");
  await page.getByRole("button", { name: "Übernehmen" }).click();
  await expect(page).toHaveURL(/\/export\?stichtag=2017-11-15$/);
  await expect(page.getByRole("heading", { name: "Auswertungen zum Stichtag 15.11.2017" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tabellenmappe (Excel) zum 15.11.2017" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("stellwerk-stichtag-2017-11-15.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const summary = workbook.getWorksheet("Übersicht");
  if (!summary) throw new Error("no summary sheet");
  expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect((summary.getRow(2).values as unknown[]).slice(1)).toEqual([
    new Date("2017-11-15T00:00:00Z"),
    "alle Träger und Schulen",
    44,
    39.5,
    41,
    43,
  ]);

  // The other downloads of the page answer with their files.
  for (const name of [
    "CSV-Datei zum 15.11.2017",
    "Stichtagsbericht (PDF) zum 15.11.2017",
    "Alle Daten im Importformat (Excel)",
  ]) {
    const href = await page.getByRole("link", { name }).getAttribute("href");
    const response = await page.request.get(href ?? "");
    expect({ name, status: response.status() }).toEqual({ name, status: 200 });
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="stellwerk-/);
  }
});

test("a school head gets the key-date files of their school but no complete data", async ({ browser }) => {
  const page = await signedInPage(browser, E2E_USERS.school);
  await page.goto("/export?stichtag=2017-11-15");
  await expect(page.getByRole("link", { name: "Tabellenmappe (Excel) zum 15.11.2017" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Alle Daten im Importformat (Excel)" })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  expect((await page.request.get("/api/v1/export/daten.xlsx")).status()).toBe(404);
  // Today (the e2e school head's school has staff today): one school, covered.
  const csv = await page.request.get("/api/v1/export/stichtag.csv");
  expect(csv.status()).toBe(200);
  const text = (await csv.body()).toString("utf8");
  expect(text.split("\r\n")[1]).toMatch(/^\d\d\.\d\d\.\d{4};Gesamt;;[1-9]\d*;[\d,]+;1;1$/);
});

test("the public page offers its figures as CSV", async ({ page }) => {
  await page.goto("/?stichtag=2017-11-15");
  const link = page.getByRole("link", { name: "Öffentliche Kennzahlen zum 15.11.2017 (CSV)" });
  await expect(link).toBeVisible();
  const response = await page.request.get((await link.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  const text = (await response.body()).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain("15.11.2017;Gesamt;;44;39,5;41;43;");
});
