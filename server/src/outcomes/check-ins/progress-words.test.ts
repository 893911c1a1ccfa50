import { describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS, INSTRUMENTS, type Answers, type InstrumentId } from '@kindred/shared';
import { ALL_THE_SAME, progressSentences, UPS_AND_DOWNS, whenInWords } from './progress-words.js';

const MARCH = new Date('2026-03-10T11:00:00Z');
const JUNE = new Date('2026-06-12T11:00:00Z');

/** Every question answered `value` unless given, in storage shape. */
function said(changes: Partial<Record<InstrumentId, Answers>> = {}) {
  return INSTRUMENT_IDS.map((instrument) => ({
    instrument,
    answers: { ...Object.fromEntries(INSTRUMENTS[instrument].items.map((i) => [i.id, i.options[0]!.value])), ...changes[instrument] },
  }));
}

describe('progressSentences', () => {
  it('opens with the month of the first check-in and says what changed, as the person said it', () => {
    const sentences = progressSentences(
      { completedAt: MARCH, responses: said({ SWEMWBS: { CLOSE_TO_OTHERS: 2 }, UCLA3: { LEFT_OUT: 3 } }) },
      { completedAt: JUNE, responses: said({ SWEMWBS: { CLOSE_TO_OTHERS: 4 }, UCLA3: { LEFT_OUT: 1 } }) },
    );
    expect(sentences).toEqual([
      'Compared with your first check-in in March, you said you’ve felt left out less often.',
      'You said you felt close to other people more often.',
    ]);
  });

  it('puts the happier changes first and closes gently when something got harder', () => {
    const sentences = progressSentences(
      { completedAt: MARCH, responses: said({ ONS4: { ANXIETY: 2, HAPPINESS: 4 }, CEL: { CONTENT_WITH_RELATIONSHIPS: 3 } }) },
      { completedAt: JUNE, responses: said({ ONS4: { ANXIETY: 6, HAPPINESS: 8 }, CEL: { CONTENT_WITH_RELATIONSHIPS: 1 } }) },
    );
    expect(sentences).toEqual([
      'Compared with your first check-in in March, you agreed more that you are content with your friendships and relationships.',
      'You said you felt happier the day before.',
      'You said you felt more anxious the day before.',
      UPS_AND_DOWNS,
    ]);
  });

  it('names the ONS question by its number, never its wording, and gives no scores', () => {
    const [sentence] = progressSentences(
      { completedAt: MARCH, responses: said({ ONS_LONELINESS: { HOW_OFTEN: 5 } }) },
      { completedAt: JUNE, responses: said({ ONS_LONELINESS: { HOW_OFTEN: 2 } }) },
    );
    expect(sentence).toBe('Compared with your first check-in in March, you answered “Hardly ever” to question 4, where before you said “Often/always”.');
  });

  it('leaves out questions skipped either time, and says when nothing changed', () => {
    const sentences = progressSentences(
      { completedAt: MARCH, responses: said({ SWEMWBS: { USEFUL: null } }) },
      { completedAt: JUNE, responses: said({ SWEMWBS: { USEFUL: 5 }, UCLA3: { ISOLATED: null } }) },
    );
    expect(sentences).toEqual([`Compared with your first check-in in March, ${ALL_THE_SAME}.`]);
  });

  it('never says lonely or loneliness, whatever changed', () => {
    const lowest = said();
    const highest = INSTRUMENT_IDS.map((instrument) => ({
      instrument,
      answers: Object.fromEntries(INSTRUMENTS[instrument].items.map((i) => [i.id, i.options.at(-1)!.value])),
    }));
    for (const [before, after] of [[lowest, highest], [highest, lowest]] as const) {
      const sentences = progressSentences({ completedAt: MARCH, responses: before }, { completedAt: JUNE, responses: after });
      expect(sentences.length).toBeGreaterThan(10);
      for (const sentence of sentences) expect(sentence).not.toMatch(/lonel/i);
    }
  });
});

describe('whenInWords', () => {
  it('gives the month, and the year too when it was another year', () => {
    expect(whenInWords(MARCH, JUNE)).toBe('in March');
    expect(whenInWords(new Date('2025-11-20T12:00:00Z'), JUNE)).toBe('in November 2025');
    // Just after midnight in London on 1 April (still 31 March in UTC) is April.
    expect(whenInWords(new Date('2026-03-31T23:30:00Z'), JUNE)).toBe('in April');
  });
});
