import { describe, expect, it } from 'vitest';
import { SWEMWBS_MEANINGFUL_CHANGE } from './meaningful-change.js';
import { canShowMean, SUPPRESS_BELOW, suppress } from './suppression.js';
import { chronicTransitions, swemwbsChangeCategory } from './transitions.js';

describe('small-number suppression', () => {
  it('hides counts under 5, zero included, and shows 5 and more', () => {
    expect(SUPPRESS_BELOW).toBe(5);
    expect([0, 1, 2, 3, 4].map(suppress)).toEqual([null, null, null, null, null]);
    expect([5, 6, 120].map(suppress)).toEqual([5, 6, 120]);
  });

  it('shows a mean only over 5 or more people', () => {
    expect([0, 1, 4].map(canShowMean)).toEqual([false, false, false]);
    expect([5, 30].map(canShowMean)).toEqual([true, true]);
  });
});

describe('moving in and out of chronic loneliness', () => {
  it('counts each kind of move', () => {
    const t = (before: boolean, after: boolean) => ({ before, after });
    expect(chronicTransitions([t(true, false), t(true, false), t(false, true), t(true, true), t(false, false), t(false, false), t(false, false)])).toEqual({
      n: 7,
      chronicBefore: 3,
      chronicAfter: 2,
      movedOut: 2,
      movedIn: 1,
      stayedChronic: 1,
      stayedNotChronic: 3,
    });
  });

  it('counts nothing for nobody', () => {
    expect(chronicTransitions([])).toEqual({ n: 0, chronicBefore: 0, chronicAfter: 0, movedOut: 0, movedIn: 0, stayedChronic: 0, stayedNotChronic: 0 });
  });
});

describe('meaningful change in SWEMWBS', () => {
  it('takes 3 metric points, the upper end of the individual-level range Warwick cites', () => {
    expect(SWEMWBS_MEANINGFUL_CHANGE).toBe(3);
  });

  it.each([
    [19.25, 22.35, 'IMPROVED'], // raw 21 → 25: +3.10
    [17.43, 20.43, 'IMPROVED'], // exactly +3, despite floating point
    [17.43, 20.42, 'NO_CHANGE'], // +2.99
    [19.25, 19.25, 'NO_CHANGE'],
    [22.35, 19.25, 'WORSE'], // −3.10
    [20.43, 17.43, 'WORSE'], // exactly −3
    [20.42, 17.43, 'NO_CHANGE'], // −2.99
    [7.0, 35.0, 'IMPROVED'],
    [35.0, 7.0, 'WORSE'],
  ] as const)('from %d to %d is %s', (before, after, category) => {
    expect(swemwbsChangeCategory(before, after)).toBe(category);
  });

  it('judges real scores: one more "often" on each of three statements is not enough at the middle of the scale', () => {
    // raw 21 → 24 is 19.25 → 21.54 (+2.29); raw 21 → 25 is +3.10.
    expect(swemwbsChangeCategory(19.25, 21.54)).toBe('NO_CHANGE');
    expect(swemwbsChangeCategory(19.25, 22.35)).toBe('IMPROVED');
  });
});
