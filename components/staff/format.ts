import type { IsoDate } from "@/lib/coverage/types";

// Numbers and dates: lib/format.ts.

/** The later of ISO dates (they sort as strings). */
export function latestDay(...dates: IsoDate[]): IsoDate {
  return [...dates].sort().at(-1) ?? "";
}
