import type { IsoDate } from "../coverage/types.ts";

// The soft rules of DESIGN.md as warnings for a key date, in the shape the exports print.
// lib/dal/export-warnings.ts computes them with SQL; when a shared warnings module exists it
// can replace that file as long as it returns this type. "A school with no assignment" is
// not repeated here: every export lists the uncovered schools on their own.

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

export function sortWarnings(warnings: ExportWarning[]): ExportWarning[] {
  return [...warnings].sort((a, b) => WARNING_RULES.indexOf(a.rule) - WARNING_RULES.indexOf(b.rule));
}
