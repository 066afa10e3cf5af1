import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { ACTORS, type Actor, PAGES } from "../support/authorization-matrix/index.ts";
import { type FixtureIds, readFixtureIds, withFixtureIds } from "../support/e2e-fixture-ids.ts";
import { contextFor, signInAs, switchLanguage } from "../support/e2e-sign-in.ts";
import { E2E_USERS } from "../support/e2e-users.ts";
import { kernClassesWithoutRules } from "../support/kern-classes.ts";

// WCAG 2.1 AA (BITV 2.0) with axe: every page of the authorization matrix, for every visitor
// who may see it, in one signed-in browser context per visitor; English once on the public
// page and the start page. Pages added to the matrix later are walked automatically.
// Closed <details> are opened first so that what they hide (the trend table) is checked too,
// and the lazily loaded trend charts are scrolled into view. The same walk checks that every
// KERN class a page uses kept its rules in the (purged) stylesheet.

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

// axe takes seconds per page on a busy machine; every test gets room (per page where it walks pages).
test.describe.configure({ timeout: 180_000 });

type Finding = { page: string; actor: string; id: string; impact: string | null | undefined; target: string };

async function axeFindings(page: Page, actor: string): Promise<Finding[]> {
  // The trend charts load only near the viewport: bring them in, so that axe checks them too.
  for (const chart of await page.getByTestId("trend-chart").all()) {
    await chart.scrollIntoViewIfNeeded();
    await chart.locator("svg").first().waitFor();
  }
  await page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const path = new URL(page.url()).pathname + new URL(page.url()).search;
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      page: path,
      actor,
      id: violation.id,
      impact: violation.impact,
      target: node.target.join(" "),
    })),
  );
}

// Read once the server has seeded its database (test files are loaded before it starts).
let ids: FixtureIds;
test.beforeAll(() => {
  ids = readFixtureIds();
});

const okPages = (actor: Actor) => PAGES.filter((entry) => entry.expect[actor] === "ok");

for (const actor of ACTORS) {
  test(`axe finds no WCAG 2.1 AA violation on any page for ${actor}`, async ({ browser }) => {
    const pages = okPages(actor);
    test.setTimeout(120_000 + pages.length * 60_000);
    const context = await contextFor(browser, actor);
    const page = await context.newPage();
    const findings: Finding[] = [];
    const failures: string[] = [];
    for (const entry of pages) {
      const path = withFixtureIds(entry.path, ids);
      const response = await page.goto(path);
      if (response?.status() !== 200) failures.push(`${path}: HTTP ${response?.status()}`);
      findings.push(...(await axeFindings(page, actor)));
      const unstyled = await kernClassesWithoutRules(page);
      if (unstyled.length > 0) failures.push(`${path}: KERN classes without rules: ${unstyled.join(", ")}`);
    }
    await context.close();
    expect(failures).toEqual([]);
    expect(findings).toEqual([]);
  });
}

test("axe finds no violation in English either (public page, start page)", async ({ browser }) => {
  const anonymous = await contextFor(browser, "anonymous");
  const publicPage = await anonymous.newPage();
  await publicPage.goto("/?stichtag=2017-11-15");
  await switchLanguage(publicPage, "en");
  const findings = await axeFindings(publicPage, "anonymous (en)");
  await anonymous.close();

  const admin = await contextFor(browser, "admin");
  const start = await admin.newPage();
  await start.goto("/start");
  await switchLanguage(start, "en");
  findings.push(...(await axeFindings(start, "admin (en)")));
  await admin.close();
  expect(findings).toEqual([]);
});

test("axe finds no violation on the start page of a school without school social work", async ({ browser }) => {
  // Not an actor of the matrix: its start page alone differs (the notice and the contact block).
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, E2E_USERS.schoolUncovered);
  const findings = await axeFindings(page, "schoolUncovered");
  await context.close();
  expect(findings).toEqual([]);
});

test.describe("keyboard", () => {
  /** Tabs through the page; reports focus stops that show no focus indicator. */
  async function invisibleFocus(page: Page, stops = 60): Promise<string[]> {
    const problems: string[] = [];
    for (let stop = 0; stop < stops; stop++) {
      await page.keyboard.press("Tab");
      const state = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
        const shadow = style.boxShadow !== "none";
        // Focus inside a native control's own parts (the calendar button of a date field): the
        // element itself is not :focus, and Chromium rings the part (checked by screenshot).
        const nativePart = !element.matches(":focus") && element.matches(":focus-within");
        const label = `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}"`;
        return { label, visible: outline || shadow || nativePart };
      });
      if (state === null) break;
      if (!state.visible) problems.push(`${page.url()}: ${state.label}`);
    }
    return problems;
  }

  test("the skip link is the first stop, shows itself and leads to the main content", async ({ browser }) => {
    for (const actor of ["anonymous", "supervisor"] as const) {
      const context = await contextFor(browser, actor);
      const page = await context.newPage();
      // Pages whose <main> has something to focus, so the stop after the skip link is visible.
      await page.goto(actor === "anonymous" ? "/" : "/konto/passwort");
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/#inhalt$/);
      await page.keyboard.press("Tab");
      // The next stop lies inside <main>, past the header and its navigation.
      expect(await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement))).toBe(true);
      await context.close();
    }
  });

  test("every focus stop has a visible focus indicator (public pages; every admin page)", async ({ browser }) => {
    test.setTimeout(120_000 + (okPages("anonymous").length + okPages("admin").length) * 60_000);
    const problems: string[] = [];
    for (const actor of ["anonymous", "admin"] as const) {
      const context = await contextFor(browser, actor);
      const page = await context.newPage();
      for (const entry of okPages(actor)) {
        await page.goto(withFixtureIds(entry.path, ids));
        problems.push(...(await invisibleFocus(page)));
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
