import type { Warning } from "./types.ts";

// Within one kind, the warning that matters most comes first, so the first lines of a long
// list (the dashboard shows ten) are the ones to act on:
// - too many schools: the most schools, then the most assigned FTE;
// - a school without cover: the most pupils; above the threshold: the most pupils per FTE;
// - funding ending: the earliest end, then the most FTE it pays;
// - assignments without funding or outside the employment: the most FTE.
// Equal severity falls back to the display name (sql.ts).

/** A number where more is worse; compared within one kind only. */
function severity(warning: Warning): number {
  switch (warning.kind) {
    case "fullTimeTooManySchools":
    case "partTimeTooManySchools":
      return warning.schools * 1_000_000 + warning.fteMilli;
    case "schoolUncovered":
      return warning.pupilCount;
    case "pupilsPerFteAboveThreshold":
      return warning.pupilsPerFte;
    case "fundingEnding":
      // Earlier is worse: days before 9999-12-31, then FTE as the tie-break.
      return ((Date.parse("9999-12-31") - Date.parse(warning.validUntil)) / 86_400_000) * 1_000_000 + warning.fteMilli;
    case "assignmentUnfunded":
    case "assignmentOutsideEmployment":
      return warning.fteMilli;
  }
}

/** Sort comparator: the more severe warning first (0 for warnings of different kinds). */
export function bySeverity(a: Warning, b: Warning): number {
  if (a.kind !== b.kind) return 0;
  return severity(b) - severity(a);
}
