import { expect, test } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users.ts";

// Each role signs in and sees its own navigation and its own figures.

const CASES = [
  {
    user: E2E_USERS.admin,
    nav: [
      "Start",
      "Kennzahlen",
      "Prognose",
      "Schulen",
      "Träger",
      "Stadtbezirke",
      "Finanzierungen",
      "Fachkräfte",
      "Import",
      "Export",
      "Benutzer",
      "API-Tokens",
      "Protokoll",
      "Datenschutz",
    ],
    scope: "alle Träger und Schulen",
  },
  {
    user: E2E_USERS.supervisor,
    nav: [
      "Start",
      "Kennzahlen",
      "Prognose",
      "Schulen",
      "Träger",
      "Stadtbezirke",
      "Finanzierungen",
      "Fachkräfte",
      "Export",
    ],
    scope: "alle Träger und Schulen",
  },
  {
    user: E2E_USERS.providerGbh,
    nav: ["Start", "Träger", "Fachkräfte", "Import", "Export"],
    scope: "die Fachkräfte Ihres Trägers",
  },
  { user: E2E_USERS.school, nav: ["Start", "Schulen", "Fachkräfte", "Export"], scope: "Ihre Schule" },
] as const;

for (const { user, nav, scope } of CASES) {
  test(`${user.role} (${user.name}) sees their navigation`, async ({ page }) => {
    await page.goto("/anmelden");
    await page.getByLabel("E-Mail-Adresse").fill(user.email);
    await page.getByLabel("Passwort", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page).toHaveURL(/\/start$/);
    const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
    const links = await navigation.getByRole("link").allTextContents();
    expect(links.filter((label) => label !== "Öffentliche Statistik")).toEqual([...nav]);
    await expect(page.getByText(scope, { exact: false })).toBeVisible();
    await expect(page.getByTestId("start-figures")).toContainText("Fachkräfte");
  });
}
