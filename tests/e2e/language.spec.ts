import { expect, test } from "@playwright/test";
import { contextFor, switchLanguage } from "../support/e2e-sign-in.ts";

test.describe.configure({ timeout: 180_000 });

// German by default, English on request (a cookie; the URL stays the same), with en-GB
// formats; and back to German. One date style per language (lib/format.ts): 15.11.2017 and
// 15 Nov 2017.

test("the public page switches to English with en-GB formats, and back", async ({ browser }) => {
  const context = await contextFor(browser, "anonymous");
  const page = await context.newPage();
  await page.goto("/?stichtag=2017-11-15");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 2, name: "Stand zum Stichtag 15.11.2017" })).toBeVisible();
  await expect(page.getByTestId("coverage-sentence")).toContainText("Am 15.11.2017 waren 44 Fachkräfte");

  await switchLanguage(page, "en");
  await expect(page).toHaveURL(/\/\?stichtag=2017-11-15$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("School social work in Herne");
  await expect(page.getByRole("heading", { level: 2, name: "Status on the key date 15 Nov 2017" })).toBeVisible();
  const sentence = page.getByTestId("coverage-sentence");
  await expect(sentence).toContainText("On 15 Nov 2017, 44 school social workers were working");
  await expect(sentence).toContainText("41 of 43");
  await expect(sentence).toContainText("39.5");
  await expect(page.getByRole("table", { name: "By school type" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Show", exact: true })).toBeVisible();
  await page.getByText("Show values as a table").click();
  await expect(page.getByRole("table", { name: /Monthly values/ })).toContainText("1 Nov 2017");

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
  // The one English date style ("6 Dec 2026"), not the German "06.12.2026".
  await expect(
    page.getByText(/The figures show the status on \d{1,2} [A-Z][a-z]{2,3} \d{4} for all providers/),
  ).toBeVisible();
  await expect(page.getByTestId("start-figures")).toContainText("Schools covered");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await switchLanguage(page, "de");
  await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();
  await expect(page.getByText(/Die Zahlen zeigen den Stand am \d{2}\.\d{2}\.\d{4}/)).toBeVisible();
  await context.close();
});

// Every date an English page prints, in one style: "15 Nov 2017" (with a time for audit
// entries), never "15/11/2017" or "15.11.2017".
const ENGLISH_DATE = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}\b/g;
const OTHER_DATE_STYLES = /\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\. [A-Z][a-z]+ \d{4}\b/g;

test("English pages print every date in one style: staff list, dashboard, audit log", async ({ browser }) => {
  const context = await contextFor(browser, "admin");
  const page = await context.newPage();
  await page.goto("/start");
  await switchLanguage(page, "en");
  const pages = [
    { path: "/fachkraefte", ready: page.getByRole("table").first() },
    { path: "/uebersicht?stichtag=2017-11-15", ready: page.getByRole("heading", { level: 1 }) },
    { path: "/verwaltung/protokoll", ready: page.getByRole("table").first() },
  ];
  for (const { path, ready } of pages) {
    await page.goto(path);
    await expect(ready).toBeVisible();
    // What a reader sees (rendered text: not hrefs, which carry ISO dates on purpose, nor
    // the closed before/after details of the audit log).
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
    const text = await page.locator("main").innerText();
    expect(text.match(ENGLISH_DATE)?.length ?? 0, `${path} shows English dates`).toBeGreaterThan(0);
    expect(text.match(OTHER_DATE_STYLES) ?? [], `${path} shows no other date style`).toEqual([]);
  }
  await switchLanguage(page, "de");
  await context.close();
});
