// Where a warning's record lives in the app (URL map of CONVENTIONS.md). Assignments have no
// page of their own: they are shown on their staff member's timeline, anchored by id.

export const staffHref = (staffId: string) => `/fachkraefte/${staffId}`;
export const schoolHref = (schoolId: string) => `/schulen/${schoolId}`;
export const fundingSourceHref = (fundingSourceId: string) => `/finanzierungen/${fundingSourceId}`;
export const assignmentHref = (staffId: string, assignmentId: string) =>
  `/fachkraefte/${staffId}#einsatz-${assignmentId}`;
