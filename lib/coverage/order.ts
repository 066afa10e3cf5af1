import type { DistrictFigures, ProviderFigures, SchoolCoverage, SchoolType } from "./types.ts";

// The order in which breakdowns are listed. Shared by the SQL implementation and the test
// reference so that both agree on it; sorting a handful of groups is presentation, not a figure.

/** Declaration order of the "SchoolType" enum (primary schools first). */
export const SCHOOL_TYPE_ORDER: readonly SchoolType[] = [
  "GRUNDSCHULE",
  "HAUPTSCHULE",
  "REALSCHULE",
  "SEKUNDARSCHULE",
  "GESAMTSCHULE",
  "GYMNASIUM",
  "FOERDERSCHULE",
  "BERUFSKOLLEG",
];

export function compareSchoolTypes(a: { type: SchoolType }, b: { type: SchoolType }): number {
  return SCHOOL_TYPE_ORDER.indexOf(a.type) - SCHOOL_TYPE_ORDER.indexOf(b.type);
}

// German collation, so that "Ökumenischer Verein" sorts with the O's, whatever the
// database's collation is.
const collator = new Intl.Collator("de", { sensitivity: "variant" });

function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By name (German collation), then by id so that the order is total. */
export function compareDistricts(a: DistrictFigures, b: DistrictFigures): number {
  return collator.compare(a.district, b.district) || codeUnitOrder(a.districtId, b.districtId);
}

export function compareProviders(a: ProviderFigures, b: ProviderFigures): number {
  return collator.compare(a.provider, b.provider) || codeUnitOrder(a.providerId, b.providerId);
}

/** By school number; six digits, so string order is numeric order. */
export function compareSchools(a: Pick<SchoolCoverage, "schoolNumber">, b: Pick<SchoolCoverage, "schoolNumber">) {
  return codeUnitOrder(a.schoolNumber, b.schoolNumber);
}
