import { isEmployed, isSchoolOpen, type RefDataset, referencePupilsAt } from "../coverage/reference.ts";
import type { IsoDate } from "../coverage/types.ts";
import type { Warning } from "./types.ts";

// The soft rules of docs/domain.md, restated in memory for tests only: listWarnings (sql.ts)
// must find exactly these on any dataset. The reference datasets have no funding sources, so
// every active assignment is unfunded and no source ends. Each warning becomes one line
// "kind|record|facts", the record of an assignment by its natural key (staff|school|from).

const DEFAULT_THRESHOLD = 150;

const within = (date: IsoDate, from: IsoDate, until: IsoDate | null) =>
  from <= date && (until === null || date <= until);

export function referenceWarnings(data: RefDataset, date: IsoDate, threshold = DEFAULT_THRESHOLD): string[] {
  const staffById = new Map(data.staff.map((staff) => [staff.id, staff]));
  const open = data.schools.filter((school) => isSchoolOpen(school, date));
  const openIds = new Set(open.map((school) => school.id));
  const active = data.assignments.filter((assignment) => {
    const staff = staffById.get(assignment.staffMemberId);
    return (
      staff !== undefined &&
      openIds.has(assignment.schoolId) &&
      within(date, assignment.validFrom, assignment.validUntil) &&
      isEmployed(staff, date)
    );
  });
  const lines: string[] = [];
  const assignmentKey = (a: { staffMemberId: string; schoolId: string; validFrom: IsoDate }) =>
    `${a.staffMemberId}|${a.schoolId}|${a.validFrom}`;

  for (const staff of data.staff) {
    const own = active.filter((assignment) => assignment.staffMemberId === staff.id);
    const schools = new Set(own.map((assignment) => assignment.schoolId)).size;
    const fte = own.reduce((sum, assignment) => sum + assignment.fteMilli, 0);
    const full = staff.employmentFteMilli >= 1000;
    if ((full && schools > 2) || (staff.employmentFteMilli <= 500 && schools > 1)) {
      lines.push(`${full ? "fullTimeTooManySchools" : "partTimeTooManySchools"}|${staff.id}|${schools}|${fte}`);
    }
  }
  for (const school of open) {
    const fte = active.filter((a) => a.schoolId === school.id).reduce((sum, a) => sum + a.fteMilli, 0);
    const covered = active.some((a) => a.schoolId === school.id);
    const pupils = referencePupilsAt(school, date);
    if (!covered) lines.push(`schoolUncovered|${school.id}`);
    else if (pupils * 1000 > threshold * fte) {
      lines.push(`pupilsPerFteAboveThreshold|${school.id}|${pupils}|${fte}`);
    }
  }
  for (const assignment of active) lines.push(`assignmentUnfunded|${assignmentKey(assignment)}|${assignment.fteMilli}`);
  for (const assignment of data.assignments) {
    const staff = staffById.get(assignment.staffMemberId);
    if (!staff || !within(date, assignment.validFrom, assignment.validUntil)) continue;
    const endsAfter =
      staff.employedUntil !== null && (assignment.validUntil === null || assignment.validUntil > staff.employedUntil);
    if (assignment.validFrom < staff.employedFrom || endsAfter) {
      lines.push(`assignmentOutsideEmployment|${assignmentKey(assignment)}|${assignment.fteMilli}`);
    }
  }
  return lines.sort();
}

/** A warning of listWarnings as the reference writes it. */
export function warningLine(warning: Warning): string {
  switch (warning.kind) {
    case "fullTimeTooManySchools":
    case "partTimeTooManySchools":
      return `${warning.kind}|${warning.record.id}|${warning.schools}|${warning.fteMilli}`;
    case "schoolUncovered":
      return `${warning.kind}|${warning.record.id}`;
    case "pupilsPerFteAboveThreshold":
      return `${warning.kind}|${warning.record.id}|${warning.pupilCount}|${warning.fteMilli}`;
    case "fundingEnding":
      return `${warning.kind}|${warning.record.id}|${warning.validUntil}|${warning.fteMilli}`;
    case "assignmentUnfunded":
    case "assignmentOutsideEmployment":
      return `${warning.kind}|${warning.staffId}|${warning.schoolId}|${warning.validFrom}|${warning.fteMilli}`;
  }
}
