import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { adminSessionFile, saveAdminSession } from "../support/e2e-sign-in.ts";

// The dashboard and the forecast on the Herne seed, as the admin (Fachbereich 42/0) sees them.

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

// One sign-in for the whole file (argon2 is slow on a busy machine); every test reuses the session.
const SESSION = adminSessionFile("dashboard");

test.beforeAll(async ({ browser }) => {
  // The first sign-in hashes with argon2 on a cold server: allow for a busy machine.
  test.setTimeout(120_000);
  await saveAdminSession(browser, SESSION);
});

test.use({ storageState: SESSION });
// Pages with the trend query are heavier than most; a busy machine must not fail them.
test.describe.configure({ timeout: 90_000 });

async function expectFigures(page: Page, staff: string, fte: string, covered: string, total: string) {
  const figures = page.getByTestId("headline-figures");
  await expect(figures.getByTestId("figure-staff")).toHaveText(staff);
  await expect(figures.getByTestId("figure-fte")).toHaveText(fte);
  await expect(figures.getByTestId("figure-schools-covered")).toHaveText(covered);
  await expect(figures.getByTestId("figure-schools-total")).toHaveText(total);
}

test.describe("dashboard", () => {
  test("shows the November 2017 figures, warnings that link to their records and the trend as a table", async ({
    page,
  }) => {
    await page.goto("/uebersicht?stichtag=2017-11-15");
    await expect(page.getByRole("heading", { level: 1, name: "Kennzahlen" })).toBeVisible();
    await expectFigures(page, "44", "39,5", "41", "43");

    // Warnings, grouped by kind with counts; each entry links to its record.
    const counts = page.getByTestId("warning-counts");
    await expect(counts.getByRole("row", { name: /Vollzeitkraft an mehr als zwei Schulen/ })).toContainText("1");
    const fullTime = page.locator('[data-warning-kind="fullTimeTooManySchools"]');
    await expect(fullTime.getByRole("heading")).toHaveText("Vollzeitkraft an mehr als zwei Schulen (1)");
    await expect(fullTime.getByRole("link", { name: "Nina Ostermann" })).toHaveAttribute(
      "href",
      new RegExp(`^/fachkraefte/${UUID}$`),
    );
    await expect(page.locator('[data-warning-kind="partTimeTooManySchools"]')).toContainText("Heike Zander");
    const outside = page.locator('[data-warning-kind="assignmentOutsideEmployment"]');
    await expect(outside.getByRole("link", { name: "Claudia Fuchs" })).toHaveAttribute(
      "href",
      new RegExp(`^/fachkraefte/${UUID}#einsatz-${UUID}$`),
    );
    await expect(outside).toContainText("31.01.2017");
    const unfunded = page.locator('[data-warning-kind="assignmentUnfunded"]');
    // The most FTE first (lib/warnings/severity.ts): Wagner's 1.0 before Voss's 0.5.
    await expect(unfunded.getByRole("link")).toHaveText(["Dennis Wagner", "Mareike Voss"]);

    // Breakdowns, uncovered schools.
    await expect(page.getByRole("table", { name: "Nach Träger" })).toContainText("GBH");
    await expect(page.getByRole("table", { name: "Nach Schulform" })).toContainText("Gymnasium");
    await expect(page.getByRole("table", { name: "Nach Stadtbezirk" })).toContainText("Sodingen");
    const uncovered = page.getByTestId("uncovered-schools");
    await expect(uncovered.getByRole("link", { name: /Haranni-Gymnasium/ })).toHaveAttribute(
      "href",
      new RegExp(`^/schulen/${UUID}$`),
    );

    // The trend: a labelled chart (loaded once it comes near the viewport), the key date
    // marked; the arrow keys start at the key date's month and step one month; its values
    // are also a table.
    await page.getByTestId("trend-chart").scrollIntoViewIfNeeded();
    const chart = page.getByRole("application", { name: /Verlauf von Fachkräften/ });
    await expect(chart).toHaveAttribute("tabindex", "0");
    await expect(chart.locator("svg text", { hasText: "Stichtag" })).toHaveCount(1);
    const current = page.getByTestId("trend-chart-current");
    await chart.focus();
    await expect(current).toHaveText("11/2017: Fachkräfte 44, Stellenanteile 39,5, Schulen versorgt 41");
    await page.keyboard.press("ArrowRight");
    await expect(current).toHaveText(/^12\/2017: Fachkräfte \d+/);
    await expect(chart.locator(".recharts-tooltip-wrapper")).toContainText("12/2017");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(current).toHaveText(/^10\/2017: /);
    await page.getByText("Werte als Tabelle anzeigen").click();
    const trend = page.getByRole("table", { name: /Monatswerte/ });
    await expect(trend.getByRole("row", { name: /^01\.11\.2017/ })).toHaveText(/01\.11\.2017\s*44\s*39,5\s*41\s*43/);
  });

  test("the key date picker and the funding that ends within six months", async ({ page }) => {
    await page.goto("/uebersicht?stichtag=2017-11-15");
    await page.getByLabel("Stichtag", { exact: true }).fill("2019-03-01");
    await page.getByRole("button", { name: "Anzeigen" }).click();
    await expect(page).toHaveURL(/stichtag=2019-03-01/);
    await expectFigures(page, "45", "38,5", "40", "41");

    await page.goto("/uebersicht?stichtag=2027-02-01");
    const funding = page.getByTestId("funding-ending");
    await expect(funding.getByRole("link", { name: "MPT (multiprofessionelle Teams)" })).toHaveAttribute(
      "href",
      new RegExp(`^/finanzierungen/${UUID}$`),
    );
    await expect(funding).toContainText("31.07.2027");
    await expect(funding).toContainText("3,5");
  });

  test("an impossible key date gives a message, not an error page", async ({ page }) => {
    const response = await page.goto("/uebersicht?stichtag=2018-02-31");
    expect(response?.status()).toBe(200);
    await expect(page.locator("#stichtag-error")).toContainText("Ungültiges Datum");
  });

  test("a kind's warnings page lists every entry of that kind and leads back to the dashboard", async ({ page }) => {
    await page.goto("/uebersicht/hinweise?stichtag=2017-11-15&art=assignmentUnfunded");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/15\.11\.2017/);
    await expect(page.getByTestId("warnings-total")).toHaveText("2 Einträge am Stichtag.");
    const entries = page.locator('[data-warning-kind="assignmentUnfunded"]');
    await expect(entries.getByRole("link", { name: "Mareike Voss" })).toHaveAttribute(
      "href",
      new RegExp(`^/fachkraefte/${UUID}#einsatz-${UUID}$`),
    );
    await expect(entries.getByRole("link", { name: "Dennis Wagner" })).toBeVisible();
    await page.getByRole("link", { name: "Zurück zur Übersicht" }).click();
    await expect(page).toHaveURL(/\/uebersicht\?stichtag=2017-11-15#hinweise-assignmentUnfunded$/);
  });
});

test.describe("forecast", () => {
  test("lists what ends between November 2017 and August 2018 and what it does to the figures", async ({ page }) => {
    await page.goto("/uebersicht/prognose?ab=2017-11-15&stichtag=2018-08-15");
    await expect(page.getByRole("heading", { level: 1, name: "Prognose" })).toBeVisible();
    const figures = page.getByTestId("forecast-figures");
    await expect(figures.getByRole("row", { name: /^Fachkräfte/ })).toContainText("44");
    await expect(figures.getByRole("row", { name: /^Stellenanteile/ })).toContainText("39,5");

    const assignments = page.getByTestId("ending-assignments");
    await expect(assignments.getByRole("row", { name: /Dennis Wagner/ })).toContainText("31.07.2018");
    await expect(assignments.getByRole("link", { name: "Tobias Imhoff" })).toHaveAttribute(
      "href",
      new RegExp(`^/fachkraefte/${UUID}#einsatz-${UUID}$`),
    );
    const employments = page.getByTestId("ending-employments");
    await expect(employments.getByRole("link")).toHaveText(["Jessica Wolters", "Dennis Wagner", "Svenja Haase"]);
    await expect(page.getByTestId("forecast-providers").getByRole("row", { name: /Stadt Herne/ })).toContainText(
      "\u22123,9",
    );

    // Each list is named once on screen: by its heading; the table's caption is for screen
    // readers. Only the comparison table, which has no heading of its own, shows its caption.
    await expect(page.getByRole("heading", { level: 3, name: "Stellenanteile je Träger" })).toBeVisible();
    await expect(page.getByRole("table", { name: /Stellenanteile je Träger: was wegfällt/ })).toBeAttached();
    await expect(page.getByRole("heading", { level: 3, name: /^Endende Beschäftigungen \(3\)$/ })).toBeVisible();
    const shownCaptions = await page
      .locator("main caption")
      .evaluateAll((all) =>
        all.filter((caption) => caption.getBoundingClientRect().width > 1).map((caption) => caption.textContent),
      );
    expect(shownCaptions).toEqual(["Kennzahlen im Vergleich"]);
  });

  test("from today: the default horizon of six months, and a key date in the past is refused", async ({ page }) => {
    await page.goto("/uebersicht/prognose");
    await expect(page.getByTestId("forecast-figures")).toBeVisible();
    await page.goto("/uebersicht/prognose?stichtag=2017-11-15");
    await expect(page.locator("#stichtag-error")).toContainText("muss nach dem");
  });
});

test("the dashboard's and the forecast's content has no axe violations (WCAG 2.1 AA)", async ({ page }) => {
  for (const path of ["/uebersicht?stichtag=2017-11-15", "/uebersicht/prognose?ab=2017-11-15&stichtag=2018-08-15"]) {
    await page.goto(path);
    // Load the lazy trend chart and open every folded part, so that their content is checked too.
    for (const chart of await page.getByTestId("trend-chart").all()) {
      await chart.scrollIntoViewIfNeeded();
      await chart.locator("svg").first().waitFor();
    }
    await page.locator("main details").evaluateAll((all) => {
      for (const details of all) (details as HTMLDetailsElement).open = true;
    });
    const results = await new AxeBuilder({ page })
      .include("main")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(results.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  }
});
