import { type Browser, type BrowserContext, expect, type Page } from "@playwright/test";
import type { Actor } from "./authorization-matrix/index.ts";
import { E2E_USERS } from "./e2e-users.ts";

// One browser context per visitor of the authorization matrix, signed in through the real
// sign-in page (anonymous: a fresh context). Only correct passwords: the run's failed sign-ins
// from 127.0.0.1 stay at zero. Waits are generous: argon2 and a shared 2-core machine.

/** How long a navigation triggered by a form (sign-in, language switch) may take. */
export const NAVIGATION_TIMEOUT = 60_000;

export const USER_OF: Record<Exclude<Actor, "anonymous">, keyof typeof E2E_USERS> = {
  admin: "admin",
  supervisor: "supervisor",
  providerA: "providerGbh",
  providerB: "providerGfs",
  schoolX: "school",
};

/** Signs in through the sign-in page (a plain form: works without JavaScript too) and waits for /start. */
export async function signInAs(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByLabel("Passwort", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/start$/, { timeout: NAVIGATION_TIMEOUT });
}

export async function contextFor(browser: Browser, actor: Actor): Promise<BrowserContext> {
  const context = await browser.newContext();
  if (actor === "anonymous") return context;
  const page = await context.newPage();
  await signInAs(page, E2E_USERS[USER_OF[actor]]);
  await page.close();
  return context;
}

/** Switches the language with the header's switch and waits for the page in that language. */
export async function switchLanguage(page: Page, to: "de" | "en"): Promise<void> {
  const name = to === "en" ? "Sprache wechseln zu English" : "Switch language to Deutsch";
  await page.getByRole("button", { name }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to, { timeout: NAVIGATION_TIMEOUT });
}

/**
 * Signs the admin in once and saves the session to a file, for a spec that reuses one
 * sign-in in every test (argon2 is slow on a busy machine). The file is per port, so runs
 * on different ports do not share it.
 */
export async function saveAdminSession(browser: Browser, file: string): Promise<void> {
  const page = await browser.newPage({
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    storageState: { cookies: [], origins: [] },
  });
  await signInAs(page, E2E_USERS.admin);
  await page.context().storageState({ path: file });
  await page.close();
}

const E2E_PORT = process.env.E2E_PORT ?? "3100";

/** Where a spec keeps its saved admin session. */
export const adminSessionFile = (spec: string) => `test-results/${spec}-admin-session-${E2E_PORT}.json`;
