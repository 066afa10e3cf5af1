import type { IsoDate } from "../../coverage/types.ts";

// Conversions at the DAL's edge: calendar dates as ISO strings, Decimal(4,3) as integer
// thousandths (exact; never summed as floats).

export const isoOf = (date: Date): IsoDate => date.toISOString().slice(0, 10);
export const isoOrNull = (date: Date | null): IsoDate | null => (date ? isoOf(date) : null);

/** A calendar date for a @db.Date column. */
export const dateOf = (iso: IsoDate): Date => new Date(`${iso}T00:00:00Z`);

/** Decimal(4,3) → thousandths, from its exact decimal string ("0.500" → 500). */
export function milliOf(decimal: { toFixed(digits: number): string }): number {
  const [whole = "0", fraction = ""] = decimal.toFixed(3).split(".");
  return Number(whole) * 1000 + Number(fraction.padEnd(3, "0"));
}
