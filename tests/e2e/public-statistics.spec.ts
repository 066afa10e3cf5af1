import { expect, test } from "@playwright/test";

test.describe("public statistics page", () => {
  test("shows the November 2017 figures for ?stichtag=2017-11-15", async ({ page }) => {
    await page.goto("/?stichtag=2017-11-15");
    const sentence = page.getByTestId("coverage-sentence");
    await expect(sentence).toContainText("44 Fachkräfte");
    await expect(sentence).toContainText("39,5");
    await expect(sentence).toContainText("41 von 43");
    await expect(sentence).toContainText("in unterschiedlicher Trägerschaft");
    await expect(sentence).toContainText("in Herne");
    await expect(page.getByRole("table", { name: "Nach Schulform" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Nach Stadtbezirk" })).toContainText("Sodingen");
  });

  test("the key date picker changes the figures", async ({ page }) => {
    await page.goto("/?stichtag=2017-11-15");
    await page.getByLabel("Stichtag", { exact: true }).fill("2016-03-07");
    await page.getByRole("button", { name: "Anzeigen" }).click();
    await expect(page).toHaveURL(/stichtag=2016-03-07/);
    const sentence = page.getByTestId("coverage-sentence");
    await expect(sentence).toContainText("31 Fachkräfte");
    await expect(sentence).toContainText("26,8");
    await expect(sentence).toContainText("28 von 46");
  });

  test("an impossible date shows a German message, not an error page", async ({ page }) => {
    const response = await page.goto("/?stichtag=2018-02-31");
    expect(response?.status()).toBe(200);
    await expect(page.locator("#stichtag-error")).toContainText("Ungültiges Datum");
  });

  test("shows no personal data and ends with the office's contact block", async ({ page }) => {
    await page.goto("/?stichtag=2017-11-15");
    const contact = page.getByRole("group", { name: "Kontakt der Koordinierungsstelle" }).or(page.locator("address"));
    await expect(contact).toContainText("Fachbereich 42/0");
    await expect(contact).toContainText("Hauptstraße 241");
    await expect(contact).toContainText("44649 Herne");
    // The seed's staff e-mail addresses and personnel numbers must never reach this page.
    const html = await page.content();
    expect(html).not.toMatch(/Personalnummer/);
  });

  test("the trend chart marks the key date and steps from it month by month", async ({ page }) => {
    await page.goto("/?stichtag=2017-11-15");
    await page.getByTestId("trend-chart").scrollIntoViewIfNeeded();
    const chart = page.getByRole("application", { name: /Verlauf von Fachkräften/ });
    await expect(chart.locator("svg text", { hasText: "Stichtag" })).toHaveCount(1);
    await chart.focus();
    const current = page.getByTestId("trend-chart-current");
    await expect(current).toHaveText("11/2017: Fachkräfte 44, Stellenanteile 39,5, Schulen versorgt 41");
    await page.keyboard.press("ArrowRight");
    await expect(current).toHaveText(/^12\/2017: /);
    await page.keyboard.press("Home");
    await expect(current).not.toHaveText(/2017:/);
  });

  test("the trend has a table alternative", async ({ page }) => {
    await page.goto("/");
    await page.getByText("Werte als Tabelle anzeigen").click();
    await expect(page.getByRole("table", { name: /Monatswerte/ })).toContainText("01.11.2017");
  });
});

test.describe("public coverage API", () => {
  for (const [date, staff, fte, covered, total] of [
    ["2016-03-07", 31, 26.8, 28, 46],
    ["2017-11-15", 44, 39.5, 41, 43],
    ["2019-03-01", 45, 38.5, 40, 41],
  ] as const) {
    test(`gives the seed figures for ${date}`, async ({ request }) => {
      const response = await request.get(`/api/v1/public/coverage?date=${date}`);
      expect(response.status()).toBe(200);
      const body = await response.json();
      expect(body).toMatchObject({ date, staff, fte, schoolsCovered: covered, schoolsTotal: total });
      expect(Array.isArray(body.bySchoolType)).toBe(true);
      expect(body.byDistrict.map((row: { district: string }) => row.district).sort()).toEqual([
        "Eickel",
        "Herne-Mitte",
        "Sodingen",
        "Wanne",
      ]);
    });
  }

  test("answers 400 with a clear message for a malformed or impossible date", async ({ request }) => {
    for (const date of ["2018-02-31", "15.11.2017", "tomorrow", "2017-13-01"]) {
      const response = await request.get(`/api/v1/public/coverage?date=${encodeURIComponent(date)}`);
      expect(response.status(), date).toBe(400);
      expect((await response.json()).error).toContain("Ungültiges Datum");
    }
  });

  test("defaults to today", async ({ request }) => {
    const body = await (await request.get("/api/v1/public/coverage")).json();
    expect(body.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

test.describe("public page on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("a table that scrolls sideways says so, one that fits does not", async ({ page }) => {
    await page.goto("/?stichtag=2017-11-15");
    const bySchoolType = page.getByRole("region", { name: "Nach Schulform" });
    const scrolls = await bySchoolType.evaluate((region) => region.scrollWidth > region.clientWidth);
    expect(scrolls).toBe(true);
    await expect(bySchoolType.getByTestId("table-scroll-hint")).toBeVisible();
    await expect(bySchoolType.getByTestId("table-scroll-hint")).toHaveText(/seitlich verschieben/);
  });

  test("on a wide screen the hint is shown exactly where a table still overflows", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/?stichtag=2017-11-15");
    const regions = page.locator("section.table-scroll");
    expect(await regions.count()).toBeGreaterThan(0);
    for (const region of await regions.all()) {
      const overflows = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
      const hint = region.getByTestId("table-scroll-hint");
      if (overflows) await expect(hint).toBeVisible();
      else await expect(hint).toBeHidden();
    }
  });
});
