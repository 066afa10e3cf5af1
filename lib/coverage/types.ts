// The figures of docs/domain.md ("The figures"). FTE is carried as integer
// thousandths everywhere inside Stellwerk, so that sums are exact; it becomes a decimal
// only at the edge (JSON number, German formatting).

/** An ISO calendar date, YYYY-MM-DD (no time zone). */
export type IsoDate = string;

export type Figures = {
  /** Distinct staff members with at least one active assignment. */
  staff: number;
  /** Sum of the FTE of active assignments, in thousandths (39.5 FTE = 39500). */
  fteMilli: number;
  /** Distinct schools with at least one active assignment. */
  schoolsCovered: number;
  /** Schools open at the key date. */
  schoolsTotal: number;
};

export type SchoolType =
  | "GRUNDSCHULE"
  | "HAUPTSCHULE"
  | "REALSCHULE"
  | "SEKUNDARSCHULE"
  | "GESAMTSCHULE"
  | "GYMNASIUM"
  | "FOERDERSCHULE"
  | "BERUFSKOLLEG";

export type SchoolTypeFigures = Figures & { type: SchoolType };
export type DistrictFigures = Figures & { districtId: string; district: string };
/** Per provider; schoolsTotal is not meaningful for a provider and is left out. */
export type ProviderFigures = Omit<Figures, "schoolsTotal"> & { providerId: string; provider: string };

export type SchoolCoverage = {
  schoolId: string;
  schoolNumber: string;
  name: string;
  type: SchoolType;
  districtId: string;
  pupilCount: number;
  staff: number;
  fteMilli: number;
  /** pupilCount / fte; null when the school has no FTE at the key date. */
  pupilsPerFte: number | null;
};

export type CoverageReport = {
  date: IsoDate;
  total: Figures;
  bySchoolType: SchoolTypeFigures[];
  byDistrict: DistrictFigures[];
  byProvider: ProviderFigures[];
  /** Every school open at the key date, with its own figures. */
  schools: SchoolCoverage[];
  /** Open schools without an active assignment, by school number. */
  uncoveredSchools: { schoolId: string; schoolNumber: string; name: string }[];
};

/**
 * Restricts which assignments count (the role scoping of issue 3): only a provider's
 * staff, or only one school. Schools total stays "schools open at D" within the scope
 * (one school for a school scope, all schools for a provider).
 */
export type CoverageScope =
  | { kind: "all" }
  | { kind: "provider"; providerId: string }
  | { kind: "school"; schoolId: string };

/** The total figures at one key date of a trend (computeTrend). */
export type TrendPoint = Figures & { date: IsoDate };
