/**
 * Counts under this are shown as "fewer than 5", and means need at least this many people, so that no one
 * can be picked out of a small scheme's report. Five is the threshold common in UK official statistics
 * disclosure control (e.g. NHS England's and ONS's practice of suppressing counts of 1 to 4).
 */
export const SUPPRESS_BELOW = 5;

/** The count, or null when it is under SUPPRESS_BELOW (zero included: with a total it can give away the rest). */
export function suppress(count: number): number | null {
  return count < SUPPRESS_BELOW ? null : count;
}

/** Whether a mean over n people may be shown. */
export function canShowMean(n: number): boolean {
  return n >= SUPPRESS_BELOW;
}
