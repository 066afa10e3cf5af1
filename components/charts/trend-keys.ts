import type { IsoDate } from "@/lib/coverage/types";

/** 2017-11-01 → "11/2017": the chart's axis and tooltip label. */
export const monthLabel = (date: IsoDate) => `${date.slice(5, 7)}/${date.slice(0, 4)}`;

/** The month the key date falls in: the last point on or before it; -1 before the first. */
export function keyDateIndex(points: readonly { date: IsoDate }[], keyDate: IsoDate): number {
  let found = -1;
  for (const [index, point] of points.entries()) {
    if (point.date <= keyDate) found = index;
    else break;
  }
  return found;
}

/** Where a key press moves the chart's month; null for keys the chart does not handle. */
export function stepIndex(key: string, from: number, length: number): number | null {
  if (length === 0) return null;
  const start = Math.max(from, 0);
  switch (key) {
    case "ArrowRight":
      return Math.min(start + 1, length - 1);
    case "ArrowLeft":
      return Math.max(start - 1, 0);
    case "Home":
      return 0;
    case "End":
      return length - 1;
    default:
      return null;
  }
}
