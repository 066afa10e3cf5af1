import type { IsoDate } from "@/lib/coverage/types";
import { formatFte } from "@/lib/format";

// Numbers and dates: lib/format.ts.

/**
 * @deprecated Use formatFte from lib/format.ts. Kept only for the staff and assignment form
 * files, which the form rewrite replaces; remove with it.
 */
export const formatFteMilli = formatFte;

/** The later of ISO dates (they sort as strings). */
export function latestDay(...dates: IsoDate[]): IsoDate {
  return [...dates].sort().at(-1) ?? "";
}
