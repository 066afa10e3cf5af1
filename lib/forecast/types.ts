import type { CoverageReport, IsoDate } from "../coverage/types.ts";

// The forecast: what the figures look like at a future key date, and what ends on the way.
// "Ends by D" means: the last day lies in [today, D), so the record still counts today and
// no longer counts at D (ranges are inclusive; something ending ON D still counts at D).

export type EndingAssignment = {
  id: string;
  staffId: string;
  staffName: string;
  providerName: string;
  schoolId: string;
  schoolName: string;
  fteMilli: number;
  validUntil: IsoDate;
  /** The staff member's timeline, anchored at the assignment. */
  href: string;
};

export type ExpiringFunding = {
  id: string;
  name: string;
  validUntil: IsoDate;
  /** FTE of the assignments the source pays today (active today). */
  fteMilliToday: number;
  assignmentsToday: number;
  href: string;
};

export type EndingEmployment = {
  staffId: string;
  staffName: string;
  providerName: string;
  employmentFteMilli: number;
  employedUntil: IsoDate;
  /** FTE of the person's assignments active today. */
  fteMilliToday: number;
  href: string;
};

/** A school covered today that is open but has no active assignment at the forecast date. */
export type SchoolLosingCover = {
  schoolId: string;
  schoolNumber: string;
  name: string;
  fteMilliToday: number;
  href: string;
};

/**
 * One provider's FTE today and at the forecast date, split into what stops counting ("lost":
 * active today, not at D — assignment or employment ended, school closed) and what starts
 * counting ("gained": active at D, not today). fteAtDate = fteToday − lost + gained.
 */
export type ProviderChange = {
  providerId: string;
  provider: string;
  fteMilliToday: number;
  fteMilliLost: number;
  fteMilliGained: number;
  fteMilliAtDate: number;
};

export type ForecastChanges = {
  today: IsoDate;
  date: IsoDate;
  endingAssignments: EndingAssignment[];
  expiringFunding: ExpiringFunding[];
  endingEmployments: EndingEmployment[];
  schoolsLosingCover: SchoolLosingCover[];
  providers: ProviderChange[];
};

export type Forecast = {
  today: IsoDate;
  date: IsoDate;
  current: CoverageReport;
  future: CoverageReport;
  changes: ForecastChanges;
};
