import { expect, type Page, test } from "@playwright/test";
import { adminSessionFile, saveAdminSession } from "../support/e2e-sign-in.ts";

// Issue 17, items 8 and 10, on the Herne seed as the admin: every warning kind on one page,
// the most severe first, a rule that fires for nearly every school in one line, the threshold
// set on screen; and the audit log that shows that change by name, field by field.

const SESSION = adminSessionFile("warnings-audit");
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

test.beforeAll(async ({ browser }) => {
  // The first sign-in hashes with argon2 on a cold server: allow for a busy machine.
  test.setTimeout(120_000);
  await saveAdminSession(browser, SESSION);
});

test.use({ storageState: SESSION });
test.describe.configure({ timeout: 120_000 });

const HINWEISE = "/uebersicht/hinweise?stichtag=2017-11-15";

async function setThreshold(page: Page, value: string) {
  await page.goto(HINWEISE);
  const form = page.getByTestId("threshold-form");
  await form.getByLabel("Richtwert (Schülerinnen und Schüler je Stelle)").fill(value);
  await form.getByRole("button", { name: "Speichern" }).click();
}

test("all warnings on one page, the threshold set on screen, and its change in the audit log", async ({ page }) => {
  const response = await page.goto(HINWEISE);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hinweise am 15.11.2017");
  // Every kind is listed with its count; the kinds that fire have their group.
  await expect(page.getByTestId("warning-counts").getByRole("row")).toHaveCount(1 + 7);
  await expect(page.locator('[data-warning-kind="assignmentUnfunded"]')).toBeVisible();
  await expect(page.locator('[data-warning-kind="fullTimeTooManySchools"]')).toBeVisible();

  // At 150 nearly every school is above the threshold: one line, and the list a link away.
  const pupils = page.locator('[data-warning-kind="pupilsPerFteAboveThreshold"]');
  await expect(pupils.getByTestId("warnings-nearly-all")).toHaveText(
    /^Trifft am Stichtag auf \d+ von \d+ geöffneten Schulen zu, also auf fast alle\.$/,
  );
  await expect(pupils.getByRole("listitem")).toHaveCount(0);
  await pupils.getByRole("link", { name: /^Alle \d+ Einträge anzeigen$/ }).click();
  await expect(page).toHaveURL(/art=pupilsPerFteAboveThreshold/);
  // The most severe first: pupils per FTE never rise down the list.
  const entries = await page.locator('[data-warning-kind="pupilsPerFteAboveThreshold"] li').allInnerTexts();
  const ratios = entries.map((text) => Number(/– ([\d.]+) Schülerinnen/.exec(text)?.[1]?.replaceAll(".", "")));
  expect(ratios.length).toBeGreaterThan(10);
  expect(ratios).toEqual([...ratios].sort((a, b) => b - a));
  const worst = entries[0]?.split(" – ")[0] ?? "";

  // The admin raises the threshold: the list becomes short and starts with the same school.
  try {
    await setThreshold(page, "abc");
    await expect(page.getByTestId("form-error")).toBeVisible();
    await expect(page.getByLabel("Richtwert (Schülerinnen und Schüler je Stelle)")).toHaveValue("abc");
    await setThreshold(page, "700");
    await expect(page.getByTestId("threshold-saved")).toHaveText("Der Richtwert ist gespeichert.");
    const raised = page.locator('[data-warning-kind="pupilsPerFteAboveThreshold"]');
    await expect(raised.getByRole("heading")).toHaveText(/^Mehr als 700 Schülerinnen und Schüler je Stelle \(\d\)$/);
    await expect(raised.getByTestId("warnings-nearly-all")).toHaveCount(0);
    await expect(raised.getByRole("listitem").first()).toContainText(worst);
    expect(worst).not.toBe("");

    // The audit log: the action and the record by name, the change by field, no ids in sight.
    await page.goto("/verwaltung/protokoll?aktion=settings.threshold_updated");
    const table = page.getByTestId("audit-table");
    const row = table.locator("tbody tr").first();
    await expect(row).toContainText("Richtwert Schülerinnen und Schüler je Stelle geändert");
    await expect(row.getByTestId("audit-record")).toHaveText("Herne");
    await row.locator("summary", { hasText: "Richtwert Schülerinnen und Schüler je Stelle" }).click();
    const change = row.getByTestId("audit-change");
    await expect(change.getByRole("row").nth(1)).toHaveText(/Richtwert Schülerinnen und Schüler je Stelle\s*150\s*700/);
    // Ids only inside the "Kennung" disclosures; no internal key anywhere.
    const withoutIds = await table.evaluate((node) => {
      const copy = node.cloneNode(true) as HTMLElement;
      for (const code of copy.querySelectorAll("details code")) code.remove();
      return copy.textContent ?? "";
    });
    expect(withoutIds).not.toMatch(UUID);
    expect(await table.textContent()).not.toContain("pupilsPerFteThreshold");
    await row.locator("summary", { hasText: "Kennung" }).click();
    await expect(row.locator("code")).toHaveText(UUID);
  } finally {
    await setThreshold(page, "150");
    await expect(page.getByTestId("threshold-saved")).toBeVisible();
  }
});

test("the audit log names records and offers only German entries in its filter", async ({ page }) => {
  // A district created and renamed: both events name it, the rename shows old and new name.
  const name = `Protokollbezirk ${Date.now() % 100000}`;
  await page.goto("/stadtbezirke/neu");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Stadtbezirk anlegen" }).click();
  await expect(page).toHaveURL(/gespeichert=1/);
  await page.getByRole("link", { name }).click();
  await page.getByLabel("Name").fill(`${name} Nord`);
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page).toHaveURL(/gespeichert=1/);

  await page.goto("/verwaltung/protokoll?objekt=District");
  const rows = page.getByTestId("audit-table").locator("tbody tr");
  const renamed = rows.filter({ hasText: "Stadtbezirk geändert" }).first();
  await expect(renamed.getByTestId("audit-record")).toHaveText(`${name} Nord`);
  await renamed.locator("summary", { hasText: /^Name$/ }).click();
  await expect(renamed.getByTestId("audit-change").getByRole("row").nth(1)).toHaveText(
    new RegExp(`Name\\s*${name}\\s*${name} Nord`),
  );
  await expect(rows.filter({ hasText: "Stadtbezirk angelegt" }).first().getByTestId("audit-record")).toHaveText(
    `${name} Nord`,
  );

  // The filter: labels only, no codes or permission keys.
  for (const select of ["Aktion", "Objekt"]) {
    const options = await page.getByLabel(select, { exact: true }).locator("option").allInnerTexts();
    expect(options.length, select).toBeGreaterThan(1);
    expect(
      options.filter((text) => /^[a-z_]+\.[a-z_]+$/i.test(text) || /^[A-Z][a-z]+[A-Z]/.test(text)),
      select,
    ).toEqual([]);
  }
  await expect(page.getByLabel("Objekt", { exact: true }).locator("option", { hasText: "Stadtbezirk" })).toHaveCount(1);
});
