import type { CoverageReport } from "../coverage/types.ts";
import { SCHOOL_TYPE_LABELS } from "../school-types.ts";
import { type KeyDateExport, schoolListsOf } from "./types.ts";

// The rows every key-date format prints (XLSX, CSV, PDF), taken from the coverage report so
// that all three show the same groups in the same order.

export type BreakdownRow = {
  label: string;
  staff: number;
  fteMilli: number;
  schoolsCovered: number;
  /** Open schools of the group; null for providers (a provider has no "schools in total"). */
  schoolsTotal: number | null;
};

export type SchoolRow = {
  schoolNumber: string;
  name: string;
  schoolType: string;
  district: string;
  pupils: number;
  staff: number;
  fteMilli: number;
  pupilsPerFte: number | null;
};

export function providerRows(report: CoverageReport): BreakdownRow[] {
  return report.byProvider.map((row) => ({ label: row.provider, ...row, schoolsTotal: null }));
}

export function schoolTypeRows(report: CoverageReport): BreakdownRow[] {
  return report.bySchoolType.map((row) => ({ label: SCHOOL_TYPE_LABELS[row.type], ...row }));
}

export function districtRows(report: CoverageReport): BreakdownRow[] {
  return report.byDistrict.map((row) => ({ label: row.district, ...row }));
}

function districtNames(report: CoverageReport): Map<string, string> {
  return new Map(report.byDistrict.map((row) => [row.districtId, row.district]));
}

/** The schools with their own figures (a provider: only the schools where their staff work). */
export function schoolRows(data: KeyDateExport): SchoolRow[] {
  const names = districtNames(data.report);
  const { onlyCoveredSchools } = schoolListsOf(data.scope);
  return data.report.schools
    .filter((school) => !onlyCoveredSchools || school.staff > 0)
    .map((school) => ({
      schoolNumber: school.schoolNumber,
      name: school.name,
      schoolType: SCHOOL_TYPE_LABELS[school.type],
      district: names.get(school.districtId) ?? "",
      pupils: school.pupilCount,
      staff: school.staff,
      fteMilli: school.fteMilli,
      pupilsPerFte: school.pupilsPerFte,
    }));
}

/** Open schools without an active assignment (empty for a provider's scope, see schoolListsOf). */
export function uncoveredRows(data: KeyDateExport): SchoolRow[] {
  if (!schoolListsOf(data.scope).uncovered) return [];
  return schoolRows(data).filter((school) => school.staff === 0);
}
