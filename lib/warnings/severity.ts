import type { Warning } from "./types.ts";

// Within one kind, the warning that matters most comes first, so the first lines of a long
// list (the dashboard shows ten) are the ones to act on:
// - too many schools: the most schools, then the most assigned FTE;
// - a school without cover: the most pupils; above the threshold: the most pupils per FTE;
// - funding ending: the earliest end, then the most FTE it pays;
// - assignments without funding or outside the employment: the most FTE.
// Equal severity falls back to the display name (sql.ts).

/** Sort comparator: the more severe warning first (0 for warnings of different kinds). */
export function bySeverity(a: Warning, b: Warning): number {
  if (a.kind === "fullTimeTooManySchools" || a.kind === "partTimeTooManySchools") {
    if (b.kind !== a.kind) return 0;
    return b.schools - a.schools || b.fteMilli - a.fteMilli;
  }
  if (a.kind === "schoolUncovered") return b.kind === a.kind ? b.pupilCount - a.pupilCount : 0;
  if (a.kind === "pupilsPerFteAboveThreshold") return b.kind === a.kind ? b.pupilsPerFte - a.pupilsPerFte : 0;
  if (a.kind === "fundingEnding") {
    if (b.kind !== a.kind) return 0;
    return a.validUntil.localeCompare(b.validUntil) || b.fteMilli - a.fteMilli;
  }
  return b.kind === a.kind ? b.fteMilli - a.fteMilli : 0;
}
