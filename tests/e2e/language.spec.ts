import { expect, test } from "@playwright/test";
import { contextFor, switchLanguage } from "../support/e2e-sign-in.ts";

test.describe.configure({ timeout: 180_000 });

// German by default, English on request (a cookie; the URL stays the same), with en-GB
// formats; and back to German.

test("the public page switches to English with en-GB formats, and back", async ({ browser }) => {
  const context = await contextFor(browser, "anonymous");
  const page = await context.newPage();
  await page.goto("/?stichtag=2017-11-15");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 2, name: "Stand zum Stichtag 15.11.2017" })).toBeVisible();
  await expect(page.getByTestId("coverage-sentence")).toContainText("Am 15. November 2017 waren 44 Fachkräfte");

  await switchLanguage(page, "en");
  await expect(page).toHaveURL(/\/\?stichtag=2017-11-15$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("School social work in Herne");
  await expect(page.getByRole("heading", { level: 2, name: "Status on the key date 15/11/2017" })).toBeVisible();
  const sentence = page.getByTestId("coverage-sentence");
  await expect(sentence).toContainText("On 15 November 2017, 44 school social workers were working");
  await expect(sentence).toContainText("41 of 43");
  await expect(sentence).toContainText("39.5");
  await expect(page.getByRole("table", { name: "By school type" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Show", exact: true })).toBeVisible();
  await page.getByText("Show values as a table").click();
  await expect(page.getByRole("table", { name: /Monthly values/ })).toContainText("01/11/2017");

  // The choice sticks for the next page, until it is switched back.
  await page.goto("/anmelden");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByLabel("Email address")).toBeVisible();
  await switchLanguage(page, "de");
  await expect(page).toHaveURL(/\/anmelden$/);
  await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
  await page.goto("/?stichtag=2017-11-15");
  await expect(page.getByTestId("coverage-sentence")).toContainText("39,5");
  await context.close();
});

test("the signed-in area switches to English, and back", async ({ browser }) => {
  const context = await contextFor(browser, "supervisor");
  const page = await context.newPage();
  await page.goto("/start");
  await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();

  await switchLanguage(page, "en");
  await expect(page).toHaveURL(/\/start$/);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toContainText("School supervisory authority");
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toContainText("Key figures");
  // en-GB long date ("15 November 2026"), not the German "15. November 2026".
  await expect(
    page.getByText(/The figures show the status on \d{1,2} [A-Z][a-z]+ \d{4} for all providers/),
  ).toBeVisible();
  await expect(page.getByTestId("start-figures")).toContainText("Schools covered");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await switchLanguage(page, "de");
  await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();
  await expect(page.getByText(/Die Zahlen zeigen den Stand am \d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ \d{4}/)).toBeVisible();
  await context.close();
});
