import { type Browser, expect, type Page, test } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users.ts";

// User administration end to end: an admin creates a user; the one-time password works once
// and forces a new password; the user may not see the administration; once the admin
// disables the account, the user's very next request is refused. Two browser contexts, so
// the admin and the user have separate sessions.

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

/** Signs in and waits until the sign-in page is left (the session cookie is set then). */
async function signedIn(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page).not.toHaveURL(/\/anmelden/);
}

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test("an admin creates a user, who must replace the one-time password and is locked out when disabled", async ({
  browser,
}) => {
  const email = `neue.fachkraft.${Date.now()}@e2e.stellwerk.test`;
  const admin = await newPage(browser);
  await signedIn(admin, E2E_USERS.admin.email, E2E_USERS.admin.password);

  // Create a provider user; the provider select appears once the role asks for it.
  await admin.goto("/verwaltung/benutzer");
  await expect(admin.getByRole("heading", { name: "Benutzer" })).toBeVisible();
  await admin.getByRole("link", { name: "Zugang anlegen" }).click();
  await admin.getByLabel("E-Mail-Adresse").fill(email);
  await admin.getByLabel("Name").fill("Nora Neu");
  await expect(admin.getByLabel("Träger")).toHaveCount(0);
  await admin.getByLabel("Rolle").selectOption("PROVIDER");
  await admin.getByRole("button", { name: "Zugang anlegen" }).click();
  // Without a provider the form refuses, in German, next to the field, and keeps the input.
  // (next to the field, and in the error summary at the top, which links to it)
  await expect(admin.locator("#providerId-error")).toHaveText("Bitte wählen Sie den Träger dieses Zugangs.");
  await expect(
    admin.getByRole("link", { name: "Träger: Bitte wählen Sie den Träger dieses Zugangs." }),
  ).toHaveAttribute("href", "#providerId");
  await expect(admin.getByLabel("E-Mail-Adresse")).toHaveValue(email);
  await admin.getByLabel("Träger").selectOption({ label: "GBH (Gemeinnützige Beschäftigungsgesellschaft Herne)" });
  await admin.getByRole("button", { name: "Zugang anlegen" }).click();

  const secret = admin.getByTestId("secret-value");
  await expect(secret).toBeVisible();
  const oneTimePassword = ((await secret.textContent()) ?? "").trim();
  expect(oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  await admin.getByRole("link", { name: "Zum Zugang" }).click();
  await expect(admin.getByRole("heading", { name: "Nora Neu" })).toBeVisible();
  await expect(admin.getByTestId("user-details")).toContainText("Träger: GBH");
  await expect(admin.getByTestId("user-details")).toContainText("Einmal-Passwort offen");
  // The password is not shown again.
  await admin.reload();
  await expect(admin.getByText(oneTimePassword)).toHaveCount(0);

  // First sign-in: the one-time password works, and must be replaced before anything else.
  const user = await newPage(browser);
  await signedIn(user, email, oneTimePassword);
  await expect(user).toHaveURL(/\/konto\/passwort$/);
  await expect(user.getByText("Bitte ersetzen Sie Ihr Einmal-Passwort.")).toBeVisible();
  await user.goto("/start");
  await expect(user).toHaveURL(/\/konto\/passwort$/);
  const ownPassword = "Nora hat jetzt ein eigenes Passwort";
  await user.getByLabel("Bisheriges Passwort (oder Einmal-Passwort)").fill(oneTimePassword);
  await user.getByLabel("Neues Passwort", { exact: true }).fill(ownPassword);
  await user.getByLabel("Neues Passwort wiederholen").fill(ownPassword);
  await user.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(user).toHaveURL(/\/start\?passwort=geaendert$/);
  await expect(user.getByTestId("signed-in-as")).toContainText("Nora Neu");

  // A provider user is told the administration does not exist.
  for (const path of ["/verwaltung/benutzer", "/verwaltung/api-tokens", "/verwaltung/protokoll"]) {
    const response = await user.goto(path);
    expect(response?.status(), path).toBe(404);
  }

  // The admin disables the account; the user's next request is refused.
  await admin.reload();
  await admin.getByRole("button", { name: "Zugang deaktivieren" }).click();
  await expect(admin.getByTestId("user-command-notice")).toContainText("Der Zugang ist deaktiviert.");
  await expect(admin.getByTestId("user-details")).toContainText("Deaktiviert");

  await user.goto("/start");
  await expect(user).toHaveURL(/\/anmelden\?next=%2Fstart$/);
  // Signing in again does not work either.
  await signIn(user, email, ownPassword);
  await expect(user.getByTestId("sign-in-error")).toBeVisible();

  // Every step is in the audit log, filtered to this user.
  await admin.goto("/verwaltung/benutzer");
  await admin.getByRole("link", { name: "Nora Neu" }).click();
  await admin.getByRole("link", { name: "Protokoll dieses Zugangs" }).click();
  const log = admin.getByTestId("audit-table");
  await expect(log).toContainText("Zugang angelegt");
  await expect(log).toContainText("Passwort geändert");
  await expect(log).toContainText("Zugang deaktiviert");
  await expect(log).toContainText(E2E_USERS.admin.email);
});

async function createUser(admin: Page, email: string, name: string): Promise<void> {
  await admin.goto("/verwaltung/benutzer/neu");
  await admin.getByLabel("E-Mail-Adresse").fill(email);
  await admin.getByLabel("Name").fill(name);
  await admin.getByLabel("Rolle").selectOption("SUPERVISOR");
  await admin.getByRole("button", { name: "Zugang anlegen" }).click();
  await expect(admin.getByTestId("secret-value")).toBeVisible();
}

test("an admin edits a user; a stale form is refused without overwriting", async ({ browser }) => {
  const admin = await newPage(browser);
  await signedIn(admin, E2E_USERS.admin.email, E2E_USERS.admin.password);
  await createUser(admin, `aufsicht.${Date.now()}@e2e.stellwerk.test`, "Paula Prüfung");
  await admin.getByRole("link", { name: "Zum Zugang" }).click();
  await admin.getByRole("link", { name: "Bearbeiten" }).click();
  const editUrl = admin.url();

  // A second tab saves first.
  const other = await admin.context().newPage();
  await other.goto(editUrl);
  await other.getByLabel("Name").fill("Paula Prüfung (Amt)");
  await other.getByRole("button", { name: "Speichern" }).click();
  await expect(other.getByTestId("user-saved")).toBeVisible();
  await expect(other.getByRole("heading", { name: "Paula Prüfung (Amt)" })).toBeVisible();

  // The first tab's form is stale now: refused, nothing overwritten, the input kept.
  await admin.getByLabel("Name").fill("Veralteter Stand");
  await admin.getByRole("button", { name: "Speichern" }).click();
  await expect(admin.getByTestId("user-form-error")).toContainText("inzwischen an anderer Stelle geändert");
  await expect(admin.getByLabel("Name")).toHaveValue("Veralteter Stand");
  await admin.getByRole("link", { name: "Aktuellen Stand laden" }).click();
  await expect(admin.getByLabel("Name")).toHaveValue("Paula Prüfung (Amt)");
});

test("an admin creates an API token, sees it once, and revokes it", async ({ browser }) => {
  const admin = await newPage(browser);
  await signedIn(admin, E2E_USERS.admin.email, E2E_USERS.admin.password);
  await admin.goto("/verwaltung/api-tokens");
  await admin
    .getByLabel("Zugang", { exact: true })
    .selectOption({ label: `${E2E_USERS.admin.name} (${E2E_USERS.admin.email})` });
  await admin.getByLabel("Bezeichnung").fill("E2E-Export");
  await admin.getByRole("button", { name: "Token erstellen" }).click();
  const token = ((await admin.getByTestId("secret-value").textContent()) ?? "").trim();
  expect(token).toMatch(/^stw_[A-Za-z0-9_-]{43}$/);
  const row = admin.getByTestId("token-table").getByRole("row", { name: /E2E-Export/ });
  await expect(row).toContainText(token.slice(0, 8));
  await expect(row).toContainText("Gültig");
  await expect(admin.getByTestId("token-table")).not.toContainText(token);

  await row.getByRole("button", { name: /Widerrufen/ }).click();
  await expect(row).toContainText("Widerrufen");
  await expect(row.getByRole("button")).toHaveCount(0);
});
