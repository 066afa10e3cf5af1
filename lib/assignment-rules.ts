import type { IsoDate } from "./coverage/types.ts";

// The rule "an assignment lies within its staff member's employment" (docs/domain.md,
// "Assignment rules"; docs/decisions/0008): refused on every write that creates or changes an
// assignment or an employment, whether it comes from a form, the import or the API. The SQL
// twin is the function within_employment (migration 20261207160000_within_employment), used by
// the import's checks and the dashboard's warning; tests/integration/assignment-rules.test.ts
// holds them equal and feeds one table of cases to the forms' writes, the import and the API.

export type DateRange = { from: IsoDate; until: IsoDate | null };

/** Which end of an assignment's range lies outside the employment (both false: within). */
export type OutsideEnds = { start: boolean; end: boolean };

/** Where `assignment` leaves `employment`; an empty end is open on either side. */
export function outsideEnds(assignment: DateRange, employment: DateRange): OutsideEnds {
  const start = assignment.from < employment.from || (employment.until !== null && assignment.from > employment.until);
  const end = employment.until !== null && (assignment.until === null || assignment.until > employment.until);
  return { start, end };
}

/** Every day of the assignment is a day of the employment. */
export function withinEmployment(assignment: DateRange, employment: DateRange): boolean {
  const outside = outsideEnds(assignment, employment);
  return !outside.start && !outside.end;
}
