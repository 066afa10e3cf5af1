import { isEmployed, isSchoolOpen, type RefAssignment, type RefDataset } from "../coverage/reference.ts";
import type { IsoDate } from "../coverage/types.ts";
import type { ForecastChanges } from "./types.ts";

// What ends between today (T) and a forecast date (F), restated in memory for tests only:
// computeForecastChanges (sql.ts) must give exactly these lists on any dataset. Lines
// "list|record|facts"; an assignment by its natural key (staff|school|from). The reference
// datasets have no funding sources, so none expires.

const within = (date: IsoDate, from: IsoDate, until: IsoDate | null) =>
  from <= date && (until === null || date <= until);

export function referenceForecast(data: RefDataset, today: IsoDate, date: IsoDate): string[] {
  const staffById = new Map(data.staff.map((staff) => [staff.id, staff]));
  const schoolById = new Map(data.schools.map((school) => [school.id, school]));
  const activeAt = (assignment: RefAssignment, day: IsoDate) => {
    const staff = staffById.get(assignment.staffMemberId);
    const school = schoolById.get(assignment.schoolId);
    return (
      staff !== undefined &&
      school !== undefined &&
      isSchoolOpen(school, day) &&
      within(day, assignment.validFrom, assignment.validUntil) &&
      isEmployed(staff, day)
    );
  };
  const key = (a: RefAssignment) => `${a.staffMemberId}|${a.schoolId}|${a.validFrom}`;
  const endsBetween = (until: IsoDate | null) => until !== null && today <= until && until < date;
  const lines: string[] = [];

  for (const a of data.assignments) {
    if (endsBetween(a.validUntil)) lines.push(`endingAssignment|${key(a)}|${a.fteMilli}|${a.validUntil}`);
  }
  for (const staff of data.staff) {
    if (!endsBetween(staff.employedUntil)) continue;
    const fteToday = data.assignments
      .filter((a) => a.staffMemberId === staff.id && activeAt(a, today))
      .reduce((sum, a) => sum + a.fteMilli, 0);
    lines.push(`endingEmployment|${staff.id}|${staff.employedUntil}|${fteToday}`);
  }
  for (const school of data.schools) {
    const todays = data.assignments.filter((a) => a.schoolId === school.id && activeAt(a, today));
    const thens = data.assignments.filter((a) => a.schoolId === school.id && activeAt(a, date));
    if (todays.length > 0 && isSchoolOpen(school, date) && thens.length === 0) {
      lines.push(`schoolLosingCover|${school.id}|${todays.reduce((sum, a) => sum + a.fteMilli, 0)}`);
    }
  }
  for (const provider of data.providers) {
    const own = data.assignments.filter((a) => staffById.get(a.staffMemberId)?.providerId === provider.id);
    const sum = (test: (a: RefAssignment) => boolean) => own.filter(test).reduce((total, a) => total + a.fteMilli, 0);
    const counted = own.filter((a) => activeAt(a, today) || activeAt(a, date));
    // The SQL lists a provider once any of its assignments is active on one of the two days.
    if (counted.length === 0) continue;
    lines.push(
      `provider|${provider.id}|${sum((a) => activeAt(a, today))}|${sum((a) => activeAt(a, today) && !activeAt(a, date))}` +
        `|${sum((a) => activeAt(a, date) && !activeAt(a, today))}|${sum((a) => activeAt(a, date))}`,
    );
  }
  return lines.sort();
}

/** computeForecastChanges' lists as the reference writes them; `keyOf` maps an assignment id to its natural key. */
export function forecastLines(changes: ForecastChanges, keyOf: (assignmentId: string) => string): string[] {
  return [
    ...changes.endingAssignments.map((a) => `endingAssignment|${keyOf(a.id)}|${a.fteMilli}|${a.validUntil}`),
    ...changes.endingEmployments.map((e) => `endingEmployment|${e.staffId}|${e.employedUntil}|${e.fteMilliToday}`),
    ...changes.schoolsLosingCover.map((s) => `schoolLosingCover|${s.schoolId}|${s.fteMilliToday}`),
    ...changes.providers.map(
      (p) => `provider|${p.providerId}|${p.fteMilliToday}|${p.fteMilliLost}|${p.fteMilliGained}|${p.fteMilliAtDate}`,
    ),
    ...changes.expiringFunding.map((f) => `expiringFunding|${f.id}`),
  ].sort();
}
