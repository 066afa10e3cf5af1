import { expect, type Page, test } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users.ts";

// Sign-in, sign-out and the security headers, against the production build.
// Mind the throttle: every failed sign-in of the whole e2e run counts for 127.0.0.1, and from
// the 5th failure within 15 minutes the address is delayed. This file fails twice.

/** Collects Content-Security-Policy violations reported in the browser console. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

test.describe("sign-in", () => {
  test("anonymous access to a signed-in page leads to the sign-in page", async ({ page }) => {
    const response = await page.goto("/start");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/anmelden\?next=%2Fstart$/);
    await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  });

  test("signing in lands on the overview; signing out ends the session", async ({ page }) => {
    const csp = watchCsp(page);
    const user = E2E_USERS.admin;
    await page.goto("/konto/passwort");
    await expect(page).toHaveURL(/\/anmelden\?next=%2Fkonto%2Fpasswort$/);
    await page.goto("/anmelden");
    await signIn(page, user.email, user.password);
    await expect(page).toHaveURL(/\/start$/);
    await expect(page.getByRole("heading", { name: "Übersicht" })).toBeVisible();
    await expect(page.getByTestId("signed-in-as")).toContainText(user.name);
    await expect(page.getByTestId("signed-in-as")).toContainText("Fachbereich (Verwaltung)");

    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    const device = cookies.find((cookie) => cookie.name.endsWith("stellwerk-device"));
    expect(device).toMatchObject({ httpOnly: true, sameSite: "Strict" });

    await page.goto("/konto/passwort");
    await expect(page.getByRole("heading", { name: "Passwort ändern" })).toBeVisible();
    await expect(page.getByLabel("Neues Passwort", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect(page).toHaveURL(/\/anmelden\?abgemeldet=1$/);
    await expect(page.getByText("Sie sind abgemeldet.")).toBeVisible();
    await page.goto("/start");
    await expect(page).toHaveURL(/\/anmelden\?next=%2Fstart$/);
    expect(csp).toEqual([]);

    // A copy of the old cookie is worth nothing: the session ended on the server.
    const oldCookie = `${session?.name}=${session?.value}`;
    const staffPage = await page.request.get("/fachkraefte", { headers: { cookie: oldCookie }, maxRedirects: 0 });
    expect(staffPage.status()).toBe(307);
    expect(staffPage.headers().location).toMatch(/\/anmelden/);
    const api = await page.request.get("/api/v1/coverage?date=2017-11-15", { headers: { cookie: oldCookie } });
    expect(api.status()).toBe(401);
  });

  test("after signing in, the user goes back to the page they asked for", async ({ page }) => {
    const user = E2E_USERS.supervisor;
    await page.goto("/konto/passwort");
    await signIn(page, user.email, user.password);
    await expect(page).toHaveURL(/\/konto\/passwort$/);
    await expect(page.getByTestId("signed-in-as")).toContainText("Schulaufsicht");
  });

  test("a wrong password and an unknown e-mail address get the same message", async ({ page }) => {
    const csp = watchCsp(page);
    await page.goto("/anmelden");
    await signIn(page, E2E_USERS.providerGbh.email, "das ist nicht das passwort");
    const error = page.getByTestId("sign-in-error");
    await expect(error).toHaveText("E-Mail-Adresse oder Passwort ist falsch.");
    const wrongPassword = await error.textContent();

    await page.goto("/anmelden");
    await signIn(page, "niemand@e2e.stellwerk.test", "das ist nicht das passwort");
    await expect(error).toBeVisible();
    expect(await error.textContent()).toBe(wrongPassword);
    await expect(page).toHaveURL(/\/anmelden$/);
    expect(csp).toEqual([]);
  });
});

test.describe("sign-in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("posts the form, signs in, and never puts the password into an address", async ({ page }) => {
    const user = E2E_USERS.supervisor;
    const requests: { method: string; url: string }[] = [];
    page.on("request", (request) => requests.push({ method: request.method(), url: request.url() }));
    await page.goto("/anmelden?next=%2Fkonto%2Fpasswort");
    await signIn(page, user.email, user.password);
    await expect(page).toHaveURL(/\/konto\/passwort$/);
    await expect(page.getByTestId("signed-in-as")).toContainText("Schulaufsicht");
    expect(requests.filter((request) => request.url.includes("/anmelden") && request.method === "POST")).toHaveLength(
      1,
    );
    for (const request of requests) {
      expect(request.url).not.toContain("password");
      expect(request.url).not.toContain(encodeURIComponent(user.password));
    }
  });

  test("says what is missing, in German, on the page", async ({ page }) => {
    await page.goto("/anmelden");
    await page.getByLabel("E-Mail-Adresse").fill(E2E_USERS.supervisor.email);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Bitte geben Sie E-Mail-Adresse und Passwort ein.");
    expect(page.url()).not.toContain("password");
  });
});

test.describe("security headers", () => {
  function expectSecurityHeaders(headers: Record<string, string>) {
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
  }

  test("on the public page, with the nonce on Next's scripts and no CSP violation", async ({ page, request }) => {
    const response = await request.get("/");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expectSecurityHeaders(headers);
    const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"] ?? "")?.[1];
    const html = await response.text();
    expect(html).toContain(`nonce="${nonce}"`);
    // A new nonce for every response.
    const again = (await request.get("/")).headers()["content-security-policy"];
    expect(again).not.toContain(`'nonce-${nonce}'`);

    const csp = watchCsp(page);
    await page.goto("/?stichtag=2017-11-15");
    await expect(page.getByTestId("coverage-sentence")).toBeVisible();
    expect(csp).toEqual([]);
  });

  test("on API answers, public and protected; protected ones are not cached", async ({ request }) => {
    const open = await request.get("/api/v1/public/coverage?date=2017-11-15");
    expect(open.status()).toBe(200);
    expectSecurityHeaders(open.headers());

    const closed = await request.get("/api/v1/gibt-es-nicht");
    expect(closed.status()).toBe(401);
    expect(await closed.json()).toEqual({ error: "Bitte melden Sie sich an." });
    expectSecurityHeaders(closed.headers());
    expect(closed.headers()["cache-control"]).toBe("no-store");
  });

  test("on the sign-in page, which is not cached", async ({ request }) => {
    const response = await request.get("/anmelden");
    expectSecurityHeaders(response.headers());
    expect(response.headers()["cache-control"]).toContain("no-store");
  });

  test("a forged x-middleware-subrequest header gains nothing", async ({ request }) => {
    for (const forged of [
      "proxy",
      "proxy:proxy:proxy:proxy:proxy",
      "middleware:middleware:middleware:middleware:middleware",
      "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
    ]) {
      const page = await request.get("/start", { headers: { "x-middleware-subrequest": forged }, maxRedirects: 0 });
      expect(page.status()).toBe(307);
      expect(page.headers().location).toMatch(/\/anmelden\?next=%2Fstart$/);

      const api = await request.get("/api/v1/coverage?date=2017-11-15", {
        headers: { "x-middleware-subrequest": forged },
      });
      expect(api.status()).toBe(401);
    }
  });

  test("a cross-site POST to the sign-in endpoint is refused", async ({ request }) => {
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      form: { email: E2E_USERS.admin.email, password: E2E_USERS.admin.password, csrfToken: "x" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    // It names the address Stellwerk is set up under (NEXTAUTH_URL of tests/support/e2e-server.ts).
    const origin = new URL(response.url()).origin;
    expect(await response.json()).toEqual({
      error: `Anfrage von einer anderen Adresse abgelehnt: Stellwerk läuft unter ${origin}. Bitte rufen Sie Stellwerk unter dieser Adresse auf.`,
    });
  });

  test("the same server under its other loopback name is no foreign site", async ({ request, baseURL }) => {
    // npm run demo prints 127.0.0.1 (as Next does); people type localhost. Both are one server.
    const localhost = (baseURL ?? "").replace("127.0.0.1", "localhost");
    const response = await request.post("/api/auth/callback/credentials", {
      headers: { origin: localhost, "sec-fetch-site": "same-origin" },
      form: { email: E2E_USERS.admin.email, password: "not the password", csrfToken: "x" },
      maxRedirects: 0,
    });
    // next-auth's own CSRF check answers (a redirect), not the origin check's 403.
    expect(response.status()).not.toBe(403);
  });

  test("signing in works on localhost as well as on 127.0.0.1", async ({ page, baseURL }) => {
    await page.goto(`${(baseURL ?? "").replace("127.0.0.1", "localhost")}/anmelden`);
    await signIn(page, E2E_USERS.admin.email, E2E_USERS.admin.password);
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/start$/, { timeout: 60_000 });
  });

  test("a sign-in form sent from another address says which address to use", async ({ page, baseURL }) => {
    // As when a proxy passes on another Host than the one in the browser: Origin and Host differ.
    // (The browser will not let a script change Origin, so the route sends the POST itself.)
    await page.route("**/anmelden*", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const headers = { ...route.request().headers(), origin: "http://stellwerk.invalid" };
      await route.fulfill({ response: await route.fetch({ headers, maxRedirects: 0 }) });
    });
    await page.goto("/anmelden");
    await signIn(page, E2E_USERS.admin.email, E2E_USERS.admin.password);
    await expect(page).toHaveURL(/\/anmelden\?error=Origin$/);
    await expect(page.getByTestId("sign-in-error")).toHaveText(
      `Die Anmeldung wurde abgelehnt: Das Formular kam von einer anderen Adresse als der, unter der Stellwerk läuft. Bitte öffnen Sie ${baseURL}/anmelden und melden Sie sich dort an.`,
    );
  });

  test("a path with a malformed percent-encoding gets a 400 page with the usual headers", async ({ request }) => {
    for (const path of ["/schulen/%FF", "/%E0%A4%A", "/api/auth/%FF", "/api/v1/coverage/%C3%28"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(400);
      expectSecurityHeaders(response.headers());
      const body = await response.text();
      expect(body).toContain("ungültige Zeichenkodierung");
      expect(body).not.toMatch(/at \w+ \(|node_modules|Internal Server Error/);
    }
    expect((await request.get("/schulen/%FF")).headers()["content-type"]).toContain("text/html");
  });

  test("a server action posted from another site is refused with 403, not 500", async ({ request }) => {
    // Next's client follows x-action-redirect to the sign-in page, which explains (test above).
    const foreign: Record<string, string>[] = [
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { origin: "https://evil.example" },
      { "sec-fetch-site": "same-site" },
    ];
    for (const headers of foreign) {
      const response = await request.post("/anmelden", {
        headers: { ...headers, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
        data: "[]",
        maxRedirects: 0,
      });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toBe("Anfrage von einer fremden Website abgelehnt.");
      expect(response.headers()["x-action-redirect"]).toBe("/anmelden?error=Origin;replace");
      expectSecurityHeaders(response.headers());
    }
  });

  test("Next's static build files carry nosniff and HSTS too", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
    expect(asset).toBeTruthy();
    const response = await request.get(asset ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  });
});
