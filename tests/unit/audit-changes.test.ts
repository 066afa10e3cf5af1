import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { changeRows, type Translate } from "../../lib/audit/changes.ts";
import { FIELD_FORMATS } from "../../lib/audit/fields.ts";
import { CATALOGS } from "../../lib/i18n/catalog.ts";
import type { Locale } from "../../lib/i18n/config.ts";

// The audit log's change formatter (lib/audit/changes.ts): labels from the catalogs in both
// languages, values formatted, references by name, bookkeeping keys hidden.

function translate(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: CATALOGS[locale] });
  type Key = Parameters<typeof t.has>[0];
  return Object.assign((key: string) => t(key as Key), { has: (key: string) => t.has(key as Key) });
}

const NAMES: Record<string, string> = {
  "d-1": "Herne-Mitte",
  "d-2": "Wanne",
  "p-1": "GBH (Gemeinnützige Beschäftigungsgesellschaft Herne)",
};
const context = (locale: Locale) => ({ t: translate(locale), locale, nameOf: (id: string) => NAMES[id] ?? null });

const schoolBefore = {
  schoolNumber: "120301",
  name: "Schillerschule",
  type: "GRUNDSCHULE",
  districtId: "d-1",
  address: "",
  pupilCount: "312",
  socialIndex: "",
  openedOn: "",
  closedOn: "",
  archivedAt: null,
  version: 3,
};

describe("changeRows", () => {
  it("lists only the changed fields of an update, with German labels and formatted values", () => {
    const after = { ...schoolBefore, pupilCount: "1330", districtId: "d-2", openedOn: "2017-08-01", version: 4 };
    const rows = changeRows({ entity: "School", before: schoolBefore, after }, context("de"));
    expect(rows.map(({ label, before, after }) => [label, before, after])).toEqual([
      ["Stadtbezirk", "Herne-Mitte", "Wanne"],
      ["Schülerzahl", "312", "1.330"],
      ["Eröffnet am", null, "01.08.2017"],
    ]);
  });

  it("speaks English in English", () => {
    const after = { ...schoolBefore, pupilCount: "1330", version: 4 };
    const rows = changeRows({ entity: "School", before: schoolBefore, after }, context("en"));
    expect(rows).toEqual([{ key: "pupilCount", label: "Pupils", before: "312", after: "1,330" }]);
  });

  it("shows every field of a new record, with kinds, FTE and references by name", () => {
    const staff = {
      providerId: "p-1",
      personnelNumber: "P-17",
      firstName: "Nina",
      lastName: "Ostermann",
      email: null,
      employmentFteMilli: 750,
      employedFrom: "2017-08-01",
      employedUntil: null,
      version: 1,
    };
    const rows = changeRows({ entity: "StaffMember", before: null, after: staff }, context("de"));
    expect(Object.fromEntries(rows.map((row) => [row.label, row.after]))).toEqual({
      Träger: "GBH (Gemeinnützige Beschäftigungsgesellschaft Herne)",
      Personalnummer: "P-17",
      Vorname: "Nina",
      Nachname: "Ostermann",
      Stellenumfang: "0,75",
      "Beschäftigt ab": "01.08.2017",
    });
    expect(rows.every((row) => row.before === null)).toBe(true);
  });

  it("formats an assignment's decimal FTE, a provider's kind and booleans; a gone record is named so", () => {
    const assignment = changeRows(
      {
        entity: "Assignment",
        before: { fte: "0.500", schoolId: "s-gone" },
        after: { fte: "0.250", schoolId: "s-gone" },
      },
      context("de"),
    );
    expect(assignment).toEqual([{ key: "fte", label: "Stellenanteil", before: "0,5", after: "0,25" }]);
    const gone = changeRows({ entity: "Assignment", before: null, after: { schoolId: "s-gone" } }, context("de"));
    expect(gone[0]?.after).toBe("nicht mehr vorhanden");
    const provider = changeRows(
      { entity: "Provider", before: { kind: "STATE" }, after: { kind: "NON_PROFIT" } },
      context("de"),
    );
    expect(provider).toEqual([{ key: "kind", label: "Art", before: "Land", after: "Freier Träger" }]);
    const user = changeRows(
      { entity: "User", before: { active: true, role: "ADMIN" }, after: { active: false, role: "SUPERVISOR" } },
      context("de"),
    );
    expect(user.map((row) => [row.label, row.before, row.after])).toEqual([
      ["Aktiv", "ja", "nein"],
      ["Rolle", "Fachbereich (Verwaltung)", "Schulaufsicht"],
    ]);
  });

  it("hides bookkeeping: a change of the version or session counter alone shows nothing", () => {
    expect(
      changeRows({ entity: "User", before: { sessionVersion: 1 }, after: { sessionVersion: 2 } }, context("de")),
    ).toEqual([]);
    expect(
      changeRows(
        { entity: "District", before: { name: "A", version: 1 }, after: { name: "A", version: 2 } },
        context("de"),
      ),
    ).toEqual([]);
  });

  it("formats instants in Berlin time and an export's scope by name", () => {
    const rows = changeRows(
      {
        entity: "Export",
        before: null,
        after: { keyDate: "2017-11-15", scope: { kind: "provider", providerId: "p-1" } },
      },
      context("de"),
    );
    expect(rows.map((row) => [row.label, row.after])).toEqual([
      ["Stichtag", "15.11.2017"],
      ["Umfang", "GBH (Gemeinnützige Beschäftigungsgesellschaft Herne)"],
    ]);
    const revoked = changeRows(
      { entity: "ApiToken", before: { revokedAt: null }, after: { revokedAt: "2026-12-06T23:30:00.000Z" } },
      context("de"),
    );
    expect(revoked[0]?.after).toMatch(/^07\.12\.2026.*00:30:00$/);
  });

  it("has a label in both languages for every field it knows", () => {
    for (const locale of ["de", "en"] as const) {
      const t = translate(locale);
      const missing = [...Object.keys(FIELD_FORMATS), "kind"].filter((key) => !t.has(`audit.fields.${key}`));
      expect(missing, locale).toEqual([]);
    }
  });
});
