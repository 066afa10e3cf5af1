import { type Browser, expect as baseExpect, type Page, test } from "@playwright/test";
import { type FixtureIds, readFixtureIds } from "../support/e2e-fixture-ids.ts";
import { E2E_USERS, type E2eUser } from "../support/e2e-users.ts";

// Schools, providers and the school page end to end: (c) a school head sees only their
// school; (e) two admins edit the same school at once, the second save is refused with the
// stored values shown and nothing typed lost; an admin creates a school and finds it; a
// provider edits their own contact; the supervisor finds no edit control on these pages.

// The machine running these may be shared and slow: generous waits, same assertions.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const CONFLICT = "Dieser Eintrag wurde inzwischen von jemand anderem geändert.";

let ids: FixtureIds;
test.beforeAll(() => {
  ids = readFixtureIds();
});

async function signedIn(browser: Browser, user: E2eUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByLabel("Passwort", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/start$/);
  return page;
}

const bodyRows = (page: Page, testId?: string) =>
  (testId ? page.getByTestId(testId) : page.locator("table").first()).locator("tbody tr");

test("(c) a school head sees only their own school", async ({ browser }) => {
  const head = await signedIn(browser, E2E_USERS.school);

  // Their school's page, for a key date: figures, staff with contact, history, benchmark.
  const response = await head.goto(`/schulen/${ids.schoolX}`);
  expect(response?.status()).toBe(200);
  const name = (await head.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  expect(name).not.toBe("");
  await expect(head.getByTestId("school-figures")).toBeVisible();
  await expect(head.getByTestId("benchmark")).toContainText("Richtwert");
  expect(await bodyRows(head, "school-staff").count()).toBeGreaterThan(0);
  expect(await bodyRows(head, "school-history").count()).toBeGreaterThan(0);
  // No write control for a school head.
  await expect(head.getByRole("link", { name: "Bearbeiten" })).toHaveCount(0);

  // Another key date through the picker keeps them on their page.
  await head.getByLabel("Stichtag", { exact: true }).fill("2017-11-15");
  await head.getByRole("button", { name: "Anzeigen" }).click();
  await expect(head).toHaveURL(new RegExp(`/schulen/${ids.schoolX}\\?stichtag=2017-11-15$`));
  await expect(head.getByRole("heading", { name: "Kennzahlen am 15.11.2017" })).toBeVisible();

  // Another school is a 404, exactly like a missing one.
  expect((await head.goto(`/schulen/${ids.schoolY}`))?.status()).toBe(404);
  expect((await head.goto("/schulen/9b2f8d1e-3c4a-4b5d-8e6f-7a8b9c0d1e2f"))?.status()).toBe(404);
  expect((await head.goto(`/schulen/${ids.schoolX}/bearbeiten`))?.status()).toBe(404);

  // The list holds their school and nothing else.
  await head.goto("/schulen");
  await expect(bodyRows(head)).toHaveCount(1);
  await expect(bodyRows(head).first()).toContainText(name);
  await expect(head.getByText("Seite 1 von 1 · 1 Eintrag")).toBeVisible();
  await head.context().close();
});

test("(e) a concurrent edit: the second save sees the stored values, keeps its input, and changes nothing", async ({
  browser,
}) => {
  const first = await signedIn(browser, E2E_USERS.admin);
  const second = await signedIn(browser, E2E_USERS.admin);
  const edit = `/schulen/${ids.schoolY}/bearbeiten`;
  await first.goto(edit);
  await second.goto(edit);
  const originalPupils = await first.getByLabel("Schülerzahl").inputValue();
  const stamp = Date.now() % 100000;
  const firstName = `Konfliktschule Erste ${stamp}`;
  const secondName = `Konfliktschule Zweite ${stamp}`;

  await first.getByLabel("Name", { exact: true }).fill(firstName);
  await first.getByRole("button", { name: "Speichern" }).click();
  await expect(first).toHaveURL(new RegExp(`/schulen/${ids.schoolY}\\?gespeichert=1$`));
  await expect(first.getByTestId("saved")).toContainText("Änderungen gespeichert.");

  await second.getByLabel("Name", { exact: true }).fill(secondName);
  await second.getByLabel("Schülerzahl").fill("777");
  await second.getByRole("button", { name: "Speichern" }).click();
  const alert = second.getByTestId("form-error");
  await expect(alert).toContainText(CONFLICT);
  // The stored values next to the typed ones …
  await expect(second.getByTestId("current-name")).toHaveText(firstName);
  await expect(second.getByTestId("typed-name")).toHaveText(secondName);
  await expect(second.getByTestId("current-pupilCount")).toHaveText(originalPupils);
  await expect(second.getByTestId("typed-pupilCount")).toHaveText("777");
  // … and nothing typed is lost.
  await expect(second.getByLabel("Name", { exact: true })).toHaveValue(secondName);
  await expect(second.getByLabel("Schülerzahl")).toHaveValue("777");
  await expect(second).toHaveURL(new RegExp(`${edit}$`));

  // The database kept the first save.
  await first.goto(`/schulen/${ids.schoolY}`);
  await expect(first.getByRole("heading", { level: 1 })).toHaveText(firstName);
  await expect(first.getByTestId("pupil-history")).not.toContainText("777");
  await first.context().close();
  await second.context().close();
});

test("an admin creates a school (after a refused first try) and finds it in the list", async ({ browser }) => {
  const admin = await signedIn(browser, E2E_USERS.admin);
  await admin.goto("/schulen");
  await admin.getByRole("link", { name: "Schule anlegen" }).click();
  await expect(admin.getByRole("heading", { name: "Neue Schule", level: 1 })).toBeVisible();

  const stamp = String(Date.now() % 10000).padStart(4, "0");
  const name = `E2E-Testschule ${stamp}`;
  await admin.getByLabel("Schulnummer").fill("12a");
  await admin.getByLabel("Name", { exact: true }).fill(name);
  await admin.getByRole("button", { name: "Schule anlegen" }).click();
  // Refused next to the fields, in German, with the input kept.
  await expect(admin.getByTestId("form-error")).toContainText("Bitte prüfen Sie die markierten Angaben.");
  await expect(admin.locator("#schoolNumber-error")).toHaveText("Bitte prüfen Sie die markierten Angaben.");
  await expect(admin.locator("#type-error")).toHaveText("Bitte füllen Sie dieses Feld aus.");
  await expect(admin.getByLabel("Name", { exact: true })).toHaveValue(name);

  await admin.getByLabel("Schulnummer").fill(`98${stamp}`);
  await admin.getByLabel("Schulform").selectOption({ label: "Grundschule" });
  await admin.getByLabel("Stadtbezirk").selectOption({ index: 1 });
  await admin.getByLabel("Schülerzahl").fill("321");
  // Opens in the future, so the seed's figures that later specs check stay as they are.
  await admin.getByLabel("Eröffnet am").fill("2030-08-01");
  await admin.getByRole("button", { name: "Schule anlegen" }).click();
  await expect(admin.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(admin.getByTestId("saved")).toBeVisible();

  await admin.goto("/schulen");
  await admin.getByLabel("Suche", { exact: true }).fill(name);
  await admin.getByRole("button", { name: "Suchen" }).click();
  await expect(bodyRows(admin)).toHaveCount(1);
  await admin.getByRole("link", { name }).click();
  await expect(admin.getByTestId("school-details")).toContainText(`98${stamp}`);
  await admin.context().close();
});

test("the school page shows the pupil counts per school year; a count for 2017/18 leaves this year's", async ({
  browser,
}) => {
  const admin = await signedIn(browser, E2E_USERS.admin);
  const stamp = String(Date.now() % 10000).padStart(4, "0");
  const name = `E2E-Schülerzahlschule ${stamp}`;
  await admin.goto("/schulen/neu");
  await admin.getByLabel("Schulnummer").fill(`97${stamp}`);
  await admin.getByLabel("Name", { exact: true }).fill(name);
  await admin.getByLabel("Schulform").selectOption({ label: "Grundschule" });
  await admin.getByLabel("Stadtbezirk").selectOption({ index: 1 });
  await admin.getByLabel("Schülerzahl").fill("321");
  // The count is this school year's unless another is chosen.
  const thisYear = await admin.getByLabel("Schuljahr").evaluate((select: HTMLSelectElement) => {
    return select.options[select.selectedIndex]?.text ?? "";
  });
  expect(thisYear).toMatch(/^\d{4}\/\d{2}$/);
  // Opens in the future, so the seed's figures that later specs check stay as they are.
  await admin.getByLabel("Eröffnet am").fill("2030-08-01");
  await admin.getByRole("button", { name: "Schule anlegen" }).click();
  await expect(admin.getByRole("heading", { name, level: 1 })).toBeVisible();
  const schoolUrl = admin.url().replace(/\?.*$/, "");

  await admin.getByRole("link", { name: "Bearbeiten", exact: true }).click();
  await admin.getByLabel("Schuljahr").selectOption({ label: "2017/18" });
  await admin.getByLabel("Schülerzahl").fill("250");
  await admin.getByRole("button", { name: "Speichern" }).click();
  await expect(admin.getByTestId("saved")).toBeVisible();

  // Newest first; at today's key date this year's count applies …
  const history = admin.getByTestId("pupil-history");
  await expect(history.locator("tbody tr")).toHaveText([
    new RegExp(`^${thisYear.replace("/", "\\/")}\\s*321\\s*gilt$`),
    /^2017\/18\s*250\s*$/,
  ]);
  await expect(admin.getByTestId("pupil-rule")).toContainText("1. August bis zum 31. Juli");
  // … and at 15 November 2017 the count of 2017/18; one earlier is not entered, 2017/18's applies to it.
  await admin.goto(`${schoolUrl}?stichtag=2017-11-15`);
  await expect(history.locator("tbody tr").nth(1)).toContainText("gilt");
  await expect(history.locator("tbody tr").first()).not.toContainText("gilt");
  await admin.goto(`${schoolUrl}?stichtag=2016-11-15`);
  await expect(history.locator("tbody tr").nth(1)).toContainText("gilt");
  await admin.context().close();
});

test("a seeded school's count applies to earlier school years, and the page says so", async ({ browser }) => {
  const admin = await signedIn(browser, E2E_USERS.admin);
  await admin.goto(`/schulen/${ids.schoolX}?stichtag=2017-11-15`);
  await expect(admin.getByTestId("pupil-source")).toContainText(
    "Für das Schuljahr 2017/18 ist keine Schülerzahl eingetragen: Es gilt die älteste bekannte",
  );
  await expect(admin.getByTestId("pupil-history").locator("tbody tr")).toHaveCount(1);
  await admin.context().close();
});

test("a provider edits their own contact and nothing else", async ({ browser }) => {
  const provider = await signedIn(browser, E2E_USERS.providerGbh);
  await provider.goto("/traeger");
  await expect(bodyRows(provider)).toHaveCount(1);
  await provider.goto(`/traeger/${ids.providerA}`);
  await provider.getByRole("link", { name: "Kontakt bearbeiten" }).click();
  await expect(provider.getByLabel("Name", { exact: true })).toHaveCount(0);
  const contact = `GBH, Teststraße ${Date.now() % 1000}, 44649 Herne`;
  await provider.getByLabel("Kontakt", { exact: true }).fill(contact);
  await provider.getByRole("button", { name: "Speichern" }).click();
  await expect(provider.getByTestId("provider-contact")).toHaveText(contact);
  expect((await provider.goto(`/traeger/${ids.providerB}/bearbeiten`))?.status()).toBe(404);
  await provider.context().close();
});

test("the supervisor reads these pages and finds no edit control", async ({ browser }) => {
  const supervisor = await signedIn(browser, E2E_USERS.supervisor);
  for (const path of [
    "/schulen",
    `/schulen/${ids.schoolX}`,
    "/traeger",
    `/traeger/${ids.providerA}`,
    "/stadtbezirke",
    "/finanzierungen",
    `/finanzierungen/${ids.funding}`,
  ]) {
    expect((await supervisor.goto(path))?.status(), path).toBe(200);
    const main = supervisor.locator("main");
    await expect(main.locator('a[href$="/neu"], a[href*="/bearbeiten"]'), path).toHaveCount(0);
    // The only buttons are the list's search and the key-date picker (plain GET forms).
    await expect(main.locator("form:not([method=get]) button"), path).toHaveCount(0);
  }
  await supervisor.context().close();
});

test("the school list's HTML stays small: under 200 KB for 100 rows", async ({ browser }) => {
  const admin = await signedIn(browser, E2E_USERS.admin);
  const size = async (query: string) => {
    const response = await admin.request.get(`/schulen?${query}`);
    expect(response.status()).toBe(200);
    return (await response.body()).byteLength;
  };
  const rows = async (query: string) => {
    await admin.goto(`/schulen?${query}`);
    return bodyRows(admin).count();
  };
  // The seed has fewer than 100 schools: measure one row and a full page, extrapolate per row.
  const full = "pageSize=100&archived=1";
  const one = "pageSize=100&archived=1&q=schillerschule";
  const [many, few] = [await rows(full), await rows(one)];
  const [big, small] = [await size(full), await size(one)];
  const perRow = (big - small) / Math.max(1, many - few);
  const at100 = small + perRow * (100 - few);
  console.log(
    `/schulen: ${few} row(s) ${small} B, ${many} rows ${big} B, ≈${Math.round(perRow)} B per row → 100 rows ≈ ${Math.round(at100 / 1024)} KB`,
  );
  expect(many).toBeGreaterThan(20);
  expect(at100).toBeLessThan(200 * 1024);
  await admin.context().close();
});
