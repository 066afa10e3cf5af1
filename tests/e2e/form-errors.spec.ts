import { type Browser, expect as baseExpect, type Page, test } from "@playwright/test";
import { type FixtureIds, readFixtureIds } from "../support/e2e-fixture-ids.ts";
import { E2E_USERS } from "../support/e2e-users.ts";

// Issue 17 item 6: a refused form reports every error at once, cross-field rules included, in an
// error summary at the top that takes focus and links each entry to its field (GOV.UK / KERN
// pattern). Proof that nothing waits for a second round: correcting exactly the errors listed
// makes the next submit succeed.

test.describe.configure({ timeout: 240_000 });
test.use({ actionTimeout: 30_000, navigationTimeout: 60_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

let ids: FixtureIds;
test.beforeAll(() => {
  ids = readFixtureIds();
});

async function signedIn(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(E2E_USERS.admin.email);
  await page.getByLabel("Passwort", { exact: true }).fill(E2E_USERS.admin.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).not.toHaveURL(/\/anmelden/);
  return page;
}

/** The summary's entries as "label: message", and where each links to. */
async function summaryOf(page: Page) {
  const links = page.getByTestId("error-summary").getByRole("link");
  const texts = await links.allTextContents();
  const targets = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
  return texts.map((text, index) => `${targets[index]} ${text}`);
}

test("staff and assignment forms list every error at once in a summary that takes focus and links to the fields", async ({
  browser,
}) => {
  const admin = await signedIn(browser);
  const number = `E2E-F-${Date.now()}`;

  // Staff: no provider, no names, an FTE over 1 and an end before the start, in one submit.
  await admin.goto("/fachkraefte/neu");
  await admin.getByLabel("Personalnummer").fill(number);
  await admin.getByLabel("Stellenumfang").fill("2");
  await admin.getByLabel("Beschäftigt ab").fill("2030-03-01");
  await admin.getByLabel("Beschäftigt bis").fill("2030-02-28");
  await admin.getByRole("button", { name: "Fachkraft anlegen" }).click();

  const staffSummary = admin.getByTestId("staff-form-error");
  await expect(staffSummary).toBeFocused();
  await expect(staffSummary.getByRole("heading", { name: "Bitte korrigieren Sie diese 5 Angaben" })).toBeVisible();
  expect(await summaryOf(admin)).toEqual([
    "#providerId Träger: Bitte füllen Sie dieses Feld aus.",
    "#lastName Nachname: Bitte füllen Sie dieses Feld aus.",
    "#firstName Vorname: Bitte füllen Sie dieses Feld aus.",
    "#employmentFte Stellenumfang: Der Stellenumfang muss größer als 0 und höchstens 1,0 sein.",
    "#employedUntil Beschäftigt bis: „Beschäftigt bis“ darf nicht vor „Beschäftigt ab“ liegen.",
  ]);
  // The staff form speaks of its own label, not the assignments' "Stellenanteil".
  await expect(staffSummary).not.toContainText("Stellenanteil");
  // A link takes the keyboard to its field; what was typed is still there.
  await staffSummary.getByRole("link", { name: /^Stellenumfang:/ }).click();
  await expect(admin.getByLabel("Stellenumfang")).toBeFocused();
  await expect(admin.getByLabel("Stellenumfang")).toHaveValue("2");
  await expect(admin.getByLabel("Personalnummer")).toHaveValue(number);

  // Correct exactly what was listed: the next submit saves.
  await admin.getByLabel("Träger").selectOption({ value: ids.providerA });
  await admin.getByLabel("Nachname").fill("Fehlerfrei");
  await admin.getByLabel("Vorname").fill("Frida");
  await admin.getByLabel("Stellenumfang").fill("1");
  await admin.getByLabel("Beschäftigt bis").fill("");
  await admin.getByRole("button", { name: "Fachkraft anlegen" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Frida Fehlerfrei" })).toBeVisible();

  // Assignment: no school, an FTE that is no number, and an end before the start.
  await admin.getByRole("link", { name: "Einsatz anlegen" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Einsatz anlegen" })).toBeVisible();
  await admin.getByLabel("Stellenanteil").fill("halb");
  await admin.getByLabel("Von", { exact: true }).fill("2030-03-01");
  await admin.getByLabel("Bis", { exact: true }).fill("2030-02-01");
  await admin.getByRole("button", { name: "Einsatz anlegen" }).click();

  const assignmentSummary = admin.getByTestId("assignment-form-error");
  await expect(assignmentSummary).toBeFocused();
  await expect(assignmentSummary.getByRole("heading", { name: "Bitte korrigieren Sie diese 3 Angaben" })).toBeVisible();
  expect(await summaryOf(admin)).toEqual([
    "#schoolId Schule: Bitte füllen Sie dieses Feld aus.",
    "#fte Stellenanteil: Bitte geben Sie eine gültige Zahl ein.",
    "#validUntil Bis: „Bis“ darf nicht vor „Von“ liegen.",
  ]);
  await assignmentSummary.getByRole("link", { name: /^Bis:/ }).click();
  await expect(admin.getByLabel("Bis", { exact: true })).toBeFocused();

  // A second refused submit moves focus to the summary again.
  await admin.getByLabel("Stellenanteil").fill("0,5");
  await admin.getByRole("button", { name: "Einsatz anlegen" }).click();
  await expect(assignmentSummary.getByRole("heading", { name: "Bitte korrigieren Sie diese 2 Angaben" })).toBeVisible();
  await expect(assignmentSummary).toBeFocused();

  await admin.getByLabel("Schule", { exact: true }).selectOption({ value: ids.schoolY });
  await admin.getByLabel("Bis", { exact: true }).fill("2030-12-31");
  await admin.getByRole("button", { name: "Einsatz anlegen" }).click();
  await expect(admin.getByTestId("staff-notice")).toContainText("Einsatz wurde angelegt");

  // Transfer: a last day before the assignment began is reported with the empty FTE, not after it.
  await admin.getByRole("link", { name: /^Wechsel an eine andere Schule/ }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Wechsel an eine andere Schule" })).toBeVisible();
  await admin.getByLabel("Letzter Tag an der bisherigen Schule").fill("2030-02-28");
  await admin.getByLabel("Stellenanteil an der neuen Schule").fill("");
  await admin.getByRole("button", { name: "Wechsel speichern" }).click();
  await expect(admin.getByTestId("assignment-form-error")).toBeFocused();
  expect(await summaryOf(admin)).toEqual([
    "#lastDay Letzter Tag an der bisherigen Schule: Der letzte Tag darf nicht vor dem Beginn des Einsatzes liegen.",
    "#toSchoolId Neue Schule: Bitte füllen Sie dieses Feld aus.",
    "#fte Stellenanteil an der neuen Schule: Bitte füllen Sie dieses Feld aus.",
  ]);
});

test("the audit filter is a plain GET form: without JavaScript it filters, and its errors are summarised and linked", async ({
  browser,
}) => {
  // Signed in with JavaScript (the sign-in page needs it), then the same session without.
  const withScript = await signedIn(browser);
  const storageState = await withScript.context().storageState();
  const admin = await (await browser.newContext({ javaScriptEnabled: false, storageState })).newPage();
  await admin.goto("/verwaltung/protokoll");
  await admin.getByLabel("Wer").fill("CLI");
  await admin.getByRole("button", { name: "Filtern" }).click();
  await expect(admin).toHaveURL(/akteur=CLI/);
  await expect(admin.getByLabel("Wer")).toHaveValue("CLI");

  await admin.goto("/verwaltung/protokoll?von=morgen");
  expect(await summaryOf(admin)).toEqual(["#von Von (Tag): Ungültiges Datum „morgen“: erwartet wird JJJJ-MM-TT."]);
  await expect(admin.locator("#von-error")).toContainText("Ungültiges Datum");
});
