/**
 * Secondary suppression: whatever the counts, nothing under 5 can be worked out from what is shown.
 * Each table is checked exhaustively for every way up to 14 people (or more) can fall into it, by
 * listing every table that agrees with what is shown: a count under 5 must have more than one
 * possible value.
 */
import { SUPPRESS_BELOW, chronicTransitions } from '@kindred/shared';
import { describe, expect, it } from 'vitest';
import { cellsToHide, determined } from './disclosure.js';
import { areasToList, groupsToWithhold, protectCategories, protectChronic, type ShownChronic } from './secondary.js';

type Table = { stayedChronic: number; movedOut: number; movedIn: number; stayedNotChronic: number };

function transitionsOf(t: Table) {
  const pairs = [
    ...Array.from({ length: t.stayedChronic }, () => ({ before: true, after: true })),
    ...Array.from({ length: t.movedOut }, () => ({ before: true, after: false })),
    ...Array.from({ length: t.movedIn }, () => ({ before: false, after: true })),
    ...Array.from({ length: t.stayedNotChronic }, () => ({ before: false, after: false })),
  ];
  return chronicTransitions(pairs);
}

function* tables(n: number): Generator<Table> {
  for (let stayedChronic = 0; stayedChronic <= n; stayedChronic++)
    for (let movedOut = 0; movedOut <= n - stayedChronic; movedOut++)
      for (let movedIn = 0; movedIn <= n - stayedChronic - movedOut; movedIn++)
        yield { stayedChronic, movedOut, movedIn, stayedNotChronic: n - stayedChronic - movedOut - movedIn };
}

/** Every count a reader could be after, worked out from a table. */
function countsOf(t: Table) {
  return {
    ...t,
    chronicAtBaseline: t.stayedChronic + t.movedOut,
    chronicAtFollowUp: t.stayedChronic + t.movedIn,
    notChronicAtBaseline: t.movedIn + t.stayedNotChronic,
    notChronicAtFollowUp: t.movedOut + t.stayedNotChronic,
  };
}

function agrees(shown: ShownChronic, t: Table): boolean {
  const c = countsOf(t);
  return (
    (shown.chronicAtBaseline === null || shown.chronicAtBaseline === c.chronicAtBaseline) &&
    (shown.chronicAtFollowUp === null || shown.chronicAtFollowUp === c.chronicAtFollowUp) &&
    (shown.movedOut === null || shown.movedOut === c.movedOut) &&
    (shown.movedIn === null || shown.movedIn === c.movedIn)
  );
}

describe('chronic loneliness counts', () => {
  it('hide every count under 5 and, where one could be worked out, another, so that none can be', () => {
    let checked = 0;
    for (let n = 0; n <= 14; n++) {
      const all = [...tables(n)];
      for (const table of all) {
        const shown = protectChronic(transitionsOf(table));
        expect(shown.followUpN).toBe(n < SUPPRESS_BELOW ? null : n);
        const truth = countsOf(table);
        for (const [key, value] of Object.entries(shown)) {
          if (key !== 'followUpN' && value !== null) expect(value, `${key} shown though under 5`).toBeGreaterThanOrEqual(SUPPRESS_BELOW);
        }
        // A reader knows how many answered both times only when it is shown (5 or more).
        const candidates = n >= SUPPRESS_BELOW ? all : [...Array(SUPPRESS_BELOW).keys()].flatMap((m) => [...tables(m)]);
        const possible = candidates.filter((t) => agrees(shown, t)).map(countsOf);
        for (const [key, value] of Object.entries(truth) as Array<[keyof typeof truth, number]>) {
          if (value >= SUPPRESS_BELOW) continue;
          const values = new Set(possible.map((p) => p[key]));
          expect(values.size, `${key} = ${value} can be worked out from ${JSON.stringify(shown)} (table ${JSON.stringify(table)})`).toBeGreaterThan(1);
        }
        checked++;
      }
    }
    expect(checked).toBe(3060);
  });

  it('hide everything but the total when fewer than 5 answered both times', () => {
    expect(protectChronic(transitionsOf({ stayedChronic: 1, movedOut: 1, movedIn: 1, stayedNotChronic: 1 }))).toEqual({
      followUpN: null,
      chronicAtBaseline: null,
      chronicAtFollowUp: null,
      movedOut: null,
      movedIn: null,
    });
  });

  it('show everything when every cell of the table is 5 or more', () => {
    expect(protectChronic(transitionsOf({ stayedChronic: 5, movedOut: 6, movedIn: 7, stayedNotChronic: 8 }))).toEqual({
      followUpN: 26,
      chronicAtBaseline: 11,
      chronicAtFollowUp: 12,
      movedOut: 6,
      movedIn: 7,
    });
  });

  it('when only "moved in" is small, hide "moved out" with it rather than the margins', () => {
    // 20 people: 10 chronic at the start, 6 after; 6 moved out, 2 moved in (so 4 stayed chronic).
    // Moved in (2) is hidden; shown alone, moved out (6) and chronic at the start (10) would give
    // stayed chronic = 10 − 6 = 4, and then moved in = 6 − 4 = 2. Hiding moved out stops both.
    expect(protectChronic(transitionsOf({ stayedChronic: 4, movedOut: 6, movedIn: 2, stayedNotChronic: 8 }))).toEqual({
      followUpN: 20,
      chronicAtBaseline: 10,
      chronicAtFollowUp: 6,
      movedOut: null,
      movedIn: null,
    });
  });
});

/** Every way of splitting `total` people into `parts` groups. */
function* splits(total: number, parts: number): Generator<number[]> {
  if (parts === 1) {
    yield [total];
    return;
  }
  for (let first = 0; first <= total; first++) for (const rest of splits(total - first, parts - 1)) yield [first, ...rest];
}

/**
 * For every table of parts adding up to a total (shown when 5 or more), with the parts the function
 * under test shows: no protected part (under 5; a 0 only when `zeroTells`) has a single possible value
 * among the tables that agree with what is shown.
 */
function expectNoSmallPartKnowable(parts: number, upTo: number, zeroTells: boolean, shownParts: (values: number[]) => Array<number | null>) {
  for (let total = 0; total <= upTo; total++) {
    const all = [...splits(total, parts)];
    for (const values of all) {
      const shown = shownParts(values);
      shown.forEach((v, i) => {
        if (v !== null) expect(v).toBe(values[i]);
        if (v !== null) expect(v).toBeGreaterThanOrEqual(SUPPRESS_BELOW);
      });
      // A reader knows the total only when it is shown (5 or more); otherwise any total under 5 will do.
      const candidates = total >= SUPPRESS_BELOW ? all : [...Array(SUPPRESS_BELOW).keys()].flatMap((t) => [...splits(t, parts)]);
      const possible = candidates.filter((c) => shown.every((v, i) => v === null || v === c[i]));
      values.forEach((value, i) => {
        if (value < SUPPRESS_BELOW && (value > 0 || zeroTells)) {
          expect(new Set(possible.map((p) => p[i])).size, `part ${i} = ${value} of ${JSON.stringify(values)} from ${JSON.stringify(shown)}`).toBeGreaterThan(1);
        }
      });
    }
  }
}

describe('SWEMWBS change categories', () => {
  it('never let a category under 5 be worked out, for every split of up to 20 people', () => {
    expectNoSmallPartKnowable(3, 20, true, ([improved, worse, noChange]) => {
      const shown = protectCategories({ improved: improved!, worse: worse!, noChange: noChange! });
      return [shown.improved, shown.worse, shown.noChange];
    });
  });
  it('hide a second category when one is small, so it cannot be had by subtraction from the total', () => {
    // 3 worse, 9 improved, 6 no change (18 in all, shown with the SWEMWBS change): worse is hidden,
    // and no change (the smaller of the rest) with it; improved stays.
    expect(protectCategories({ improved: 9, worse: 3, noChange: 6 })).toEqual({ improved: 9, worse: null, noChange: null });
  });
  it('hide nothing when every category has 5 or more', () => {
    expect(protectCategories({ improved: 5, worse: 7, noChange: 6 })).toEqual({ improved: 5, worse: 7, noChange: 6 });
  });
  it('hide only the small ones when two are small already', () => {
    expect(protectCategories({ improved: 12, worse: 0, noChange: 4 })).toEqual({ improved: 12, worse: null, noChange: null });
  });
});

describe('districts listed on their own', () => {
  const listedFor = (values: number[]) => areasToList(values.map((n, i) => ({ key: `D${i}`, n })));
  it('are those with 5 or more, with the rest together none or 5 or more, for every split of up to 16 people among 4', () => {
    for (let total = 0; total <= 16; total++) {
      for (const values of splits(total, 4)) {
        const listed = listedFor(values);
        if (total < SUPPRESS_BELOW) {
          expect(listed.size).toBe(0); // and no row at all
          continue;
        }
        const rest = values.filter((_, i) => !listed.has(`D${i}`)).reduce((a, b) => a + b, 0);
        for (const key of listed) expect(values[Number(key.slice(1))]).toBeGreaterThanOrEqual(SUPPRESS_BELOW);
        expect(rest === 0 || rest >= SUPPRESS_BELOW, `${JSON.stringify(values)}: the rest (${rest}) is small`).toBe(true);
        // Listing is no loss where it is safe: every district of 5 or more is listed when the rest is none or 5 or more.
        const big = values.filter((n) => n >= SUPPRESS_BELOW);
        const small = total - big.reduce((a, b) => a + b, 0);
        if (small === 0 || small >= SUPPRESS_BELOW) expect(listed.size).toBe(big.length);
      }
    }
  });
  it('fold the smallest big district in with the rest when the rest is small', () => {
    // HX1 has 3, alone in the rest: with the whole (18) shown, 18 − 6 − 9 would give it away, so HX2 (6) joins it.
    expect(listedFor([3, 6, 9])).toEqual(new Set(['D2']));
    expect(listedFor([3, 2, 9])).toEqual(new Set(['D2']));
    expect(listedFor([0, 6, 9])).toEqual(new Set(['D1', 'D2']));
  });
  it('always count people whose postcode is not known in with the rest', () => {
    // 3 without a postcode: HX1 (6) joins them to make 9; HX7 (9) is listed.
    expect(areasToList([{ key: 'HX7', n: 9 }, { key: 'HX1', n: 6 }], 3)).toEqual(new Set(['HX7']));
    expect(areasToList([{ key: 'HX7', n: 9 }], 3)).toEqual(new Set());
  });
  it('list nothing when fewer than 5 were followed up', () => {
    expect(listedFor([4])).toEqual(new Set());
  });
});

describe('district means', () => {
  it('never let the mean of fewer than 5 be worked out, for every split of up to 15 people among 3 rows or 12 among 4', () => {
    // A row where nobody has the measure has no mean to give away.
    const shownFor = (values: number[]) => {
      const hide = groupsToWithhold(values.map((n, i) => ({ key: `D${i}`, n })));
      return values.map((n, i) => (hide.has(`D${i}`) ? null : n));
    };
    expectNoSmallPartKnowable(3, 15, false, shownFor);
    expectNoSmallPartKnowable(4, 12, false, shownFor);
  });
  it('withhold the smallest other row’s mean when only one is small', () => {
    // HX7 has 3 with UCLA scores both times: with the whole's mean over 18 shown, HX2's (6) would give it away.
    expect(groupsToWithhold([{ key: 'HX7', n: 3 }, { key: 'HX2', n: 6 }, { key: 'HX1', n: 9 }])).toEqual(new Set(['HX7', 'HX2']));
  });
  it('withhold only the small ones when two are small, and nothing when none is', () => {
    expect(groupsToWithhold([{ key: 'HX1', n: 3 }, { key: 'HX2', n: 1 }, { key: 'HX7', n: 9 }])).toEqual(new Set(['HX1', 'HX2']));
    expect(groupsToWithhold([{ key: 'HX1', n: 5 }, { key: 'HX7', n: 9 }])).toEqual(new Set());
  });
  it('withhold rows with nobody, which have nothing to show', () => {
    expect(groupsToWithhold([{ key: 'HX1', n: 0 }, { key: 'HX7', n: 9 }])).toEqual(new Set(['HX1']));
  });
});

describe('the rank test', () => {
  const cell = (id: string, value: number, shown = true, protect = value < 5) => ({ id, value, shown, protect });
  it('finds a hidden part pinned down by its total and the other parts', () => {
    const cells = [cell('total', 10), cell('a', 3), cell('b', 7)];
    expect(determined(cells, [{ total: 'total', parts: ['a', 'b'] }], new Set(['a']))).toEqual(['a']);
    expect(determined(cells, [{ total: 'total', parts: ['a', 'b'] }], new Set(['a', 'b']))).toEqual([]);
  });
  it('follows a chain of relations', () => {
    // total = a + b and b = c + d: hiding b as well as a is no use, as b = c + d gives a = total − c − d.
    // Hiding the total is what protects a.
    const cells = [cell('total', 20), cell('a', 3), cell('b', 17), cell('c', 10), cell('d', 7)];
    const relations = [{ total: 'total', parts: ['a', 'b'] }, { total: 'b', parts: ['c', 'd'] }];
    expect(determined(cells, relations, new Set(['a', 'b']))).toEqual(['a', 'b']);
    expect(determined(cells, relations, new Set(['a', 'total']))).toEqual([]);
    expect(cellsToHide(cells, relations)).toEqual(new Set(['a', 'total']));
  });
  it('rejects a relation naming a cell that does not exist', () => {
    expect(() => cellsToHide([cell('a', 1)], [{ total: 'a', parts: ['b'] }])).toThrow(/unknown cell: b/);
  });
});
