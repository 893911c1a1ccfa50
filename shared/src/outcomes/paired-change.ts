import tQuantile from '@stdlib/stats-base-dists-t-quantile';

export type PairedChange = {
  n: number;
  meanBefore: number;
  meanAfter: number;
  /** Mean of (after − before), person by person. */
  meanChange: number;
  /** 95% confidence interval of the mean change: mean ± t(0.975, n − 1) × sd / √n. */
  ci95: [number, number];
};

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Paired mean change with its 95% confidence interval from Student's t with n − 1 degrees of freedom, as
 * Warwick advises for (S)WEMWBS and as suits any before/after measure on the same people. Null when n < 2,
 * because one pair has no spread to estimate uncertainty from. Whether a mean is shown at all is the report's
 * call (see SUPPRESS_BELOW).
 */
export function pairedChange(pairs: ReadonlyArray<{ before: number; after: number }>): PairedChange | null {
  for (const { before, after } of pairs) {
    if (!Number.isFinite(before) || !Number.isFinite(after)) throw new RangeError('Every before and after value must be a finite number.');
  }
  const n = pairs.length;
  if (n < 2) return null;
  const changes = pairs.map((p) => p.after - p.before);
  const meanChange = mean(changes);
  // Two passes: the deviations from the mean, so large values do not lose precision.
  const variance = changes.reduce((sum, c) => sum + (c - meanChange) ** 2, 0) / (n - 1);
  const halfWidth = tQuantile(0.975, n - 1) * Math.sqrt(variance / n);
  return {
    n,
    meanBefore: mean(pairs.map((p) => p.before)),
    meanAfter: mean(pairs.map((p) => p.after)),
    meanChange,
    ci95: [meanChange - halfWidth, meanChange + halfWidth],
  };
}
