import type { IsoDate } from "@/lib/coverage/types";

type Range = { validFrom: IsoDate; validUntil: IsoDate | null };

/**
 * What the sentence above the timeline says: one assignment is described by its own dates
 * (not by the axis, which runs a little past them); several by the axis they share.
 */
export function timelineHint(
  assignments: readonly Range[],
  axis: { start: IsoDate; end: IsoDate },
  withEmployment: boolean,
): { shape: "one" | "open" | "many"; from: IsoDate; until: IsoDate | null; employment: "yes" | "no" } {
  const employment = withEmployment ? "yes" : "no";
  const [only] = assignments;
  if (assignments.length === 1 && only) {
    return { shape: only.validUntil ? "one" : "open", from: only.validFrom, until: only.validUntil, employment };
  }
  return { shape: "many", from: axis.start, until: axis.end, employment };
}
