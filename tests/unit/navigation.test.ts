import { describe, expect, it } from "vitest";
import { navigationFor } from "../../lib/navigation.ts";

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
