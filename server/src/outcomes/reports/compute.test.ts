/**
 * The outcome report's figures against small data sets worked out by hand. Critical values of t
 * (two-sided 95%) from the published table: df 5 → 2.571, df 6 → 2.447, df 8 → 2.306.
 */
import { describe, expect, it } from 'vitest';
import { computeOutcomeReport, type MeasureChangeFigures, type OutcomeFigures, type PersonOutcome } from './compute.js';
import type { StoredResponse } from './measures.js';

/** Values spread over `items` answers between lo and hi that add up to `total`. */
function spread(total: number, items: number, lo: number, hi: number): number[] {
  const values = Array.from({ length: items }, () => lo);
  let rest = total - lo * items;
  for (let i = 0; i < items; i++) {
    const add = Math.min(hi - lo, rest);
    values[i]! += add;
    rest -= add;
  }
  if (rest !== 0) throw new Error(`${total} cannot be made from ${items} answers of ${lo}–${hi}`);
  return values;
}

const answers = (ids: readonly string[], values: ReadonlyArray<number | null>) => Object.fromEntries(ids.map((id, i) => [id, values[i] ?? null]));
const UCLA_ITEMS = ['LACK_COMPANIONSHIP', 'LEFT_OUT', 'ISOLATED'];
const CEL_ITEMS = ['CONTENT_WITH_RELATIONSHIPS', 'ENOUGH_PEOPLE_FOR_HELP', 'RELATIONSHIPS_SATISFYING'];
const SWEMWBS_ITEMS = ['OPTIMISTIC', 'USEFUL', 'RELAXED', 'DEALING_WITH_PROBLEMS', 'THINKING_CLEARLY', 'CLOSE_TO_OTHERS', 'OWN_MIND'];
const ONS4_ITEMS = ['LIFE_SATISFACTION', 'WORTHWHILE', 'HAPPINESS', 'ANXIETY'];

/** A check-in's answers giving these scores; null = one question of it skipped. */
type Scores = { ons?: number | null; ucla?: number | null; cel?: number | null; swemwbsRaw?: number | null; ons4?: Array<number | null> };

function checkIn(s: Scores): StoredResponse[] {
  const out: StoredResponse[] = [];
  if (s.ons !== undefined) out.push({ instrument: 'ONS_LONELINESS', answers: { HOW_OFTEN: s.ons } });
  if (s.ucla !== undefined) out.push({ instrument: 'UCLA3', answers: answers(UCLA_ITEMS, s.ucla === null ? [1, 1, null] : spread(s.ucla, 3, 1, 3)) });
  if (s.cel !== undefined) out.push({ instrument: 'CEL', answers: answers(CEL_ITEMS, s.cel === null ? [null, 1, 1] : spread(s.cel, 3, 0, 4)) });
  if (s.swemwbsRaw !== undefined) {
    out.push({ instrument: 'SWEMWBS', answers: answers(SWEMWBS_ITEMS, s.swemwbsRaw === null ? [3, 3, 3, 3, 3, 3, null] : spread(s.swemwbsRaw, 7, 1, 5)) });
  }
  if (s.ons4 !== undefined) out.push({ instrument: 'ONS4', answers: answers(ONS4_ITEMS, s.ons4) });
  return out;
}

let sequence = 0;
function person(area: string | null, before: Scores, after: Scores | null): PersonOutcome {
  sequence += 1;
  return { seekerId: `seeker-${sequence}-0d8e6c1a`, area, baseline: checkIn(before), followUp: after ? checkIn(after) : null };
}

const change = (report: OutcomeFigures, id: string): MeasureChangeFigures => report.changes.find((c) => c.measure === id)!;

/*
 * The main data set: seven people answered at the start and after 3 months, two only at the start.
 *        ONS   UCLA3  CEL    SWEMWBS raw (metric)          ONS4 life sat., worthwhile, happy, anxious
 * p1 HX7 5→3   9→7    10→8   14 (15.32) → 20 (18.59) +3.27  3,4,3,7 → 5,5,6,5
 * p2 HX7 5→5   8→6    9→9    18 (17.43) → 18 (17.43)  0     4,4,4,6 → 4,5,4,6
 * p3 HX7 4→4   7→7    8→6    20 (18.59) → 17 (16.88) −1.71  5,6,5,5 → 6,6,6,4
 * p4 HX1 5→2   9→5    12→6   12 (14.08) → 23 (20.73) +6.65  2,3,2,8 → 6,7,6,3
 * p5 HX1 3→4   6→5    7→7    22 (19.98) → 19 (17.98) −2.00  6,6,6,4 → 6,6,7,4
 * p6 HX1 2→5   8→7    8→9    25 (22.35) → 21 (19.25) −3.10  6,7,6,3 → 5,6,5,5
 * p9 —   4→3   8→skip 6→6    21 (19.25) → 21 (19.25)  0     5,5,5,5 → 5,5,5,skip
 * p7, p8 (HX7): ONS 5, UCLA 9, CEL 12, SWEMWBS 10, ONS4 1,1,1,9 at the start; no follow-up.
 */
const MAIN: PersonOutcome[] = [
  person('HX7', { ons: 5, ucla: 9, cel: 10, swemwbsRaw: 14, ons4: [3, 4, 3, 7] }, { ons: 3, ucla: 7, cel: 8, swemwbsRaw: 20, ons4: [5, 5, 6, 5] }),
  person('HX7', { ons: 5, ucla: 8, cel: 9, swemwbsRaw: 18, ons4: [4, 4, 4, 6] }, { ons: 5, ucla: 6, cel: 9, swemwbsRaw: 18, ons4: [4, 5, 4, 6] }),
  person('HX7', { ons: 4, ucla: 7, cel: 8, swemwbsRaw: 20, ons4: [5, 6, 5, 5] }, { ons: 4, ucla: 7, cel: 6, swemwbsRaw: 17, ons4: [6, 6, 6, 4] }),
  person('HX1', { ons: 5, ucla: 9, cel: 12, swemwbsRaw: 12, ons4: [2, 3, 2, 8] }, { ons: 2, ucla: 5, cel: 6, swemwbsRaw: 23, ons4: [6, 7, 6, 3] }),
  person('HX1', { ons: 3, ucla: 6, cel: 7, swemwbsRaw: 22, ons4: [6, 6, 6, 4] }, { ons: 4, ucla: 5, cel: 7, swemwbsRaw: 19, ons4: [6, 6, 7, 4] }),
  person('HX1', { ons: 2, ucla: 8, cel: 8, swemwbsRaw: 25, ons4: [6, 7, 6, 3] }, { ons: 5, ucla: 7, cel: 9, swemwbsRaw: 21, ons4: [5, 6, 5, 5] }),
  person('HX7', { ons: 5, ucla: 9, cel: 12, swemwbsRaw: 10, ons4: [1, 1, 1, 9] }, null),
  person('HX7', { ons: 5, ucla: 9, cel: 12, swemwbsRaw: 10, ons4: [1, 1, 1, 9] }, null),
  person(null, { ons: 4, ucla: 8, cel: 6, swemwbsRaw: 21, ons4: [5, 5, 5, 5] }, { ons: 3, ucla: null, cel: 6, swemwbsRaw: 21, ons4: [5, 5, 5, null] }),
];

describe('the main data set', () => {
  const report = computeOutcomeReport(MAIN);

  it('counts the people measured at the start and at the follow-up', () => {
    expect(report.measuredAtBaseline).toBe(9);
    expect(report.measuredAtFollowUp).toBe(7);
  });

  it('gives the UCLA 3-item change as the paired mean with its 95% confidence interval', () => {
    // Changes (after − before): −2, −2, 0, −4, −1, −1 (p9 skipped a UCLA question at the follow-up, so is left out).
    // n = 6, mean = −10/6 = −1.667; before 47/6 = 7.833, after 37/6 = 6.167.
    // Deviations from the mean: −1/3, −1/3, 5/3, −7/3, 2/3, 2/3; squares add up to 84/9 = 9.333.
    // sd = √(9.333/5) = 1.3663; standard error = 1.3663/√6 = 0.5578; t(0.975, 5) = 2.571.
    // Half-width 2.571 × 0.5578 = 1.434: CI −3.100 to −0.233.
    const ucla = change(report, 'UCLA3');
    expect(ucla).toMatchObject({ n: 6, suppressed: false, betterWhen: 'lower' });
    expect(ucla.meanBefore).toBeCloseTo(7.8333, 4);
    expect(ucla.meanAfter).toBeCloseTo(6.1667, 4);
    expect(ucla.meanChange).toBeCloseTo(-1.6667, 4);
    expect(ucla.ciLow).toBeCloseTo(-3.1005, 3);
    expect(ucla.ciHigh).toBeCloseTo(-0.2329, 3);
  });

  it.each([
    // measure, n, before, after, change, ci low, ci high, better when. Worked out as for UCLA above:
    // ONS: changes −2, 0, 0, −3, +1, +3, −1 (sum −2, squares about the mean 23.43): sd 1.976, t(6) 2.447, half-width 1.828.
    ['ONS_LONELINESS', 7, 4.0, 3.7143, -0.2857, -2.1132, 1.5418, 'lower'],
    // CEL: changes −2, 0, −2, −6, 0, +1, 0 (sum −9, squares 33.43): sd 2.360, half-width 2.183.
    ['CEL', 7, 8.5714, 7.2857, -1.2857, -3.4687, 0.8973, 'lower'],
    // SWEMWBS metric: changes +3.27, 0, −1.71, +6.65, −2.00, −3.10, 0 (sum 3.11, squares 70.07): sd 3.417, half-width 3.161.
    ['SWEMWBS', 7, 18.1429, 18.5871, 0.4443, -2.7162, 3.6047, 'higher'],
    // Life satisfaction: +2, 0, +1, +4, 0, −1, 0 (sum 6, squares 16.86): sd 1.676, half-width 1.550.
    ['ONS4_LIFE_SATISFACTION', 7, 4.4286, 5.2857, 0.8571, -0.693, 2.4073, 'higher'],
    // Worthwhile: +1, +1, 0, +4, 0, −1, 0 (sum 5, squares 15.43): sd 1.604, half-width 1.483.
    ['ONS4_WORTHWHILE', 7, 5.0, 5.7143, 0.7143, -0.7688, 2.1973, 'higher'],
    // Happiness: +3, 0, +1, +4, +1, −1, 0 (sum 8, squares 18.86): sd 1.773, half-width 1.640.
    ['ONS4_HAPPINESS', 7, 4.4286, 5.5714, 1.1429, -0.4967, 2.7824, 'higher'],
    // Anxiety (p9 skipped it at the follow-up): −2, 0, −1, −5, 0, +2 (sum −6, squares 28): sd 2.366, t(5) 2.571, half-width 2.483.
    ['ONS4_ANXIETY', 6, 5.5, 4.5, -1.0, -3.4834, 1.4834, 'lower'],
  ] as const)('gives %s with its interval', (id, n, before, after, mean, low, high, better) => {
    const figures = change(report, id);
    expect(figures).toMatchObject({ n, suppressed: false, betterWhen: better });
    expect(figures.meanBefore).toBeCloseTo(before, 3);
    expect(figures.meanAfter).toBeCloseTo(after, 3);
    expect(figures.meanChange).toBeCloseTo(mean, 3);
    expect(figures.ciLow).toBeCloseTo(low, 2);
    expect(figures.ciHigh).toBeCloseTo(high, 2);
  });

  it('lists every measure once, in the order the check-in asks them', () => {
    expect(report.changes.map((c) => c.measure)).toEqual([
      'ONS_LONELINESS',
      'UCLA3',
      'CEL',
      'SWEMWBS',
      'ONS4_LIFE_SATISFACTION',
      'ONS4_WORTHWHILE',
      'ONS4_HAPPINESS',
      'ONS4_ANXIETY',
    ]);
  });

  it('uses the SWEMWBS metric score from Warwick’s table, not the raw total', () => {
    // Raw totals at the start average (14 + 18 + 20 + 12 + 22 + 25 + 21)/7 = 18.857; the metric scores 18.143.
    expect(change(report, 'SWEMWBS').meanBefore).toBeCloseTo(18.1429, 4);
  });

  it('gives chronic loneliness among the 7 who answered the ONS question both times, hiding the small counts', () => {
    // All 9 answered it at the start. Of the 7: chronic at the start p1, p2, p4 (3); after p2, p6 (2);
    // moved out p1, p4 (2); moved in p6 (1). All under 5.
    expect(report.chronic).toEqual({
      baselineN: 9,
      followUpN: 7,
      chronicAtBaseline: null,
      chronicAtFollowUp: null,
      movedOut: null,
      movedIn: null,
      suppressed: true,
    });
  });

  it('hides SWEMWBS change categories under 5 (2 improved, 1 worse, 4 no change)', () => {
    expect(report.swemwbs).toEqual({ improved: null, worse: null, noChange: null, suppressed: true });
  });

  it('lists no district, as none has 5 people followed up (HX7 3, HX1 3, postcode unknown 1)', () => {
    expect(report.byArea).toEqual([]);
  });

  it('names no one and gives no one’s id', () => {
    const text = JSON.stringify(report);
    for (const p of MAIN) expect(text).not.toContain(p.seekerId);
  });
});

describe('small numbers', () => {
  it('withholds the means and the count when fewer than 5 have a measure both times', () => {
    const four = [7, 8, 9, 6].map((ucla) => person('HX7', { ucla }, { ucla: ucla - 1 }));
    const report = computeOutcomeReport(four);
    expect(report.measuredAtBaseline).toBeNull();
    expect(report.measuredAtFollowUp).toBeNull();
    expect(change(report, 'UCLA3')).toEqual({
      measure: 'UCLA3',
      label: 'UCLA 3-item loneliness score (3 to 9)',
      n: null,
      suppressed: true,
      meanBefore: null,
      meanAfter: null,
      meanChange: null,
      ciLow: null,
      ciHigh: null,
      betterWhen: 'lower',
    });
  });

  it('shows the means from 5 people on (UCLA 9→8, 8→8, 7→5, 9→7, 6→6)', () => {
    // Changes −1, 0, −2, −2, 0: mean −1; squares about it 0 + 1 + 1 + 1 + 1 = 4; sd = √(4/4) = 1;
    // se = 1/√5 = 0.4472; t(0.975, 4) = 2.776; half-width 1.2417: CI −2.2417 to 0.2417.
    const five = [
      [9, 8],
      [8, 8],
      [7, 5],
      [9, 7],
      [6, 6],
    ].map(([before, after]) => person('HX7', { ucla: before! }, { ucla: after! }));
    const ucla = change(computeOutcomeReport(five), 'UCLA3');
    expect(ucla.n).toBe(5);
    expect(ucla.meanChange).toBeCloseTo(-1, 6);
    expect(ucla.ciLow).toBeCloseTo(-2.2417, 3);
    expect(ucla.ciHigh).toBeCloseTo(0.2417, 3);
  });

  it('hides a second chronic count when one small count could be had by subtraction', () => {
    // 20 people: 4 stayed chronic (ONS 5→5), 6 moved out (5→2), 2 moved in (2→5), 8 stayed out (2→2).
    // Chronic at the start 10, after 6. Moved in (2) is hidden; moved out (6) too, else 10 − 6 = 4 stayed
    // chronic and 6 − 4 = 2 moved in.
    const people = [
      ...Array.from({ length: 4 }, () => person('HX7', { ons: 5 }, { ons: 5 })),
      ...Array.from({ length: 6 }, () => person('HX7', { ons: 5 }, { ons: 2 })),
      ...Array.from({ length: 2 }, () => person('HX7', { ons: 2 }, { ons: 5 })),
      ...Array.from({ length: 8 }, () => person('HX7', { ons: 2 }, { ons: 2 })),
    ];
    expect(computeOutcomeReport(people).chronic).toEqual({
      baselineN: 20,
      followUpN: 20,
      chronicAtBaseline: 10,
      chronicAtFollowUp: 6,
      movedOut: null,
      movedIn: null,
      suppressed: true,
    });
  });

  it('shows every chronic count when all are 5 or more, counting people with no follow-up at the start only', () => {
    const people = [
      ...Array.from({ length: 5 }, () => person('HX7', { ons: 5 }, { ons: 5 })),
      ...Array.from({ length: 6 }, () => person('HX7', { ons: 5 }, { ons: 3 })),
      ...Array.from({ length: 7 }, () => person('HX7', { ons: 1 }, { ons: 5 })),
      ...Array.from({ length: 8 }, () => person('HX7', { ons: 1 }, { ons: 1 })),
      ...Array.from({ length: 3 }, () => person('HX7', { ons: 5 }, null)),
    ];
    expect(computeOutcomeReport(people).chronic).toEqual({
      baselineN: 29,
      followUpN: 26,
      chronicAtBaseline: 11,
      chronicAtFollowUp: 12,
      movedOut: 6,
      movedIn: 7,
      suppressed: false,
    });
  });

  it('counts a SWEMWBS change of 3 or more as meaningful, and hides a second category when one is small', () => {
    // 9 improved (raw 14 → 20: metric 15.32 → 18.59, +3.27), 3 worse (20 → 14: −3.27), 8 no change (20 → 19: −0.61).
    // Worse (3) is hidden; no change (8, smaller than 9) too, so that 20 − 9 does not give worse away.
    const people = [
      ...Array.from({ length: 9 }, () => person('HX7', { swemwbsRaw: 14 }, { swemwbsRaw: 20 })),
      ...Array.from({ length: 3 }, () => person('HX7', { swemwbsRaw: 20 }, { swemwbsRaw: 14 })),
      ...Array.from({ length: 8 }, () => person('HX7', { swemwbsRaw: 20 }, { swemwbsRaw: 19 })),
    ];
    const report = computeOutcomeReport(people);
    expect(report.swemwbs).toEqual({ improved: 9, worse: null, noChange: null, suppressed: true });
    expect(change(report, 'SWEMWBS').n).toBe(20);
  });

  it('judges each person’s SWEMWBS change against the 3-point threshold', () => {
    // Raw 18 → 22 is metric 17.43 → 19.98, +2.55: no change. 16 → 22 is 16.36 → 19.98, +3.62: improved.
    const people = [
      ...Array.from({ length: 5 }, () => person('HX7', { swemwbsRaw: 18 }, { swemwbsRaw: 22 })),
      ...Array.from({ length: 5 }, () => person('HX7', { swemwbsRaw: 16 }, { swemwbsRaw: 22 })),
      ...Array.from({ length: 5 }, () => person('HX7', { swemwbsRaw: 26 }, { swemwbsRaw: 22 })),
    ];
    // 26 → 22: 23.21 → 19.98 is −3.23, worse.
    expect(computeOutcomeReport(people).swemwbs).toEqual({ improved: 5, worse: 5, noChange: 5, suppressed: false });
  });
});

describe('districts', () => {
  // HX7: 9 people, UCLA 9 → 8 each, but only 3 answered every SWEMWBS question both times.
  // HX1: 6 people, UCLA 8 → 6 each, SWEMWBS 14 → 20. HX2: 3 people and 1 without a postcode,
  // UCLA 7 → 5, SWEMWBS 14 → 20.
  const people = [
    ...Array.from({ length: 3 }, () => person('HX7', { ucla: 9, swemwbsRaw: 14 }, { ucla: 8, swemwbsRaw: 20 })),
    ...Array.from({ length: 6 }, () => person('HX7', { ucla: 9, swemwbsRaw: 14 }, { ucla: 8, swemwbsRaw: null })),
    ...Array.from({ length: 6 }, () => person('HX1', { ucla: 8, swemwbsRaw: 14 }, { ucla: 6, swemwbsRaw: 20 })),
    ...Array.from({ length: 3 }, () => person('HX2', { ucla: 7, swemwbsRaw: 14 }, { ucla: 5, swemwbsRaw: 20 })),
    person(null, { ucla: 7, swemwbsRaw: 14 }, { ucla: 5, swemwbsRaw: 20 }),
    person('HX2', { ucla: 7 }, null),
  ];
  const report = computeOutcomeReport(people);

  it('lists districts of 5 or more, folding the smallest in with the rest when the rest would be under 5', () => {
    // HX2 (3) and the unknown postcode (1) make 4: under 5, so HX1 (6) joins them: 10.
    expect(report.byArea.map((a) => [a.area, a.measuredAtFollowUp])).toEqual([
      ['HX7', 9],
      [null, 10],
    ]);
    expect(report.measuredAtFollowUp).toBe(19);
  });

  it('gives each row’s UCLA change', () => {
    const [hx7, rest] = report.byArea.map((a) => a.changes.find((c) => c.measure === 'UCLA3')!);
    expect(hx7).toMatchObject({ n: 9, meanBefore: 9, meanAfter: 8, meanChange: -1, ciLow: -1, ciHigh: -1, suppressed: false });
    expect(rest).toMatchObject({ n: 10, meanChange: -2, suppressed: false });
    // The whole: (9 × −1 + 10 × −2)/19.
    expect(change(report, 'UCLA3').meanChange).toBeCloseTo(-29 / 19, 10);
  });

  it('withholds a row’s SWEMWBS mean when too few have it, and the other row’s, which would give it away', () => {
    // HX7 has 3 with SWEMWBS both times: withheld. The rest (10) is withheld too, as the whole (13) is shown.
    const [hx7, rest] = report.byArea.map((a) => a.changes.find((c) => c.measure === 'SWEMWBS')!);
    expect(hx7).toMatchObject({ n: null, suppressed: true, meanChange: null, ciLow: null });
    expect(rest).toMatchObject({ n: 10, suppressed: true, meanChange: null, ciLow: null });
    expect(change(report, 'SWEMWBS')).toMatchObject({ n: 13, suppressed: false });
    expect(report.byArea.every((a) => a.suppressed)).toBe(true);
  });
});

describe('answers that cannot be scored', () => {
  it('count as not answered, without failing the report', () => {
    const strange: PersonOutcome[] = Array.from({ length: 5 }, () => ({
      seekerId: 'x',
      area: 'HX7',
      baseline: [
        { instrument: 'UCLA3', answers: { LACK_COMPANIONSHIP: 7, LEFT_OUT: 1, ISOLATED: 1 } },
        { instrument: 'NOT_AN_INSTRUMENT', answers: { A: 1 } },
        ...checkIn({ cel: 6 }),
      ],
      followUp: checkIn({ ucla: 5, cel: 4 }),
    }));
    const report = computeOutcomeReport(strange);
    expect(change(report, 'UCLA3')).toMatchObject({ n: null, suppressed: true });
    expect(change(report, 'CEL')).toMatchObject({ n: 5, meanChange: -2 });
  });
});
