import { expect, type Page, test } from "@playwright/test";
import { PAGES } from "../support/authorization-matrix/index.ts";
import { type FixtureIds, readFixtureIds, withFixtureIds } from "../support/e2e-fixture-ids.ts";
import { contextFor } from "../support/e2e-sign-in.ts";

// Issue 4, "Must show" (d): the supervisor (Schulaufsicht) reads everything and finds no edit
// control anywhere. Every page of the authorization matrix that is "ok" for the supervisor is
// searched for
// - a form that is not a plain GET form (filters, key dates), unless it is marked
//   data-allowed-for-readers (sign-out, language switch, the own password): a form posting
//   somewhere, or a form submitted by script, changes something;
// - a field outside such forms (input, select, textarea);
// - a link to a create/edit/end/transfer page (…/neu, …/bearbeiten, …/beenden, …/wechsel);
// - a button or link labelled like a change: create, add, edit, save, archive, delete, end …
// Pages added to the matrix later are searched automatically.

const EDIT_PATH = /\/(neu|bearbeiten|beenden|wechsel)\/?$/;
// Whole words only; \b knows no umlauts, so the boundaries are "no letter on either side".
const EDIT_WORDS = [
  "anlegen",
  "hinzufügen",
  "erstellen",
  "bearbeiten",
  "ändern",
  "speichern",
  "archivieren",
  "löschen",
  "entfernen",
  "beenden",
  "deaktivieren",
  "aktivieren",
  "widerrufen",
  "übertragen",
  "importieren",
  "create",
  "add",
  "edit",
  "change",
  "save",
  "archive",
  "delete",
  "remove",
  "end",
  "disable",
  "revoke",
  "transfer",
  "import",
];
const EDIT_LABEL = `(?<!\\p{L})(${EDIT_WORDS.join("|")})(?!\\p{L})`;

async function editControls(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ editPath, editLabel }) => {
      const pathPattern = new RegExp(editPath);
      const labelPattern = new RegExp(editLabel, "iu");
      const allowed = (element: Element) => element.closest("[data-allowed-for-readers]") !== null;
      const readOnlyForm = (form: HTMLFormElement) => (form.getAttribute("method") ?? "").toLowerCase() === "get";
      const label = (element: Element) =>
        `${element.getAttribute("aria-label") ?? ""} ${element.textContent ?? ""} ${element.getAttribute("value") ?? ""}`
          .replace(/\s+/g, " ")
          .trim();
      const found: string[] = [];
      for (const form of document.querySelectorAll("form")) {
        if (!allowed(form) && !readOnlyForm(form)) {
          found.push(`form method=${form.getAttribute("method") ?? "(script)"} "${label(form).slice(0, 60)}"`);
        }
      }
      for (const field of document.querySelectorAll("input:not([type=hidden]), select, textarea")) {
        const form = field.closest("form");
        if (!allowed(field) && !(form && readOnlyForm(form))) found.push(`field ${field.getAttribute("name")}`);
      }
      for (const link of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
        if (allowed(link)) continue;
        const url = new URL(link.href, location.href);
        if (url.origin === location.origin && pathPattern.test(url.pathname)) found.push(`link to ${url.pathname}`);
        else if (labelPattern.test(label(link))) found.push(`link "${label(link)}"`);
      }
      for (const button of document.querySelectorAll("button, input[type=submit], input[type=button], [role=button]")) {
        if (!allowed(button) && labelPattern.test(label(button))) found.push(`button "${label(button)}"`);
      }
      return found;
    },
    { editPath: EDIT_PATH.source, editLabel: EDIT_LABEL },
  );
}

test.describe.configure({ timeout: 180_000 });

let ids: FixtureIds;
test.beforeAll(() => {
  ids = readFixtureIds();
});

test("the supervisor finds no edit control on any page they may see", async ({ browser }) => {
  const pages = PAGES.filter((entry) => entry.expect.supervisor === "ok");
  test.setTimeout(120_000 + pages.length * 30_000);
  const context = await contextFor(browser, "supervisor");
  const page = await context.newPage();
  const problems: string[] = [];
  for (const entry of pages) {
    const path = withFixtureIds(entry.path, ids);
    await page.goto(path);
    problems.push(...(await editControls(page)).map((control) => `${path}: ${control}`));
  }
  await context.close();
  expect(problems).toEqual([]);
});

test("the search does find edit controls where they are (an admin's user page)", async ({ browser }) => {
  const context = await contextFor(browser, "admin");
  const page = await context.newPage();
  await page.goto(withFixtureIds("/verwaltung/benutzer/:user", ids));
  const found = await editControls(page);
  expect(found.some((control) => /^link to \/verwaltung\/benutzer\/[^/]+\/bearbeiten$/.test(control))).toBe(true);
  expect(found.some((control) => control.startsWith("form method="))).toBe(true);
  expect(found.some((control) => /^button ".*deaktivieren/.test(control))).toBe(true);
  await page.goto("/verwaltung/benutzer");
  expect(await editControls(page)).toContain("link to /verwaltung/benutzer/neu");
  await context.close();
});
