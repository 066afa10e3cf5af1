import { expect, type Page, test } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users.ts";

// Each role signs in and sees its own navigation and its own figures.

/** The navigation's links in order, opening each group (one opens at a time) to read its links. */
async function everyNavLink(page: Page): Promise<string[]> {
  const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
  const labels: string[] = [];
  for (const item of await navigation.locator(":scope > div > ul > li").all()) {
    const summary = item.locator("summary");
    if ((await summary.count()) > 0) {
      await summary.click();
      await expect(item.locator("details")).toHaveAttribute("open", "");
    }
    labels.push(...(await item.getByRole("link").allTextContents()));
  }
  return labels;
}

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByLabel("Passwort", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/start$/);
}

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
      "Kontaktstelle",
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
    await signIn(page, user);
    const links = await everyNavLink(page);
    expect(links.filter((label) => label !== "Öffentliche Statistik")).toEqual([...nav]);
    await expect(page.getByText(/^Willkommen, /)).toContainText(scope);
    await expect(page.getByTestId("start-figures")).toContainText("Fachkräfte");
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the page starts on the first screen; the groups are behind the menu button", async ({ page }) => {
    await signIn(page, E2E_USERS.admin);
    await page.goto("/fachkraefte");
    const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
    expect(heading?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(844 / 2);
    const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
    await expect(navigation.getByText("Stammdaten")).toBeHidden();
    const menu = page.getByRole("button", { name: "Menü" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    // The current page's entry is marked.
    await expect(navigation.getByRole("link", { name: "Fachkräfte" })).toHaveAttribute("aria-current", "page");
    await navigation.getByText("Stammdaten").click();
    await navigation.getByRole("link", { name: "Schulen" }).click();
    await expect(page).toHaveURL(/\/schulen$/);
  });
});

test("on a wide screen the groups fit in one row and open one at a time", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, E2E_USERS.admin);
  const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(page.getByRole("button", { name: "Menü" })).toBeHidden();
  const box = await navigation.boundingBox();
  expect(box?.height ?? 999).toBeLessThan(70);
  await navigation.getByText("Stammdaten").click();
  await expect(navigation.getByRole("link", { name: "Schulen" })).toBeVisible();
  await navigation.getByText("Verwaltung").click();
  await expect(navigation.getByRole("link", { name: "Benutzer" })).toBeVisible();
  await expect(navigation.getByRole("link", { name: "Schulen" })).toBeHidden();
});

test.describe("on a phone without JavaScript", () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test("the groups are shown, and no menu button that could not open", async ({ page }) => {
    await page.goto("/anmelden");
    await page.getByLabel("E-Mail-Adresse").fill(E2E_USERS.admin.email);
    await page.getByLabel("Passwort", { exact: true }).fill(E2E_USERS.admin.password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page).toHaveURL(/\/start$/);
    const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
    await expect(navigation.getByText("Stammdaten")).toBeVisible();
    await expect(page.getByRole("button", { name: "Menü" })).toBeHidden();
  });
});
