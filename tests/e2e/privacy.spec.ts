import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users.ts";

// Data protection end to end: the admin finds a seeded staff member and downloads the
// Art. 15 JSON; the page passes axe. (Anonymisation is not run here: it would change the
// seeded names the other specs of the run rely on; tests/integration/privacy-anonymise.test.ts
// covers it.)

test("an admin downloads the Art. 15 export of a seeded staff member", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(E2E_USERS.admin.email);
  await page.getByLabel("Passwort", { exact: true }).fill(E2E_USERS.admin.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  // Generous: sign-in hashes with argon2id, and the machine is shared.
  await expect(page).not.toHaveURL(/\/anmelden/, { timeout: 30_000 });

  await page.goto("/verwaltung/datenschutz");
  await expect(page.getByRole("heading", { level: 1, name: "Datenschutz" })).toBeVisible();
  await expect(page.getByTestId("anonymise-preview")).toContainText(/Beschäftigung endete vor dem 01\.01\.\d{4}/);

  await page.getByLabel("Name oder Personalnummer").fill("Thomas Brinkmann");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page).toHaveURL(/suche=Thomas\+Brinkmann/);
  const table = page.getByRole("table", { name: /Fachkräfte zur Suche „Thomas Brinkmann“ \(1 von 1\)/ });
  await expect(table).toBeVisible();
  // axe on the page as searched (one row: quick enough on a busy machine).
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    table.getByRole("link", { name: "JSON herunterladen für Brinkmann, Thomas" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^auskunft-fachkraft-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const data = JSON.parse(await readFile(path, "utf8"));
  expect(data.format).toBe("stellwerk.gdpr-art15.staff-member.v1");
  expect(data.staffMember).toMatchObject({ firstName: "Thomas", lastName: "Brinkmann", personnelNumber: "71805532" });
  expect(data.assignments).toHaveLength(1);
  expect(data.assignments[0].school.name).toMatch(/Wanne-Eickel/);
  expect(Array.isArray(data.auditEvents)).toBe(true);
});
