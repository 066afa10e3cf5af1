import type { CoverageReport, IsoDate } from "../coverage/types.ts";
import type { ExportWarning } from "./warnings.ts";

// What the key-date exports (XLSX, CSV, PDF) are made of: the scoped coverage report of
// lib/coverage plus the few facts around it. Built by lib/dal/export.ts for one viewer.

/** Whose figures a file holds; names only for the header line of the files. */
export type ExportScope =
  | { kind: "all" }
  | { kind: "provider"; providerId: string; provider: string }
  | { kind: "school"; schoolId: string; schoolNumber: string; school: string };

export type KeyDateExport = {
  date: IsoDate;
  /** The day the file was made (municipality time zone). */
  createdOn: IsoDate;
  municipality: string;
  scope: ExportScope;
  report: CoverageReport;
  warnings: ExportWarning[];
};

/** The audit record's view of a scope: ids only, never names or people. */
export function scopeForAudit(scope: ExportScope) {
  if (scope.kind === "provider") return { kind: scope.kind, providerId: scope.providerId };
  if (scope.kind === "school") return { kind: scope.kind, schoolId: scope.schoolId };
  return { kind: scope.kind };
}

/**
 * Which school lists a scope's files show. A provider's figures per school are only their own
 * share, so neither "pupils per FTE" nor "schools without staff" would mean what the headers
 * say, and a provider reads school names only (no pupil counts): a provider gets the schools
 * where their staff work, with their own staff and FTE there.
 */
export function schoolListsOf(scope: ExportScope) {
  const provider = scope.kind === "provider";
  return { onlyCoveredSchools: provider, pupilFigures: !provider, uncovered: !provider };
}
