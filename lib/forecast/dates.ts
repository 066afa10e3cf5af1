import { parseIsoDate } from "../coverage/dates.ts";
import type { IsoDate } from "../coverage/types.ts";

/**
 * `months` calendar months after `date`, the day clamped to the target month's length
 * (31.08. + 6 → 28./29.02.), as PostgreSQL's `date + interval 'n months'` does.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!parseIsoDate(date) || !Number.isInteger(months)) throw new RangeError(`addMonths(${date}, ${months})`);
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const leap = (targetYear % 4 === 0 && targetYear % 100 !== 0) || targetYear % 400 === 0;
  const lastDay = targetMonth === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(targetMonth) ? 30 : 31;
  const pad = (value: number, width = 2) => String(value).padStart(width, "0");
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}
