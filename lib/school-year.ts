import type { IsoDate } from "./coverage/types.ts";

// School years (docs/domain.md "Pupil counts"): 1 August to 31 July, named by the year they
// begin in (2017 = 2017/18). The SQL twins are school_year_of and pupil_counts_in (migration
// 20261207225906); the figures use those, this module serves forms, import and the reference.

/** The school year day `date` belongs to: from 1 August on the calendar year's, before it the previous one. */
export function schoolYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 8 ? year : year - 1;
}

/** "2017/18", as forms, pages and exports write a school year. */
export function schoolYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
}

/** Smallest and largest school year accepted (the database says the same: school_pupil_count_year_range). */
export const SCHOOL_YEAR_RANGE = [1900, 2999] as const;

/**
 * A school year as typed: "2017/18", "2017/2018", "2017-18" or just "2017" (the year it
 * begins in). Null when it is none of these, the two years do not follow each other, or the
 * year is outside SCHOOL_YEAR_RANGE.
 */
export function parseSchoolYear(text: string): number | null {
  const match = /^(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?$/.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const next = match[2];
  if (next !== undefined) {
    const expected = next.length === 2 ? (year + 1) % 100 : year + 1;
    if (Number(next) !== expected) return null;
  }
  return year >= SCHOOL_YEAR_RANGE[0] && year <= SCHOOL_YEAR_RANGE[1] ? year : null;
}

export type PupilCount = { schoolYear: number; pupilCount: number };

/**
 * The count that applies in school year `year`: the one entered for it, else the latest
 * earlier one, else the earliest known (older counts apply to earlier years until a dated
 * value is entered). Null without any count. The restatement of pupil_counts_in.
 */
export function pupilCountIn(counts: readonly PupilCount[], year: number): PupilCount | null {
  let best: PupilCount | null = null;
  for (const count of counts) {
    if (best === null) best = count;
    else if (count.schoolYear <= year) {
      if (best.schoolYear > year || count.schoolYear > best.schoolYear) best = count;
    } else if (best.schoolYear > year && count.schoolYear < best.schoolYear) best = count;
  }
  return best;
}
