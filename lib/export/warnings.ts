import type { IsoDate } from "../coverage/types.ts";
import type { Warning } from "../warnings/types.ts";

// The soft rules of docs/domain.md in the shape the exports print. The rules themselves are
// lib/warnings (listWarnings, the dashboard's single statement); lib/dal/export-warnings.ts
// scopes its report to the viewer and this file turns each warning into an export row.
// Unlike the dashboard, the council report names nobody: staff appear as provider short name
// and personnel number. "A school with no assignment" is not repeated here: every export
// lists the uncovered schools on their own.

/** A staff member named by provider and personnel number only (the council report names nobody). */
export type StaffRef = { provider: string; personnelNumber: string; employmentFteMilli: number };
export type SchoolRef = { schoolNumber: string; school: string };

export type ExportWarning =
  | { rule: "fullTimeManySchools"; staff: StaffRef; schools: number }
  | { rule: "partTimeManySchools"; staff: StaffRef; schools: number }
  | { rule: "pupilsPerFte"; school: SchoolRef; pupilsPerFte: number; threshold: number }
  | { rule: "fundingEnding"; funding: string; until: IsoDate }
  | { rule: "unfunded"; staff: StaffRef; school: SchoolRef; from: IsoDate }
  | {
      rule: "outsideEmployment";
      staff: StaffRef;
      school: SchoolRef;
      from: IsoDate;
      until: IsoDate | null;
      employedFrom: IsoDate;
      employedUntil: IsoDate | null;
    };

export type WarningRule = ExportWarning["rule"];

/** The order the rules are listed in (people first, then schools, then money). */
export const WARNING_RULES: readonly WarningRule[] = [
  "fullTimeManySchools",
  "partTimeManySchools",
  "outsideEmployment",
  "pupilsPerFte",
  "unfunded",
  "fundingEnding",
];

/** What a shared warning lacks for the export: personnel numbers and school numbers, by id. */
export type ExportFacts = {
  staff: ReadonlyMap<string, StaffRef>;
  schoolNumbers: ReadonlyMap<string, string>;
};

function fact<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`export warning without ${what} ${id}`);
  return value;
}

/** The export row of one shared warning; null for the kinds the exports show elsewhere. */
export function toExportWarning(warning: Warning, facts: ExportFacts): ExportWarning | null {
  switch (warning.kind) {
    case "fullTimeTooManySchools":
    case "partTimeTooManySchools":
      return {
        rule: warning.kind === "fullTimeTooManySchools" ? "fullTimeManySchools" : "partTimeManySchools",
        staff: fact(facts.staff, warning.record.id, "staff member"),
        schools: warning.schools,
      };
    case "schoolUncovered":
      return null;
    case "pupilsPerFteAboveThreshold":
      return {
        rule: "pupilsPerFte",
        school: { schoolNumber: warning.schoolNumber, school: warning.record.name },
        pupilsPerFte: warning.pupilsPerFte,
        threshold: warning.threshold,
      };
    case "fundingEnding":
      return { rule: "fundingEnding", funding: warning.record.name, until: warning.validUntil };
    case "assignmentUnfunded":
    case "assignmentOutsideEmployment": {
      const staff = fact(facts.staff, warning.staffId, "staff member");
      const school = {
        schoolNumber: fact(facts.schoolNumbers, warning.schoolId, "school"),
        school: warning.schoolName,
      };
      if (warning.kind === "assignmentUnfunded") return { rule: "unfunded", staff, school, from: warning.validFrom };
      return {
        rule: "outsideEmployment",
        staff,
        school,
        from: warning.validFrom,
        until: warning.validUntil,
        employedFrom: warning.employedFrom,
        employedUntil: warning.employedUntil,
      };
    }
  }
}

const collator = new Intl.Collator("de", { sensitivity: "variant" });

/** Within a rule: by personnel number (the report's only name for a person), school number, date. */
function sortKey(warning: ExportWarning): string[] {
  switch (warning.rule) {
    case "fullTimeManySchools":
    case "partTimeManySchools":
      return [warning.staff.provider, warning.staff.personnelNumber];
    case "pupilsPerFte":
      return [warning.school.schoolNumber];
    case "fundingEnding":
      return [warning.until, warning.funding];
    case "unfunded":
    case "outsideEmployment":
      return [warning.staff.provider, warning.staff.personnelNumber, warning.school.schoolNumber, warning.from];
  }
}

function compareKeys(a: string[], b: string[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const order = collator.compare(a[index] ?? "", b[index] ?? "");
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

export function sortWarnings(warnings: ExportWarning[]): ExportWarning[] {
  return [...warnings].sort(
    (a, b) => WARNING_RULES.indexOf(a.rule) - WARNING_RULES.indexOf(b.rule) || compareKeys(sortKey(a), sortKey(b)),
  );
}
