import { parseIsoDate } from "../coverage/dates.ts";
import type { IsoDate } from "../coverage/types.ts";

// The GDPR retention rule for staff (issue 5): personal data may be kept for `years` whole
// years after the END OF THE YEAR the employment ended, like the German limitation periods
// (§ 199 BGB) count. Ended 30.06.2019, 3 years → anonymisable from 01.01.2023.
// Pure calendar arithmetic on ISO dates: only the year matters, so leap days and time zones
// cannot shift the result.

function yearOf(date: IsoDate): number {
  if (!parseIsoDate(date)) throw new RangeError(`not an ISO calendar date: ${JSON.stringify(date)}`);
  return Number(date.slice(0, 4));
}

function checkedYears(years: number): number {
  if (!Number.isInteger(years) || years < 0)
    throw new RangeError(`retention years must be a whole number ≥ 0: ${years}`);
  return years;
}

const januaryFirst = (year: number): IsoDate => `${String(year).padStart(4, "0")}-01-01`;

/** The first day a staff member whose employment ended on `employedUntil` may be anonymised. */
export function anonymisableFrom(employedUntil: IsoDate, years: number): IsoDate {
  return januaryFirst(yearOf(employedUntil) + checkedYears(years) + 1);
}

/**
 * On `today`, every staff member whose employment ended BEFORE the returned date may be
 * anonymised (the same rule as anonymisableFrom, turned around for a query).
 */
export function retentionCutoff(today: IsoDate, years: number): IsoDate {
  // Year 1 is the earliest calendar date; nothing ended before it.
  return januaryFirst(Math.max(1, yearOf(today) - checkedYears(years)));
}

/** Whether an employment that ended on `employedUntil` (null: still employed) is past retention on `today`. */
export function isPastRetention(employedUntil: IsoDate | null, today: IsoDate, years: number): boolean {
  if (employedUntil === null) return false;
  return anonymisableFrom(employedUntil, years) <= today;
}
