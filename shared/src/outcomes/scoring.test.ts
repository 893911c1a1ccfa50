import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, swemwbsMetric } from './instruments/index.js';
import { ScoringError } from './scoring-error.js';
import { scoreIfComplete, scoreInstrument } from './scoring.js';
import type { Answers, InstrumentId } from './types.js';

/** Answers in question order. */
const answers = (id: InstrumentId, values: ReadonlyArray<number | null>): Answers =>
  Object.fromEntries(INSTRUMENTS[id].items.map((item, i) => [item.id, values[i] ?? null]));

/** Every combination of every item's options, as value arrays. */
function* everyAnswer(id: InstrumentId): Generator<number[]> {
  const choices = INSTRUMENTS[id].items.map((item) => item.options.map((o) => o.value));
  const walk = function* (index: number, chosen: number[]): Generator<number[]> {
    if (index === choices.length) return yield [...chosen];
    for (const value of choices[index]!) yield* walk(index + 1, [...chosen, value]);
  };
  yield* walk(0, []);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Warwick's SWEMWBS conversion table, typed out again from the published table rather than imported. */
const WARWICK_TABLE: Record<number, number> = {
  7: 7.0, 8: 9.51, 9: 11.25, 10: 12.4, 11: 13.33, 12: 14.08, 13: 14.75, 14: 15.32, 15: 15.84, 16: 16.36,
  17: 16.88, 18: 17.43, 19: 17.98, 20: 18.59, 21: 19.25, 22: 19.98, 23: 20.73, 24: 21.54, 25: 22.35,
  26: 23.21, 27: 24.11, 28: 25.03, 29: 26.02, 30: 27.03, 31: 28.13, 32: 29.31, 33: 30.7, 34: 32.55, 35: 35.0,
};

/** Catches the ScoringError a call throws. */
function problemsOf(run: () => unknown): ScoringError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ScoringError);
    return error as ScoringError;
  }
  throw new Error('expected a ScoringError');
}

describe('ONS direct question', () => {
  it.each([
    [5, 'Often/always', true],
    [4, 'Some of the time', false],
    [3, 'Occasionally', false],
    [2, 'Hardly ever', false],
    [1, 'Never', false],
  ])('answer %i (%s) is chronic loneliness: %s', (value, label, chronic) => {
    expect(scoreInstrument('ONS_LONELINESS', { HOW_OFTEN: value })).toEqual({ instrument: 'ONS_LONELINESS', value, label, chronic });
  });
});

describe('UCLA 3-item scale', () => {
  it('scores all 27 possible answers as the sum of the items, 3 to 9', () => {
    const reached = new Set<number>();
    let count = 0;
    for (const values of everyAnswer('UCLA3')) {
      const score = scoreInstrument('UCLA3', answers('UCLA3', values));
      expect(score).toEqual({ instrument: 'UCLA3', total: sum(values) });
      reached.add(sum(values));
      count += 1;
    }
    expect(count).toBe(27);
    expect([...reached].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('gives 3 when every answer is "hardly ever or never" and 9 when every answer is "often"', () => {
    expect(scoreInstrument('UCLA3', answers('UCLA3', [1, 1, 1]))).toEqual({ instrument: 'UCLA3', total: 3 });
    expect(scoreInstrument('UCLA3', answers('UCLA3', [3, 3, 3]))).toEqual({ instrument: 'UCLA3', total: 9 });
  });
});

describe('Campaign to End Loneliness Measurement Tool', () => {
  it('scores all 125 possible answers as the sum of the items, 0 to 12', () => {
    const reached = new Set<number>();
    let count = 0;
    for (const values of everyAnswer('CEL')) {
      expect(scoreInstrument('CEL', answers('CEL', values))).toEqual({ instrument: 'CEL', total: sum(values) });
      reached.add(sum(values));
      count += 1;
    }
    expect(count).toBe(125);
    expect([...reached].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('scores agreement as less lonely: strongly agreeing with all three is 0, strongly disagreeing is 12', () => {
    const byLabel = (label: string) => Object.fromEntries(INSTRUMENTS.CEL.items.map((item) => [item.id, item.options.find((o) => o.label === label)!.value]));
    expect(scoreInstrument('CEL', byLabel('Strongly agree'))).toEqual({ instrument: 'CEL', total: 0 });
    expect(scoreInstrument('CEL', byLabel('Agree'))).toEqual({ instrument: 'CEL', total: 3 });
    expect(scoreInstrument('CEL', byLabel('Neutral'))).toEqual({ instrument: 'CEL', total: 6 });
    expect(scoreInstrument('CEL', byLabel('Disagree'))).toEqual({ instrument: 'CEL', total: 9 });
    expect(scoreInstrument('CEL', byLabel('Strongly disagree'))).toEqual({ instrument: 'CEL', total: 12 });
  });
});

describe('SWEMWBS', () => {
  it('converts every raw total 7 to 35 with Warwick’s table', () => {
    for (let raw = 7; raw <= 35; raw += 1) expect(swemwbsMetric(raw)).toBe(WARWICK_TABLE[raw]);
    expect(Object.keys(WARWICK_TABLE)).toHaveLength(29);
  });

  it('scores all 78,125 possible answers: the raw total and its metric score from the table', () => {
    const reached = new Set<number>();
    let count = 0;
    for (const values of everyAnswer('SWEMWBS')) {
      const raw = sum(values);
      const score = scoreInstrument('SWEMWBS', answers('SWEMWBS', values));
      if (score.instrument !== 'SWEMWBS' || score.raw !== raw || score.metric !== WARWICK_TABLE[raw]) {
        expect(score).toEqual({ instrument: 'SWEMWBS', raw, metric: WARWICK_TABLE[raw] });
      }
      reached.add(raw);
      count += 1;
    }
    expect(count).toBe(5 ** 7);
    expect(reached.size).toBe(29);
  });

  it('has no metric score for a raw total outside 7 to 35 or not whole', () => {
    for (const raw of [0, 6, 36, 20.5, Number.NaN]) expect(() => swemwbsMetric(raw)).toThrow(RangeError);
  });

  it('never prorates: six of seven answers cannot be scored, however high they are', () => {
    const error = problemsOf(() => scoreInstrument('SWEMWBS', answers('SWEMWBS', [5, 5, 5, 5, 5, 5, null])));
    expect(error.problems).toEqual([
      {
        item: 'OWN_MIND',
        message:
          "\"I've been able to make up my own mind about things\" was skipped, and the Short Warwick-Edinburgh Mental Well-being Scale (SWEMWBS) can only be scored when every question is answered.",
      },
    ]);
    expect(scoreIfComplete('SWEMWBS', answers('SWEMWBS', [5, 5, 5, 5, 5, 5, null]))).toBeNull();
  });
});

describe('ONS personal well-being', () => {
  const POSITIVE = ['Low', 'Low', 'Low', 'Low', 'Low', 'Medium', 'Medium', 'High', 'High', 'Very high', 'Very high'];
  const ANXIETY = ['Very low', 'Very low', 'Low', 'Low', 'Medium', 'Medium', 'High', 'High', 'High', 'High', 'High'];

  it.each(['LIFE_SATISFACTION', 'WORTHWHILE', 'HAPPINESS'] as const)('bands every answer 0 to 10 to %s as ONS does', (item) => {
    for (let value = 0; value <= 10; value += 1) {
      const score = scoreIfComplete('ONS4', { [item]: value });
      expect(score).toEqual({ instrument: 'ONS4', items: [{ item, value, band: POSITIVE[value] }] });
    }
  });

  it('bands every anxiety answer 0 to 10 as ONS does (lower is better)', () => {
    for (let value = 0; value <= 10; value += 1) {
      expect(scoreIfComplete('ONS4', { ANXIETY: value })).toEqual({ instrument: 'ONS4', items: [{ item: 'ANXIETY', value, band: ANXIETY[value] }] });
    }
  });

  it('reports the four answers each on its own, in question order, never summed', () => {
    expect(scoreInstrument('ONS4', { ANXIETY: 3, HAPPINESS: 8, WORTHWHILE: 6, LIFE_SATISFACTION: 4 })).toEqual({
      instrument: 'ONS4',
      items: [
        { item: 'LIFE_SATISFACTION', value: 4, band: 'Low' },
        { item: 'WORTHWHILE', value: 6, band: 'Medium' },
        { item: 'HAPPINESS', value: 8, band: 'High' },
        { item: 'ANXIETY', value: 3, band: 'Low' },
      ],
    });
  });

  it('scores every one of the 14,641 complete answers item by item', () => {
    let count = 0;
    for (const values of everyAnswer('ONS4')) {
      const score = scoreInstrument('ONS4', answers('ONS4', values));
      if (score.instrument !== 'ONS4') throw new Error('wrong instrument');
      expect(score.items.map((i) => i.value)).toEqual(values);
      expect(score.items.map((i) => i.band)).toEqual([POSITIVE[values[0]!], POSITIVE[values[1]!], POSITIVE[values[2]!], ANXIETY[values[3]!]]);
      count += 1;
    }
    expect(count).toBe(11 ** 4);
  });

  it('with some questions skipped, gives the answered ones; with none answered, nothing', () => {
    expect(scoreIfComplete('ONS4', { LIFE_SATISFACTION: 9, WORTHWHILE: null, HAPPINESS: null, ANXIETY: 0 })).toEqual({
      instrument: 'ONS4',
      items: [
        { item: 'LIFE_SATISFACTION', value: 9, band: 'Very high' },
        { item: 'ANXIETY', value: 0, band: 'Very low' },
      ],
    });
    expect(scoreIfComplete('ONS4', { LIFE_SATISFACTION: null, WORTHWHILE: null, HAPPINESS: null, ANXIETY: null })).toBeNull();
    expect(scoreIfComplete('ONS4', {})).toBeNull();
  });

  it('still needs all four answers for scoreInstrument', () => {
    const error = problemsOf(() => scoreInstrument('ONS4', { LIFE_SATISFACTION: 9, WORTHWHILE: 7, HAPPINESS: null }));
    expect(error.problems.map((p) => p.item)).toEqual(['HAPPINESS', 'ANXIETY']);
    expect(error.problems[0]!.message).toBe(
      '"Overall, how happy did you feel yesterday?" was skipped, and the ONS personal well-being (ONS4) can only be scored when every question is answered.',
    );
    expect(error.problems[1]!.message).toBe(
      '"Overall, how anxious did you feel yesterday?" has no answer, and the ONS personal well-being (ONS4) can only be scored when every question is answered.',
    );
  });
});

describe('answers that cannot be scored', () => {
  it('names a missing answer', () => {
    const error = problemsOf(() => scoreInstrument('UCLA3', { LACK_COMPANIONSHIP: 2, ISOLATED: 2 }));
    expect(error.problems).toEqual([
      {
        item: 'LEFT_OUT',
        message: '"How often do you feel left out?" has no answer, and the UCLA 3-item Loneliness Scale can only be scored when every question is answered.',
      },
    ]);
    expect(error.instrument).toBe('UCLA3');
    expect(error.name).toBe('ScoringError');
  });

  it('names a skipped answer', () => {
    const error = problemsOf(() => scoreInstrument('ONS_LONELINESS', { HOW_OFTEN: null }));
    expect(error.problems).toEqual([
      {
        item: 'HOW_OFTEN',
        message: '"How often do you feel lonely?" was skipped, and the ONS direct question on loneliness can only be scored when every question is answered.',
      },
    ]);
  });

  it.each([
    ['UCLA3', 'LEFT_OUT', 0, 'The answer to "How often do you feel left out?" must be from 1 to 3, not 0.'],
    ['UCLA3', 'LEFT_OUT', 4, 'The answer to "How often do you feel left out?" must be from 1 to 3, not 4.'],
    ['SWEMWBS', 'USEFUL', 6, 'The answer to "I\'ve been feeling useful" must be from 1 to 5, not 6.'],
    ['SWEMWBS', 'USEFUL', -1, 'The answer to "I\'ve been feeling useful" must be from 1 to 5, not -1.'],
    ['ONS4', 'ANXIETY', 11, 'The answer to "Overall, how anxious did you feel yesterday?" must be from 0 to 10, not 11.'],
    ['ONS4', 'HAPPINESS', -1, 'The answer to "Overall, how happy did you feel yesterday?" must be from 0 to 10, not -1.'],
    ['CEL', 'CONTENT_WITH_RELATIONSHIPS', 5, 'The answer to "I am content with my friendships and relationships" must be from 0 to 4, not 5.'],
    ['ONS_LONELINESS', 'HOW_OFTEN', 0, 'The answer to "How often do you feel lonely?" must be from 1 to 5, not 0.'],
    ['ONS_LONELINESS', 'HOW_OFTEN', 6, 'The answer to "How often do you feel lonely?" must be from 1 to 5, not 6.'],
  ] as const)('%s rejects %s = %d as out of range', (id, item, value, message) => {
    const valid = Object.fromEntries(INSTRUMENTS[id].items.map((i) => [i.id, i.options[0]!.value]));
    for (const score of [scoreInstrument, scoreIfComplete]) {
      const error = problemsOf(() => score(id, { ...valid, [item]: value }));
      expect(error.problems).toEqual([{ item, message }]);
    }
  });

  it.each([
    [2.5, '2.5'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['2', '"2"'],
    [true, 'true'],
  ])('rejects %s as not a whole number', (value, shown) => {
    const given = { LACK_COMPANIONSHIP: 1, LEFT_OUT: value as unknown as number, ISOLATED: 1 };
    for (const score of [scoreInstrument, scoreIfComplete]) {
      const error = problemsOf(() => score('UCLA3', given));
      expect(error.problems).toEqual([
        { item: 'LEFT_OUT', message: `The answer to "How often do you feel left out?" must be a whole number from 1 to 3, not ${shown}.` },
      ]);
    }
  });

  it('rejects an item the instrument does not have, even alongside complete answers', () => {
    for (const score of [scoreInstrument, scoreIfComplete]) {
      const error = problemsOf(() => score('CEL', { ...answers('CEL', [1, 1, 1]), LONELY: 2 }));
      expect(error.problems).toEqual([{ item: 'LONELY', message: 'There is no question "LONELY" in the Campaign to End Loneliness Measurement Tool.' }]);
    }
  });

  it('does not take inherited names such as "constructor" for answers or items', () => {
    const error = problemsOf(() => scoreInstrument('ONS_LONELINESS', { constructor: 1 } as unknown as Answers));
    expect(error.problems.map((p) => p.item)).toEqual(['HOW_OFTEN', 'constructor']);
    expect(() => scoreInstrument('ONS_LONELINESS', Object.create({ HOW_OFTEN: 5 }) as Answers)).toThrow(ScoringError);
  });

  it('lists every problem at once, in question order, with unknown items last', () => {
    const error = problemsOf(() =>
      scoreInstrument('SWEMWBS', { EXTRA: 3, OWN_MIND: 9, CLOSE_TO_OTHERS: null, OPTIMISTIC: 1.5, USEFUL: 3, RELAXED: 3, DEALING_WITH_PROBLEMS: 3 }),
    );
    expect(error.problems.map((p) => p.item)).toEqual(['OPTIMISTIC', 'THINKING_CLEARLY', 'CLOSE_TO_OTHERS', 'OWN_MIND', 'EXTRA']);
    expect(error.message).toBe(
      [
        'The answers to the Short Warwick-Edinburgh Mental Well-being Scale (SWEMWBS) cannot be scored.',
        ...error.problems.map((p) => p.message),
      ].join(' '),
    );
    expect(error.message).toContain('must be a whole number from 1 to 5, not 1.5.');
    expect(error.message).toContain('"I\'ve been thinking clearly" has no answer');
    expect(error.message).toContain('"I\'ve been feeling close to other people" was skipped');
    expect(error.message).toContain('must be from 1 to 5, not 9.');
    expect(error.message).toContain('There is no question "EXTRA"');
  });

  it('refuses an instrument it does not know', () => {
    for (const score of [scoreInstrument, scoreIfComplete]) {
      expect(() => score('WEMWBS' as InstrumentId, {})).toThrow(new RangeError('There is no instrument "WEMWBS".'));
      expect(() => score('toString' as InstrumentId, {})).toThrow(RangeError);
    }
  });

  it('rejects answers with nothing in them', () => {
    const error = problemsOf(() => scoreInstrument('UCLA3', {}));
    expect(error.problems.map((p) => p.item)).toEqual(['LACK_COMPANIONSHIP', 'LEFT_OUT', 'ISOLATED']);
  });
});

describe('scoring when the person may have skipped questions', () => {
  it.each(['ONS_LONELINESS', 'UCLA3', 'SWEMWBS', 'CEL'] as const)('%s: any one skipped or missing item gives no score', (id) => {
    const full = INSTRUMENTS[id].items.map((item) => item.options[0]!.value);
    expect(scoreIfComplete(id, answers(id, full))).toEqual(scoreInstrument(id, answers(id, full)));
    for (let skip = 0; skip < full.length; skip += 1) {
      const skipped = answers(id, full.map((v, i) => (i === skip ? null : v)));
      expect(scoreIfComplete(id, skipped)).toBeNull();
      const missing = { ...skipped };
      delete missing[INSTRUMENTS[id].items[skip]!.id];
      expect(scoreIfComplete(id, missing)).toBeNull();
    }
  });

  it('gives the same score as scoreInstrument for complete answers', () => {
    expect(scoreIfComplete('UCLA3', answers('UCLA3', [3, 2, 1]))).toEqual({ instrument: 'UCLA3', total: 6 });
    expect(scoreIfComplete('SWEMWBS', answers('SWEMWBS', [3, 3, 3, 3, 3, 3, 3]))).toEqual({ instrument: 'SWEMWBS', raw: 21, metric: 19.25 });
    expect(scoreIfComplete('ONS_LONELINESS', { HOW_OFTEN: 4 })).toEqual({ instrument: 'ONS_LONELINESS', value: 4, label: 'Some of the time', chronic: false });
  });

  it('still rejects wrong answers alongside skipped ones', () => {
    const error = problemsOf(() => scoreIfComplete('UCLA3', { LACK_COMPANIONSHIP: null, LEFT_OUT: 7, ISOLATED: null }));
    expect(error.problems.map((p) => p.item)).toEqual(['LEFT_OUT']);
  });
});
