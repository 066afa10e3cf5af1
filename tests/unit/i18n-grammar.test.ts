import { describe, expect, it } from "vitest";
import { CATALOGS } from "../../lib/i18n/catalog.ts";
import { LOCALES } from "../../lib/i18n/config.ts";

// German grammar the catalogs can get wrong in ways no type-check sees: a number before a
// noun needs the plural rule ("1 Stellenanteil", "0,5 Stellenanteile"), a school's name takes
// no generated preposition ("an Haranni-Gymnasium"), and the dashboard and the council report
// name each rule the same way, gender-neutrally.

type Entry = { key: string; text: string };

function entries(tree: unknown, prefix = ""): Entry[] {
  if (typeof tree === "string") return [{ key: prefix, text: tree }];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
    entries(value, prefix ? `${prefix}.${key}` : key),
  );
}

const german = entries(CATALOGS.de);

/** The message without its plural and select blocks: what is left is printed whatever the number. */
function outsideChoices(text: string): string {
  let result = "";
  let index = 0;
  while (index < text.length) {
    const choice = /\{\w+, (plural|select|selectordinal),/y;
    choice.lastIndex = index;
    if (text[index] === "{" && choice.test(text)) {
      let depth = 0;
      let end = index;
      for (; end < text.length; end += 1) {
        if (text[end] === "{") depth += 1;
        if (text[end] === "}") depth -= 1;
        if (depth === 0) break;
      }
      result += " ";
      index = end + 1;
    } else {
      result += text[index];
      index += 1;
    }
  }
  return result;
}

// Nouns the UI counts. A placeholder right before one of them prints "1 Schulen" for one.
const COUNTED =
  /\{(\w+)(, number)?\} (Stellenanteile?n?|Stellen?|Schulen|Schule|Fachkräfte|Fachkraft|Einsätzen?|Einsatz|Einträgen?|Eintrag|Hinweisen?|Hinweis|Fehlern?|Treffer|Zugänge|Tage?n?|Monate?n?|Jahre?n?)\b/g;

describe("German catalog grammar", () => {
  it("finds a fixed plural after a number (the check works)", () => {
    expect(outsideChoices("an {schools} Schulen mit {fte} Stellenanteilen").match(COUNTED)).toHaveLength(2);
    expect(outsideChoices("an {schools, plural, one {# Schule} other {# Schulen}}").match(COUNTED)).toBeNull();
  });

  it("lets the plural rule choose the noun after every number", () => {
    const fixed = german.flatMap(({ key, text }) =>
      [...outsideChoices(text).matchAll(COUNTED)].map((match) => `${key}: ${match[0]}`),
    );
    expect(fixed).toEqual([]);
  });

  it("builds no plural by hand", () => {
    const handMade = german.filter(({ text }) => /\w\((e|en|n|s|er)\)/.test(text)).map(({ key }) => key);
    expect(handMade).toEqual([]);
  });

  it("puts no preposition straight before a school's name", () => {
    const generated = german
      .filter(({ text }) => /\b(an|in|von|vom|bei|für|zu|zur|zum|aus|nach|am)\s+\{(school|schoolName)\}/i.test(text))
      .map(({ key, text }) => `${key}: ${text}`);
    expect(generated).toEqual([]);
  });

  it("says Schülerinnen und Schüler, never Schüler alone", () => {
    const masculine = german
      .filter(({ text }) => /\bSchülern?\b/.test(text.replaceAll(/Schülerinnen und Schülern?/g, "")))
      .map(({ key, text }) => `${key}: ${text}`);
    expect(masculine).toEqual([]);
  });
});

// The council report's rule keys and the dashboard's warning kinds for the same rule.
const SAME_RULE = {
  fullTimeManySchools: "fullTimeTooManySchools",
  partTimeManySchools: "partTimeTooManySchools",
  pupilsPerFte: "pupilsPerFteAboveThreshold",
  fundingEnding: "fundingEnding",
  unfunded: "assignmentUnfunded",
  outsideEmployment: "assignmentOutsideEmployment",
} as const;

describe("rule names", () => {
  it.each(LOCALES)("are the same on the dashboard and in the exports (%s)", (locale) => {
    const catalog = CATALOGS[locale];
    for (const [exportRule, kind] of Object.entries(SAME_RULE)) {
      expect(catalog.exporting.rules[exportRule as keyof typeof SAME_RULE], exportRule).toBe(
        catalog.dashboard.warnings.kinds[kind].title,
      );
    }
  });
});
