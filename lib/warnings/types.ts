import type { IsoDate } from "../coverage/types.ts";

// The soft rules of docs/domain.md ("Soft rules"), evaluated for one key date.
// A warning names its record (type, id, display name) and where the record is edited; the
// UI and the PDF report turn the kind and the facts into text (catalog "dashboard", keys
// warnings.<kind>.*), so nothing here is user-facing text.

/** In the order the dashboard lists them. */
export const WARNING_KINDS = [
  "fullTimeTooManySchools",
  "partTimeTooManySchools",
  "schoolUncovered",
  "pupilsPerFteAboveThreshold",
  "fundingEnding",
  "assignmentUnfunded",
  "assignmentOutsideEmployment",
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export type WarningRecordType = "staff" | "school" | "fundingSource" | "assignment";

export type WarningRecord = { type: WarningRecordType; id: string; name: string };

type Base<K extends WarningKind, R extends WarningRecordType> = {
  kind: K;
  record: WarningRecord & { type: R };
  /** Where the record is shown (and edited): a path of the app, with an anchor for assignments. */
  href: string;
};

/** A staff member's load at the key date: distinct schools and FTE of their active assignments. */
type StaffLoad = { employmentFteMilli: number; schools: number; fteMilli: number; providerName: string };

export type FullTimeTooManySchools = Base<"fullTimeTooManySchools", "staff"> & StaffLoad;
export type PartTimeTooManySchools = Base<"partTimeTooManySchools", "staff"> & StaffLoad;
export type SchoolUncovered = Base<"schoolUncovered", "school"> & { schoolNumber: string; pupilCount: number };
export type PupilsPerFteAboveThreshold = Base<"pupilsPerFteAboveThreshold", "school"> & {
  schoolNumber: string;
  pupilCount: number;
  fteMilli: number;
  /** pupilCount / FTE, exact as far as a double goes (one division of integers). */
  pupilsPerFte: number;
  threshold: number;
};
export type FundingEnding = Base<"fundingEnding", "fundingSource"> & {
  validUntil: IsoDate;
  /** FTE of the active assignments the source pays at the key date. */
  fteMilli: number;
  assignments: number;
};
type AssignmentFacts = {
  staffId: string;
  schoolId: string;
  schoolName: string;
  fteMilli: number;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
};
export type AssignmentUnfunded = Base<"assignmentUnfunded", "assignment"> & AssignmentFacts;
export type AssignmentOutsideEmployment = Base<"assignmentOutsideEmployment", "assignment"> &
  AssignmentFacts & { employedFrom: IsoDate; employedUntil: IsoDate | null };

export type Warning =
  | FullTimeTooManySchools
  | PartTimeTooManySchools
  | SchoolUncovered
  | PupilsPerFteAboveThreshold
  | FundingEnding
  | AssignmentUnfunded
  | AssignmentOutsideEmployment;

export type WarningOf<K extends WarningKind> = Extract<Warning, { kind: K }>;

/**
 * Whose warnings. Only "all" for now (admin and supervisor); a provider or school scope needs
 * its own decisions (a provider must not learn about other providers' funding or schools), so
 * it is not offered rather than half done.
 */
export type WarningScope = { kind: "all" };

export type WarningReport = {
  date: IsoDate;
  /** The pupils-per-FTE threshold in force (municipality setting, default 150). */
  threshold: number;
  /** The end of the "funding ends soon" window: six months after the key date. */
  fundingHorizon: IsoDate;
  /** Schools open at the key date: what the school rules are measured against. */
  openSchools: number;
  /** Every warning, by kind (WARNING_KINDS order), the most severe first (severity.ts), then by display name. */
  warnings: Warning[];
  /** Warnings per kind, every kind present (0 when none). */
  counts: Record<WarningKind, number>;
};
