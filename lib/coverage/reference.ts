import { type PupilCount, pupilCountIn, schoolYearOf } from "../school-year.ts";
import { pupilsPerFte } from "./fte.ts";
import { compareDistricts, compareProviders, compareSchools, compareSchoolTypes } from "./order.ts";
import type {
  CoverageReport,
  CoverageScope,
  DistrictFigures,
  Figures,
  IsoDate,
  ProviderFigures,
  SchoolCoverage,
  SchoolType,
  SchoolTypeFigures,
  TrendPoint,
} from "./types.ts";

// A plain, in-memory restatement of docs/domain.md "The figures", for tests only:
// the SQL in sql.ts must give exactly the same reports. Written to be read, not to be fast.
// ISO dates compare correctly as strings; FTE is in integer thousandths.

export type RefProvider = { id: string; name: string };
export type RefDistrict = { id: string; name: string };
export type RefSchool = {
  id: string;
  schoolNumber: string;
  name: string;
  type: SchoolType;
  districtId: string;
  /** One per school year entered (at least one). */
  pupilCounts: PupilCount[];
  openedOn: IsoDate | null;
  closedOn: IsoDate | null;
};
export type RefStaff = {
  id: string;
  providerId: string;
  employmentFteMilli: number;
  employedFrom: IsoDate;
  employedUntil: IsoDate | null;
};
export type RefAssignment = {
  staffMemberId: string;
  schoolId: string;
  fteMilli: number;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
};
export type RefDataset = {
  providers: RefProvider[];
  districts: RefDistrict[];
  schools: RefSchool[];
  staff: RefStaff[];
  assignments: RefAssignment[];
};

/** from ≤ date ≤ until, where a null until is open-ended. */
function within(date: IsoDate, from: IsoDate, until: IsoDate | null): boolean {
  return from <= date && (until === null || date <= until);
}

/** Opened on or before D (or no opening date) and not yet closed: the closing day is closed. */
export function isSchoolOpen(school: RefSchool, date: IsoDate): boolean {
  const opened = school.openedOn === null || school.openedOn <= date;
  const notClosed = school.closedOn === null || date < school.closedOn;
  return opened && notClosed;
}

type ActiveAssignment = RefAssignment & { staff: RefStaff; school: RefSchool };

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** The schools and active assignments that count for a scope at D. */
function inScope(data: RefDataset, date: IsoDate, scope: CoverageScope) {
  const openSchools = data.schools.filter(
    (school) => isSchoolOpen(school, date) && (scope.kind !== "school" || school.id === scope.schoolId),
  );
  const openSchoolById = byId(openSchools);
  const staffById = byId(data.staff);

  const active: ActiveAssignment[] = [];
  for (const assignment of data.assignments) {
    const staff = staffById.get(assignment.staffMemberId);
    const school = openSchoolById.get(assignment.schoolId);
    if (!staff || !school) continue; // school closed (or out of scope)
    if (!within(date, assignment.validFrom, assignment.validUntil)) continue;
    if (!within(date, staff.employedFrom, staff.employedUntil)) continue;
    if (scope.kind === "provider" && staff.providerId !== scope.providerId) continue;
    active.push({ ...assignment, staff, school });
  }
  return { openSchools, active };
}

/**
 * The assignments active at D (the SQL function active_assignments, restated), each by its
 * natural key "staffMemberId|schoolId|validFrom", sorted.
 */
export function referenceActiveAssignmentKeys(data: RefDataset, date: IsoDate): string[] {
  return inScope(data, date, { kind: "all" })
    .active.map((assignment) => `${assignment.staffMemberId}|${assignment.schoolId}|${assignment.validFrom}`)
    .sort();
}

/** A school's pupils at D: the count that applies in D's school year. */
export function referencePupilsAt(school: RefSchool, date: IsoDate): number {
  return pupilCountIn(school.pupilCounts, schoolYearOf(date))?.pupilCount ?? 0;
}

/** Whether a staff member is employed at D. */
export function isEmployed(staff: RefStaff, date: IsoDate): boolean {
  return within(date, staff.employedFrom, staff.employedUntil);
}

/** The four figures of a group: its active assignments and its open schools. */
function figures(active: ActiveAssignment[], openSchools: RefSchool[]): Figures {
  return {
    staff: new Set(active.map((assignment) => assignment.staffMemberId)).size,
    fteMilli: active.reduce((sum, assignment) => sum + assignment.fteMilli, 0),
    schoolsCovered: new Set(active.map((assignment) => assignment.schoolId)).size,
    schoolsTotal: openSchools.length,
  };
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function referenceCoverage(
  data: RefDataset,
  date: IsoDate,
  scope: CoverageScope = { kind: "all" },
): CoverageReport {
  const { openSchools, active } = inScope(data, date, scope);
  const districtById = byId(data.districts);
  const providerById = byId(data.providers);

  // Types and districts: every group with an open school in scope.
  const bySchoolType: SchoolTypeFigures[] = distinct(openSchools.map((school) => school.type)).map((type) => ({
    type,
    ...figures(
      active.filter((assignment) => assignment.school.type === type),
      openSchools.filter((school) => school.type === type),
    ),
  }));

  const byDistrict: DistrictFigures[] = distinct(openSchools.map((school) => school.districtId)).map((districtId) => ({
    districtId,
    district: districtById.get(districtId)?.name ?? "",
    ...figures(
      active.filter((assignment) => assignment.school.districtId === districtId),
      openSchools.filter((school) => school.districtId === districtId),
    ),
  }));

  // Providers: every provider with an active assignment in scope.
  const byProvider: ProviderFigures[] = distinct(active.map((assignment) => assignment.staff.providerId)).map(
    (providerId) => {
      const { schoolsTotal: _notMeaningful, ...groupFigures } = figures(
        active.filter((assignment) => assignment.staff.providerId === providerId),
        [],
      );
      return { providerId, provider: providerById.get(providerId)?.name ?? "", ...groupFigures };
    },
  );

  const schools: SchoolCoverage[] = openSchools.map((school) => {
    const own = figures(
      active.filter((assignment) => assignment.schoolId === school.id),
      [school],
    );
    const pupils = referencePupilsAt(school, date);
    return {
      schoolId: school.id,
      schoolNumber: school.schoolNumber,
      name: school.name,
      type: school.type,
      districtId: school.districtId,
      pupilCount: pupils,
      staff: own.staff,
      fteMilli: own.fteMilli,
      pupilsPerFte: pupilsPerFte(pupils, own.fteMilli),
    };
  });
  schools.sort(compareSchools);

  return {
    date,
    total: figures(active, openSchools),
    bySchoolType: bySchoolType.sort(compareSchoolTypes),
    byDistrict: byDistrict.sort(compareDistricts),
    byProvider: byProvider.sort(compareProviders),
    schools,
    uncoveredSchools: schools
      .filter((school) => school.staff === 0)
      .map(({ schoolId, schoolNumber, name }) => ({ schoolId, schoolNumber, name })),
  };
}

/** One point per distinct date, ascending: the totals of referenceCoverage. */
export function referenceTrend(
  data: RefDataset,
  dates: IsoDate[],
  scope: CoverageScope = { kind: "all" },
): TrendPoint[] {
  return distinct(dates)
    .sort()
    .map((date) => ({ date, ...referenceCoverage(data, date, scope).total }));
}
