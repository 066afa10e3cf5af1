import { type APIRequestContext, type Browser, expect, test } from "@playwright/test";
import { ACTORS, type Actor, PAGES, type PageOutcome, ROUTES } from "../support/authorization-matrix/index.ts";
import { type FixtureIds, readFixtureIds, withFixtureIds } from "../support/e2e-fixture-ids.ts";
import { E2E_USERS } from "../support/e2e-users.ts";

// Every page and route handler of the matrix, requested over HTTP by every kind of visitor
// against the production build. Server actions are exercised in
// tests/integration/authorization-actions.test.ts.

const USER_OF: Record<Exclude<Actor, "anonymous">, keyof typeof E2E_USERS> = {
  admin: "admin",
  supervisor: "supervisor",
  providerA: "providerGbh",
  providerB: "providerGfs",
  schoolX: "school",
};

async function requestContextFor(browser: Browser, actor: Actor): Promise<APIRequestContext> {
  const context = await browser.newContext();
  if (actor !== "anonymous") {
    const user = E2E_USERS[USER_OF[actor]];
    const page = await context.newPage();
    await page.goto("/anmelden");
    await page.getByLabel("E-Mail-Adresse").fill(user.email);
    await page.getByLabel("Passwort", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page).toHaveURL(/\/start$/);
    await page.close();
  }
  return context.request;
}

async function outcomeOf(request: APIRequestContext, path: string): Promise<PageOutcome | string> {
  const response = await request.get(path);
  const finalPath = new URL(response.url()).pathname;
  if (response.status() === 404) return "notFound";
  if (finalPath === "/anmelden" && !path.startsWith("/anmelden")) return "signin";
  if (response.status() === 200) return "ok";
  return `HTTP ${response.status()} at ${finalPath}`;
}

// Read once the server has seeded its database (test files are loaded before it starts).
let ids: FixtureIds;
test.beforeAll(() => {
  ids = readFixtureIds();
});

for (const actor of ACTORS) {
  test(`pages and routes as ${actor}`, async ({ browser }) => {
    const request = await requestContextFor(browser, actor);
    const leaks: string[] = [];
    for (const entry of PAGES) {
      const path = withFixtureIds(entry.path, ids);
      const outcome = await outcomeOf(request, path);
      if (outcome !== entry.expect[actor]) leaks.push(`${path}: expected ${entry.expect[actor]}, got ${outcome}`);
    }
    for (const route of ROUTES) {
      const response =
        route.method === "GET"
          ? await request.get(withFixtureIds(route.path, ids), { maxRedirects: 0 })
          : await request.post(withFixtureIds(route.path, ids), {
              maxRedirects: 0,
              form: { email: "x@y.z", password: "falsch" },
            });
      const location = response.headers().location ?? "";
      if (response.status() !== route.expect[actor]) {
        leaks.push(`${route.method} ${route.path}: expected ${route.expect[actor]}, got ${response.status()}`);
      } else if (route.locationIncludes && !location.includes(route.locationIncludes)) {
        leaks.push(`${route.method} ${route.path}: redirected to ${location}`);
      }
    }
    expect(leaks).toEqual([]);
  });
}
