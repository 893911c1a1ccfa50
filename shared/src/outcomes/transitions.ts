import { SWEMWBS_MEANINGFUL_CHANGE } from './meaningful-change.js';

export type ChronicTransitions = {
  n: number;
  chronicBefore: number;
  chronicAfter: number;
  /** Chronic before, not after. */
  movedOut: number;
  /** Not chronic before, chronic after. */
  movedIn: number;
  stayedChronic: number;
  stayedNotChronic: number;
};

/** How people moved in and out of chronic loneliness (ONS "often/always") between two check-ins. */
export function chronicTransitions(pairs: ReadonlyArray<{ before: boolean; after: boolean }>): ChronicTransitions {
  const count = (test: (p: { before: boolean; after: boolean }) => boolean) => pairs.filter(test).length;
  return {
    n: pairs.length,
    chronicBefore: count((p) => p.before),
    chronicAfter: count((p) => p.after),
    movedOut: count((p) => p.before && !p.after),
    movedIn: count((p) => !p.before && p.after),
    stayedChronic: count((p) => p.before && p.after),
    stayedNotChronic: count((p) => !p.before && !p.after),
  };
}

export type SwemwbsChange = 'IMPROVED' | 'WORSE' | 'NO_CHANGE';

/** One person's SWEMWBS change (metric scores), judged by SWEMWBS_MEANINGFUL_CHANGE. */
export function swemwbsChangeCategory(beforeMetric: number, afterMetric: number): SwemwbsChange {
  // Metric scores have two decimals; rounding the difference keeps 17.43 − 14.43 from falling just short of 3.
  const change = Math.round((afterMetric - beforeMetric) * 100) / 100;
  if (change >= SWEMWBS_MEANINGFUL_CHANGE) return 'IMPROVED';
  if (change <= -SWEMWBS_MEANINGFUL_CHANGE) return 'WORSE';
  return 'NO_CHANGE';
}
