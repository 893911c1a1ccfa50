import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairedChange } from './paired-change.js';

const pairsOf = (before: number[], after: number[]) => before.map((b, i) => ({ before: b, after: after[i]! }));

describe('paired mean change with its 95% confidence interval', () => {
  it('has no interval for fewer than two people', () => {
    expect(pairedChange([])).toBeNull();
    expect(pairedChange([{ before: 10, after: 20 }])).toBeNull();
  });

  it('n = 2, worked by hand: changes 2 and 4, mean 3, sd √2, se 1, t(0.975, 1) = 12.706', () => {
    const result = pairedChange(pairsOf([1, 2], [3, 6]))!;
    expect(result.n).toBe(2);
    expect(result.meanBefore).toBe(1.5);
    expect(result.meanAfter).toBe(4.5);
    expect(result.meanChange).toBe(3);
    expect(result.ci95[0]).toBeCloseTo(3 - 12.706, 2);
    expect(result.ci95[1]).toBeCloseTo(3 + 12.706, 2);
  });

  it('n = 5, worked by hand: changes 3, 1, 4, 1, 6, mean 3, variance 18/4, se √0.9, t(0.975, 4) = 2.776', () => {
    const result = pairedChange(pairsOf([10, 12, 14, 16, 18], [13, 13, 18, 17, 24]))!;
    expect(result).toMatchObject({ n: 5, meanBefore: 14, meanAfter: 17, meanChange: 3 });
    const halfWidth = 2.776 * Math.sqrt(0.9); // 2.6335
    expect(result.ci95[0]).toBeCloseTo(3 - halfWidth, 2);
    expect(result.ci95[1]).toBeCloseTo(3 + halfWidth, 2);
    expect(result.ci95[0]).toBeCloseTo(0.366, 2);
    expect(result.ci95[1]).toBeCloseTo(5.634, 2);
  });

  it('n = 30, worked by hand: fifteen changes of −1 and fifteen of −3, mean −2, variance 30/29, t(0.975, 29) = 2.045', () => {
    const before = Array.from({ length: 30 }, () => 20);
    const after = before.map((b, i) => b - (i % 2 === 0 ? 1 : 3));
    const result = pairedChange(pairsOf(before, after))!;
    expect(result).toMatchObject({ n: 30, meanBefore: 20, meanAfter: 18, meanChange: -2 });
    const halfWidth = 2.045 * Math.sqrt(30 / 29 / 30); // 0.37975
    expect(result.ci95[0]).toBeCloseTo(-2 - halfWidth, 3);
    expect(result.ci95[1]).toBeCloseTo(-2 + halfWidth, 3);
  });

  it.each([
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [5, 2.571],
    [9, 2.262],
    [10, 2.228],
    [19, 2.093],
    [29, 2.045],
    [60, 2.0],
    [120, 1.98],
  ])('uses t(0.975, %i) = %d from the published t table', (df, t) => {
    const n = df + 1;
    // Changes 0, 1, 2, … so the spread is known: sample variance of 0..n−1 is n(n+1)/12.
    const pairs = Array.from({ length: n }, (_, i) => ({ before: 50, after: 50 + i }));
    const result = pairedChange(pairs)!;
    const se = Math.sqrt((n * (n + 1)) / 12 / n);
    expect((result.ci95[1] - result.ci95[0]) / 2 / se).toBeCloseTo(t, 3);
    expect(result.meanChange).toBeCloseTo((n - 1) / 2, 10);
  });

  it('gives a zero-width interval when everyone changed by the same amount', () => {
    const result = pairedChange(pairsOf([10, 20, 30], [12, 22, 32]))!;
    expect(result.meanChange).toBe(2);
    expect(result.ci95).toEqual([2, 2]);
  });

  it('refuses values that are not finite numbers', () => {
    expect(() => pairedChange([{ before: 1, after: Number.NaN }, { before: 1, after: 2 }])).toThrow(RangeError);
    expect(() => pairedChange([{ before: Number.POSITIVE_INFINITY, after: 1 }])).toThrow(RangeError);
  });
});

describe('paired change, for any data', () => {
  const score = fc.integer({ min: 0, max: 70 });
  const pair = fc.record({ before: score, after: score });
  const pairs = fc.array(pair, { minLength: 2, maxLength: 60 });

  it('the interval contains the mean change and is symmetric about it', () => {
    fc.assert(
      fc.property(pairs, (data) => {
        const { meanChange, ci95 } = pairedChange(data)!;
        expect(ci95[0]).toBeLessThanOrEqual(meanChange + 1e-9);
        expect(ci95[1]).toBeGreaterThanOrEqual(meanChange - 1e-9);
        expect(meanChange - ci95[0]).toBeCloseTo(ci95[1] - meanChange, 9);
      }),
    );
  });

  it('the mean change is the mean after less the mean before', () => {
    fc.assert(
      fc.property(pairs, (data) => {
        const result = pairedChange(data)!;
        expect(result.n).toBe(data.length);
        expect(result.meanChange).toBeCloseTo(result.meanAfter - result.meanBefore, 9);
      }),
    );
  });

  it('swapping before and after mirrors the result', () => {
    fc.assert(
      fc.property(pairs, (data) => {
        const forward = pairedChange(data)!;
        const back = pairedChange(data.map(({ before, after }) => ({ before: after, after: before })))!;
        expect(back.meanChange).toBeCloseTo(-forward.meanChange, 9);
        expect(back.ci95[0]).toBeCloseTo(-forward.ci95[1], 9);
        expect(back.ci95[1]).toBeCloseTo(-forward.ci95[0], 9);
      }),
    );
  });

  it('everyone gaining k more moves the interval by k without changing its width', () => {
    fc.assert(
      fc.property(pairs, fc.integer({ min: -20, max: 20 }), (data, k) => {
        const base = pairedChange(data)!;
        const shifted = pairedChange(data.map((p) => ({ before: p.before, after: p.after + k })))!;
        expect(shifted.meanChange).toBeCloseTo(base.meanChange + k, 9);
        expect(shifted.ci95[0]).toBeCloseTo(base.ci95[0] + k, 9);
        expect(shifted.ci95[1]).toBeCloseTo(base.ci95[1] + k, 9);
      }),
    );
  });

  it('the interval narrows as more people with the same spread are measured', () => {
    const spread = pairs.filter((data) => new Set(data.map((p) => p.after - p.before)).size > 1);
    fc.assert(
      fc.property(spread, fc.integer({ min: 2, max: 5 }), (data, copies) => {
        const width = (d: typeof data) => {
          const { ci95 } = pairedChange(d)!;
          return ci95[1] - ci95[0];
        };
        const more = Array.from({ length: copies }, () => data).flat();
        expect(pairedChange(more)!.meanChange).toBeCloseTo(pairedChange(data)!.meanChange, 9);
        expect(width(more)).toBeLessThan(width(data));
      }),
    );
  });

  it('the order of the people does not matter', () => {
    fc.assert(
      fc.property(pairs, (data) => {
        const a = pairedChange(data)!;
        const b = pairedChange([...data].reverse())!;
        expect(b.meanChange).toBeCloseTo(a.meanChange, 9);
        expect(b.ci95[0]).toBeCloseTo(a.ci95[0], 9);
        expect(b.ci95[1]).toBeCloseTo(a.ci95[1], 9);
      }),
    );
  });
});
