import { describe, expect, it } from "vitest";
import { navigationFor } from "../../lib/navigation.ts";

const labels = (role: Parameters<typeof navigationFor>[0]) => navigationFor(role).map((item) => item.label);

describe("main navigation by role", () => {
  it("gives the admin the administration", () => {
    expect(labels("ADMIN")).toEqual(["Übersicht", "Benutzer", "API-Tokens", "Protokoll", "Öffentliche Statistik"]);
  });

  it("gives the other roles no administration entries", () => {
    for (const role of ["SUPERVISOR", "PROVIDER", "SCHOOL"] as const) {
      expect(labels(role)).toEqual(["Übersicht", "Öffentliche Statistik"]);
    }
  });
});
