import { type Browser, expect as baseExpect, type Page, test } from "@playwright/test";
import { signInAs } from "../support/e2e-sign-in.ts";
import { E2E_USERS } from "../support/e2e-users.ts";

// Issue 17, items 11 and 12: a school head reads about their one school in words (an
// uncovered one with the coordination office's contact), a provider's start page shows what
// needs them, and the staff list filters to free capacity with a plain GET form (no script).

test.describe.configure({ timeout: 180_000 });
test.use({ actionTimeout: 30_000, navigationTimeout: 60_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

type User = (typeof E2E_USERS)[keyof typeof E2E_USERS];

async function signedIn(browser: Browser, user: User, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await signInAs(page, user);
  return page;
}

/** "0,25" → 250 thousandths. */
const milli = (text: string) => Math.round(Number(text.trim().replace(",", ".")) * 1000);

test("the head of an uncovered school reads that it has no school social work, and whom to ask", async ({
  browser,
}) => {
  const page = await signedIn(browser, E2E_USERS.schoolUncovered);
  const status = page.getByTestId("school-status");
  await expect(status.getByText(/^Keine Schulsozialarbeit am \d{2}\.\d{2}\.\d{4}$/)).toBeVisible();
  await expect(status).toContainText("keine Fachkraft für Schulsozialarbeit eingesetzt");
  const contact = status.getByRole("region", { name: "Kontakt zur Koordinierungsstelle" });
  await expect(contact).toContainText("Fachbereich 42/0 · Soziale Arbeit an Schulen");
  await expect(contact.getByRole("link", { name: "schulsozialarbeit@herne.de" })).toHaveAttribute(
    "href",
    "mailto:schulsozialarbeit@herne.de",
  );
  const main = page.locator("main");
  await expect(main).not.toContainText(/\d+ von 1\b/);
  await expect(main).not.toContainText("Schulen versorgt");
});

test("the head of a covered school reads how many staff work there, not '1 von 1'", async ({ browser }) => {
  const page = await signedIn(browser, E2E_USERS.school);
  const status = page.getByTestId("school-status");
  await expect(status).toContainText(/Für Ihre Schule \(.+\) (ist|sind) am .+ für Schulsozialarbeit eingesetzt\./);
  await expect(status.getByTestId("start-figures")).toContainText("Fachkräfte an Ihrer Schule");
  await expect(page.locator("main")).not.toContainText(/\d+ von 1\b/);
});

/** The ISO day `days` from now (the margins below are wide enough for any time zone). */
const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("a provider's start page shows what ends, who has free capacity and warnings; another provider sees none of it", async ({
  browser,
}) => {
  // GBH takes on someone whose employment ends in a month, not yet assigned to a school.
  const gbh = await signedIn(browser, E2E_USERS.providerGbh);
  await gbh.goto("/fachkraefte/neu");
  await gbh.getByLabel("Personalnummer").fill(`E2E-START-${Date.now()}`);
  await gbh.getByLabel("Nachname").fill("Endet");
  await gbh.getByLabel("Vorname").fill("Erika");
  await gbh.getByLabel("Stellenumfang").fill("0,5");
  await gbh.getByLabel("Beschäftigt ab").fill(isoIn(-30));
  await gbh.getByLabel("Beschäftigt bis").fill(isoIn(30));
  await gbh.getByRole("button", { name: "Fachkraft anlegen" }).click();
  await expect(gbh).toHaveURL(/\/fachkraefte\/[0-9a-f-]{36}/);

  await gbh.goto("/start");
  await expect(gbh.getByRole("heading", { level: 2, name: /^Was bis zum .+ endet$/ })).toBeVisible();
  const endings = gbh.getByTestId("ending-employments");
  await expect(endings.getByRole("row", { name: /Erika Endet/ })).toContainText("GBH");
  const free = gbh.getByTestId("provider-free-capacity");
  await expect(free.getByRole("heading", { level: 2 })).toContainText("mit freiem Stellenumfang");
  await expect(free.getByRole("listitem").filter({ hasText: "Erika Endet" })).toHaveText(
    "Erika Endet: 0,5 von 0,5 frei",
  );
  await expect(gbh.getByTestId("provider-warnings").getByRole("heading", { level: 2 })).toContainText(
    "zu Ihren Fachkräften",
  );
  // The start page's list is the staff list's filter.
  await free.getByRole("link", { name: /in der Liste der Fachkräfte$/ }).click();
  await expect(gbh).toHaveURL(/\/fachkraefte\?capacity=free$/);
  await expect(gbh.getByRole("table").getByRole("link", { name: "Endet, Erika" })).toBeVisible();

  // Another provider's start page knows nothing of her.
  const gfs = await signedIn(browser, E2E_USERS.providerGfs);
  await expect(gfs.getByTestId("provider-free-capacity")).toBeVisible();
  await expect(gfs.locator("main")).not.toContainText("Endet");
  await expect(gfs.locator("main")).not.toContainText("GBH");
});

test("the staff list filters to free capacity without JavaScript", async ({ browser }) => {
  const page = await signedIn(browser, E2E_USERS.admin, false);
  await page.goto("/fachkraefte");
  const table = page.getByRole("table");
  const header = table.getByRole("columnheader", { name: "Freier Stellenumfang heute" });
  await expect(header).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Schulen heute" })).toBeVisible();
  await page.getByLabel("Freier Stellenumfang", { exact: true }).selectOption("free");
  await page.getByRole("button", { name: "Anwenden" }).click();
  await expect(page).toHaveURL(/[?&]capacity=free(&|$)/);
  await expect(table.getByRole("caption")).toHaveText("Fachkräfte (gefiltert)");
  const headers = await table.getByRole("columnheader").allTextContents();
  const column = headers.findIndex((text) => text.includes("Freier Stellenumfang heute"));
  const statusColumn = headers.findIndex((text) => text.includes("Status"));
  const rows = await table.locator("tbody tr").all();
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const cells = row.locator("th, td");
    expect(milli((await cells.nth(column).textContent()) ?? "")).toBeGreaterThan(0);
    await expect(cells.nth(statusColumn)).toHaveText("beschäftigt");
  }
  // The filter is kept in the form, and sort links keep it too.
  await expect(page.getByLabel("Freier Stellenumfang", { exact: true })).toHaveValue("free");
  const sortLink = table.getByRole("link", { name: /Name/ }).first();
  await expect(sortLink).toHaveAttribute("href", /capacity=free/);
});

test("the admin edits the coordination office's contact; the public page and an uncovered school show it", async ({
  browser,
}) => {
  const admin = await signedIn(browser, E2E_USERS.admin);
  await admin.goto("/verwaltung/kontaktstelle");
  await expect(admin.getByRole("heading", { level: 1, name: "Kontakt der Koordinierungsstelle" })).toBeVisible();
  const form = admin.getByTestId("contact-form");
  await expect(form.getByLabel("E-Mail-Adresse")).toHaveValue("schulsozialarbeit@herne.de");
  // A bad postal code is refused and nothing typed is lost.
  await form.getByLabel("Postleitzahl").fill("4464");
  await form.getByLabel("Telefon").fill("02323 16-4711");
  await form.getByRole("button", { name: "Speichern" }).click();
  await expect(form.getByLabel("Postleitzahl")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Telefon")).toHaveValue("02323 16-4711");
  await form.getByLabel("Postleitzahl").fill("44649");
  await form.getByRole("button", { name: "Speichern" }).click();
  await expect(admin.getByTestId("contact-saved")).toBeVisible();

  await admin.goto("/");
  await expect(admin.getByRole("link", { name: "02323 16-4711" })).toHaveAttribute("href", "tel:02323164711");
  const head = await signedIn(browser, E2E_USERS.schoolUncovered);
  await expect(head.getByTestId("school-status").getByRole("link", { name: "02323 16-4711" })).toBeVisible();
});
