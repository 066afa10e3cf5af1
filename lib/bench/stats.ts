// Summary statistics of timing samples (milliseconds).

export type Summary = { samples: number; median: number; p95: number; min: number; max: number; mean: number };

/** The q-quantile by linear interpolation between closest ranks (q in [0, 1]). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (high - low) * (position - below);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.reduce((sum, value) => sum + value, 0) / (sorted.length || 1),
  };
}

/** Rounds for reports: 0.1 ms below 100 ms, whole milliseconds above. */
export function roundMs(value: number): number {
  if (!Number.isFinite(value)) return value;
  return value < 100 ? Math.round(value * 10) / 10 : Math.round(value);
}
