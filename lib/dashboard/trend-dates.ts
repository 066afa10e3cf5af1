import type { IsoDate } from "../coverage/types.ts";

/** The first day of every month from the month of `from` to the month of `until` (inclusive). */
export function monthStarts(from: IsoDate, until: IsoDate): IsoDate[] {
  const [fromYear, fromMonth] = from.split("-").map(Number) as [number, number];
  const [untilYear, untilMonth] = until.split("-").map(Number) as [number, number];
  const dates: IsoDate[] = [];
  for (let index = fromYear * 12 + fromMonth - 1; index <= untilYear * 12 + untilMonth - 1; index++) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    dates.push(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`);
  }
  return dates;
}
