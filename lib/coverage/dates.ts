import type { IsoDate } from "./types.ts";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Strict YYYY-MM-DD of a real calendar date, else null: "2018-02-31", "2018-2-1" and
 * "2018-02-01T00:00" are all rejected. Year 0000 is rejected too (PostgreSQL has no year 0).
 */
export function parseIsoDate(input: string): IsoDate | null {
  const match = ISO_DATE.exec(input);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return input;
}

/** The date `days` days after `date` (negative: before). Calendar arithmetic in UTC, no DST. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
