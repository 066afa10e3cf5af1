import { describe, expect, it } from "vitest";
import { currentNavKey, navigationFor, navigationGroupsFor } from "../../lib/navigation.ts";

const keys = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role).map((item) => item.key);

describe("main navigation by role", () => {
  it("gives the admin everything, administration included", () => {
    expect(keys("ADMIN")).toEqual([
      "start",
      "dashboard",
      "forecast",
      "schools",
      "providers",
      "districts",
      "funding",
      "staff",
      "import",
      "export",
      "users",
      "apiTokens",
      "audit",
      "privacy",
      "contact",
      "publicStatistics",
    ]);
  });

  it("gives the supervisor every read view and no administration", () => {
    expect(keys("SUPERVISOR")).toEqual([
      "start",
      "dashboard",
      "forecast",
      "schools",
      "providers",
      "districts",
      "funding",
      "staff",
      "export",
      "publicStatistics",
    ]);
  });

  it("gives a provider their own provider, staff, import and export", () => {
    expect(keys("PROVIDER")).toEqual(["start", "providers", "staff", "import", "export", "publicStatistics"]);
  });

  it("gives a school head their school, its staff and export", () => {
    expect(keys("SCHOOL")).toEqual(["start", "schools", "staff", "export", "publicStatistics"]);
  });
});

const grouped = (role: Parameters<typeof navigationGroupsFor>[0]) =>
  navigationGroupsFor(role).map((group) => [group.key, group.items.map((item) => item.key)]);

describe("navigation groups", () => {
  it("puts the admin's 16 entries into five groups, in the navigation's order", () => {
    expect(grouped("ADMIN")).toEqual([
      ["overview", ["start", "dashboard", "forecast", "publicStatistics"]],
      ["masterData", ["schools", "providers", "districts", "funding"]],
      ["staffGroup", ["staff"]],
      ["data", ["import", "export"]],
      ["admin", ["users", "apiTokens", "audit", "privacy", "contact"]],
    ]);
  });

  it("leaves out the groups a role has no entry in, and loses no entry", () => {
    for (const role of ["ADMIN", "SUPERVISOR", "PROVIDER", "SCHOOL"] as const) {
      const flat = navigationGroupsFor(role).flatMap((group) => group.items.map((item) => item.key));
      expect(flat.sort()).toEqual(keys(role).sort());
    }
    expect(grouped("SCHOOL").map(([key]) => key)).toEqual(["overview", "masterData", "staffGroup", "data"]);
  });

  it("marks the entry of the current page, sub-pages included, and the public page only on itself", () => {
    const items = navigationFor("ADMIN");
    expect(currentNavKey(items, "/uebersicht")).toBe("dashboard");
    expect(currentNavKey(items, "/uebersicht/prognose")).toBe("forecast");
    expect(currentNavKey(items, "/uebersicht/hinweise")).toBe("dashboard");
    expect(currentNavKey(items, "/fachkraefte/123/bearbeiten")).toBe("staff");
    expect(currentNavKey(items, "/verwaltung/benutzer/neu")).toBe("users");
    expect(currentNavKey(items, "/")).toBe("publicStatistics");
    expect(currentNavKey(items, "/konto/passwort")).toBeNull();
    expect(currentNavKey(items, "/schulenx")).toBeNull();
  });
});
