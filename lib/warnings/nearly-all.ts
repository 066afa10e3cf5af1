import type { WarningKind, WarningReport } from "./types.ts";

// A rule that fires for nearly every school says little about any one of them: 39 rows of
// "more than 150 pupils per FTE" hide the other warnings and mostly say the threshold does not
// fit the data. Such a kind is summed up in one line (the list stays one link away).

/** The kinds with one warning per school, measured against the schools open at the key date. */
const SCHOOL_KINDS: readonly WarningKind[] = ["schoolUncovered", "pupilsPerFteAboveThreshold"];

/** From this share of the open schools on, a kind counts as "nearly every school". */
export const NEARLY_ALL_SHARE = 0.8;

/** Below this many open schools a list is short anyway, so it is always shown. */
const MIN_SCHOOLS = 5;

export function firesForNearlyAllSchools(report: Pick<WarningReport, "counts" | "openSchools">, kind: WarningKind) {
  return (
    SCHOOL_KINDS.includes(kind) &&
    report.openSchools >= MIN_SCHOOLS &&
    report.counts[kind] >= NEARLY_ALL_SHARE * report.openSchools
  );
}
