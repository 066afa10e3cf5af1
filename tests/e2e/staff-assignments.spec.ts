import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect as baseExpect, type Page, test } from "@playwright/test";
import { type FixtureIds, readFixtureIds } from "../support/e2e-fixture-ids.ts";
import { E2E_USERS } from "../support/e2e-users.ts";

// Staff and assignments end to end (issue 4):
// (a) an admin transfers a staff member from school X to school Y on a date, and the figures
//     for the day before and the day after change exactly as predicted;
// (b) a provider adds a staff member, the admin assigns them, the provider sees it read-only;
// and a school head sees the staff at their school, nothing else.

// Journeys of several pages and sign-ins (argon2id) on a machine shared by many builds: generous limits.
test.describe.configure({ timeout: 240_000 });
test.use({ actionTimeout: 30_000, navigationTimeout: 60_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

type User = (typeof E2E_USERS)[keyof typeof E2E_USERS];

async function signedIn(browser: Browser, user: User): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(user.email);
  await page.getByLabel("Passwort", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).not.toHaveURL(/\/anmelden/);
  return page;
}

type Figures = { staff: number; fteMilli: number; schoolsCovered: number; schoolsTotal: number; uncovered: string[] };

/** "39,5" → 39500 thousandths; "1.234" → 1234000. */
function germanMilli(text: string): number {
  const [whole = "0", fraction = ""] = text.trim().replace(/\./g, "").split(",");
  return Number(whole) * 1000 + Number(fraction.padEnd(3, "0").slice(0, 3));
}

/**
 * The figures for a key date. Read from GET /api/v1/coverage (JSON, scoped to the signed-in
 * admin: everything). When the dashboard /uebersicht?stichtag= exists (another branch builds
 * it, with the test ids of CONVENTIONS.md), its headline figures are read too and must agree:
 * this helper switches itself on once the page is in main.
 */
async function figuresOn(page: Page, date: string): Promise<Figures> {
  const response = await page.request.get(`/api/v1/coverage?date=${date}`);
  expect(response.status()).toBe(200);
  const json = (await response.json()) as {
    staff: number;
    fte: number;
    schoolsCovered: number;
    schoolsTotal: number;
    uncoveredSchools: { schoolNumber: string }[];
  };
  const figures: Figures = {
    staff: json.staff,
    fteMilli: Math.round(json.fte * 1000),
    schoolsCovered: json.schoolsCovered,
    schoolsTotal: json.schoolsTotal,
    uncovered: json.uncoveredSchools.map((school) => school.schoolNumber),
  };
  const dashboard = await page.goto(`/uebersicht?stichtag=${date}`);
  expect(dashboard?.status(), `dashboard on ${date}`).toBe(200);
  const headline = page.getByTestId("headline-figures");
  const read = async (id: string) => germanMilli((await headline.getByTestId(id).textContent()) ?? "");
  expect(await read("figure-staff"), `dashboard staff on ${date}`).toBe(figures.staff * 1000);
  expect(await read("figure-fte"), `dashboard FTE on ${date}`).toBe(figures.fteMilli);
  expect(await read("figure-schools-covered"), `dashboard schools covered on ${date}`).toBe(
    figures.schoolsCovered * 1000,
  );
  expect(await read("figure-schools-total"), `dashboard schools total on ${date}`).toBe(figures.schoolsTotal * 1000);
  return figures;
}

let ids: FixtureIds;
test.beforeAll(() => {
  ids = readFixtureIds();
});

test("(a) an admin transfers a staff member from school X to school Y; the figures move exactly", async ({
  browser,
}) => {
  const admin = await signedIn(browser, E2E_USERS.admin);
  // A date in the future that no seed figure depends on: the last day at X, and the first at Y.
  const lastDay = "2030-06-30";
  const firstDay = "2030-07-01";
  const number = `E2E-T-${Date.now()}`;

  // A new staff member at GBH, then an assignment at school X (which others also cover).
  await admin.goto("/fachkraefte/neu");
  await expect(admin.getByRole("heading", { level: 1, name: "Fachkraft anlegen" })).toBeVisible();
  await admin.getByLabel("Träger").selectOption({ value: ids.providerA });
  await admin.getByLabel("Personalnummer").fill(number);
  await admin.getByLabel("Nachname").fill("Wandel");
  await admin.getByLabel("Vorname").fill("Tom");
  await admin.getByLabel("Stellenumfang").fill("1");
  await admin.getByLabel("Beschäftigt ab").fill("2030-01-01");
  await admin.getByRole("button", { name: "Fachkraft anlegen" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Tom Wandel" })).toBeVisible();
  await expect(admin.getByTestId("staff-notice")).toContainText("angelegt");

  await admin.getByRole("link", { name: "Einsatz anlegen" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Einsatz anlegen" })).toBeVisible();
  await admin.getByLabel("Schule", { exact: true }).selectOption({ value: ids.schoolX });
  await admin.getByLabel("Stellenanteil").fill("0,5");
  await admin.getByLabel("Von", { exact: true }).fill("2030-01-01");
  await admin.getByRole("button", { name: "Einsatz anlegen" }).click();
  await expect(admin.getByTestId("staff-notice")).toContainText("Einsatz wurde angelegt");
  await expect(admin.getByTestId("assignment-row")).toHaveCount(1);

  // Before the transfer: Y must be a school nobody covers on the first day, X one that stays covered.
  const beforeLast = await figuresOn(admin, lastDay);
  const beforeFirst = await figuresOn(admin, firstDay);
  expect(beforeFirst.uncovered.length, "an uncovered open school to transfer to").toBeGreaterThan(0);
  const target = beforeFirst.uncovered[0] ?? "";

  // The transfer, first with an FTE the database refuses: a field error, nothing changed.
  await admin.goto(`/fachkraefte?q=${number}`);
  await admin.getByRole("link", { name: "Wandel, Tom" }).click();
  await admin.getByRole("link", { name: /^Wechsel an eine andere Schule/ }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Wechsel an eine andere Schule" })).toBeVisible();
  await admin.getByLabel("Letzter Tag an der bisherigen Schule").fill(lastDay);
  const targetOption = admin.getByLabel("Neue Schule").locator("option", { hasText: `(${target})` });
  await admin.getByLabel("Neue Schule").selectOption({ value: (await targetOption.getAttribute("value")) ?? "" });
  await admin.getByLabel("Stellenanteil an der neuen Schule").fill("1,5");
  await admin.getByRole("button", { name: "Wechsel speichern" }).click();
  await expect(admin.locator("#fte-error")).toContainText("höchstens 1,0");
  await admin.getByLabel("Stellenanteil an der neuen Schule").fill("0,25");
  await admin.getByRole("button", { name: "Wechsel speichern" }).click();
  await expect(admin.getByTestId("staff-notice")).toContainText("Wechsel wurde gespeichert");
  const rows = admin.getByTestId("assignment-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("30.06.2030");
  await expect(rows.nth(1)).toContainText(`(${target})`);
  await expect(rows.nth(1)).toContainText("01.07.2030");
  await expect(rows.nth(1)).toContainText("0,25");

  // The day before: unchanged. The day after: same staff, 0,25 FTE less, one school more covered.
  expect(await figuresOn(admin, lastDay)).toEqual(beforeLast);
  const afterFirst = await figuresOn(admin, firstDay);
  expect(afterFirst).toEqual({
    staff: beforeFirst.staff,
    fteMilli: beforeFirst.fteMilli - 250,
    schoolsCovered: beforeFirst.schoolsCovered + 1,
    schoolsTotal: beforeFirst.schoolsTotal,
    uncovered: beforeFirst.uncovered.filter((school) => school !== target),
  });
});

test("(b) a provider adds a staff member, the admin assigns them, the provider sees it read-only", async ({
  browser,
}) => {
  const number = `E2E-B-${Date.now()}`;
  const provider = await signedIn(browser, E2E_USERS.providerGbh);
  await provider.goto("/fachkraefte");
  await provider.getByRole("link", { name: "Fachkraft anlegen" }).click();
  // The provider adds to their own provider: no choice offered.
  await expect(provider.getByLabel("Träger")).toHaveCount(0);
  await expect(provider.getByText("Die Fachkraft wird bei Ihrem Träger angelegt: GBH")).toBeVisible();
  await provider.getByLabel("Personalnummer").fill(number);
  await provider.getByLabel("Nachname").fill("Berger");
  await provider.getByLabel("Vorname").fill("Paula");
  await provider.getByLabel("E-Mail-Adresse").fill("paula.berger@gbh.example");
  await provider.getByLabel("Stellenumfang").fill("0,5");
  await provider.getByLabel("Beschäftigt ab").fill("2026-08-01");
  await provider.getByRole("button", { name: "Fachkraft anlegen" }).click();
  await expect(provider.getByRole("heading", { level: 1, name: "Paula Berger" })).toBeVisible();
  await expect(provider.getByTestId("staff-employment")).toContainText(number);
  const staffUrl = provider.url().replace(/\?.*$/, "");

  const admin = await signedIn(browser, E2E_USERS.admin);
  await admin.goto(`/fachkraefte?q=${number}`);
  await admin.getByRole("link", { name: "Berger, Paula" }).click();
  await admin.getByRole("link", { name: "Einsatz anlegen" }).click();
  await admin.getByLabel("Schule", { exact: true }).selectOption({ value: ids.schoolY });
  // More than the contract: the database's cap comes back next to the field.
  await admin.getByLabel("Stellenanteil").fill("0,75");
  await admin.getByLabel("Von", { exact: true }).fill("2026-08-01");
  await admin.getByRole("button", { name: "Einsatz anlegen" }).click();
  await expect(admin.locator("#fte-error")).toContainText("Stellenumfang");
  await expect(admin.getByLabel("Von", { exact: true })).toHaveValue("2026-08-01");
  await admin.getByLabel("Stellenanteil").fill("0.5");
  await admin.getByRole("button", { name: "Einsatz anlegen" }).click();
  await expect(admin.getByTestId("staff-notice")).toContainText("Einsatz wurde angelegt");
  await expect(admin.getByTestId("assignment-row")).toHaveCount(1);

  // The provider sees the assignment, but no control to change it.
  await provider.goto(staffUrl);
  const row = provider.getByTestId("assignment-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("0,5");
  await expect(row).toContainText("01.08.2026");
  await expect(provider.getByText("Einsätze legt der Fachbereich 42/0 an")).toBeVisible();
  await expect(provider.getByRole("link", { name: /Einsatz anlegen|^Beenden|Wechsel/ })).toHaveCount(0);
  const assignmentId = ((await row.getAttribute("id")) ?? "").replace("einsatz-", "");
  for (const path of [`/einsaetze/${assignmentId}/wechsel`, `/einsaetze/${assignmentId}/beenden`]) {
    expect((await provider.goto(path))?.status(), path).toBe(404);
  }
});

test("a school head sees the staff at their school with contact and FTE there, and nobody else", async ({
  browser,
}) => {
  const head = await signedIn(browser, E2E_USERS.school);
  await head.goto("/fachkraefte");
  await expect(head.getByRole("columnheader", { name: "Stellenanteil an Ihrer Schule heute" })).toBeVisible();
  await expect(head.getByRole("columnheader", { name: /Personalnummer/ })).toHaveCount(0);
  await head.goto(`/fachkraefte/${ids.staffX}`);
  await expect(head.getByTestId("staff-contact")).toBeVisible();
  await expect(head.getByTestId("staff-employment")).toHaveCount(0);
  await expect(head.getByRole("heading", { name: "Einsätze an Ihrer Schule" })).toBeVisible();
  expect((await head.goto(`/fachkraefte/${ids.staffA}`))?.status()).toBe(404);
});

test("the staff and assignment pages have no WCAG 2.1 AA violations (axe), for admin, provider and school head", async ({
  browser,
}) => {
  // axe takes a while per page on a loaded machine; the header and navigation are not this feature's.
  test.setTimeout(900_000);
  const axe = (page: Page) =>
    new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const pagesOf: [User, string[]][] = [
    [
      E2E_USERS.admin,
      [
        "/fachkraefte",
        "/fachkraefte?sort=provider&dir=desc&status=active",
        "/fachkraefte/neu",
        `/fachkraefte/${ids.staffA}`,
        `/fachkraefte/${ids.staffA}/bearbeiten`,
        `/fachkraefte/${ids.staffA}/beenden`,
        `/einsaetze/neu?fachkraft=${ids.staffA}`,
        `/einsaetze/${ids.assignmentA}/beenden`,
        `/einsaetze/${ids.assignmentA}/wechsel`,
      ],
    ],
    [E2E_USERS.providerGbh, ["/fachkraefte", "/fachkraefte/neu", `/fachkraefte/${ids.staffA}`]],
    [E2E_USERS.school, ["/fachkraefte", `/fachkraefte/${ids.staffX}`]],
  ];
  const problems: string[] = [];
  for (const [user, paths] of pagesOf) {
    const page = await signedIn(browser, user);
    for (const path of paths) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      const result = await axe(page);
      for (const violation of result.violations) {
        problems.push(`${user.role} ${path}: ${violation.id} (${violation.nodes.length}) ${violation.help}`);
      }
    }
    // A refused form too: errors linked to their fields.
    if (user === E2E_USERS.admin) {
      await page.goto("/fachkraefte/neu");
      await page.getByRole("button", { name: "Fachkraft anlegen" }).click();
      await expect(page.locator("#personnelNumber-error")).toBeVisible();
      const result = await axe(page);
      for (const violation of result.violations) problems.push(`refused form: ${violation.id} ${violation.help}`);
    }
  }
  expect(problems).toEqual([]);
});
