import { checkAnswers, unansweredProblems } from './check-answers.js';
import { INSTRUMENTS } from './instruments/index.js';
import { ONS_CHRONIC_VALUE } from './instruments/ons-loneliness.js';
import { ONS4_ITEMS, ons4Band } from './instruments/ons4.js';
import { swemwbsMetric } from './instruments/swemwbs.js';
import { ScoringError } from './scoring-error.js';
import type { Answers, InstrumentId, InstrumentScore } from './types.js';

/**
 * Scores complete answers exactly as published. Throws a ScoringError listing every problem (an unknown item,
 * a value that is not a whole number or not an option, a skipped or missing item). Never prorates.
 */
export function scoreInstrument(id: InstrumentId, answers: Answers): InstrumentScore {
  const instrument = instrumentOf(id);
  const { values, unanswered, invalid } = checkAnswers(instrument, answers);
  // In question order, so the list reads like the questionnaire; unknown items come last.
  const position = (item: string) => {
    const index = instrument.items.findIndex((i) => i.id === item);
    return index === -1 ? instrument.items.length : index;
  };
  const problems = [...unansweredProblems(instrument, unanswered), ...invalid].sort((a, b) => position(a.item) - position(b.item));
  if (problems.length > 0) throw new ScoringError(id, instrument.name, problems);
  return scoreOf(id, values);
}

/**
 * Like scoreInstrument, but a skipped (null) or missing item gives null instead of an error: the person may
 * skip any question. ONS4 items stand on their own, so ONS4 gives the answered ones, and null only when none
 * was answered. Wrong answers (unknown item, not a whole number, not an option) still throw a ScoringError.
 */
export function scoreIfComplete(id: InstrumentId, answers: Answers): InstrumentScore | null {
  const instrument = instrumentOf(id);
  const { values, unanswered, invalid } = checkAnswers(instrument, answers);
  if (invalid.length > 0) throw new ScoringError(id, instrument.name, invalid);
  if (id === 'ONS4') return values.size === 0 ? null : scoreOf(id, values);
  return unanswered.length > 0 ? null : scoreOf(id, values);
}

/** Ids often come from stored JSON, so an unknown one gets a plain error rather than a TypeError. */
function instrumentOf(id: InstrumentId) {
  if (!Object.hasOwn(INSTRUMENTS, id)) throw new RangeError(`There is no instrument "${String(id)}".`);
  return INSTRUMENTS[id];
}

const sum = (values: Map<string, number>): number => [...values.values()].reduce((a, b) => a + b, 0);

/** `values` holds only valid answers; for every instrument but ONS4 it holds all of them. */
function scoreOf(id: InstrumentId, values: Map<string, number>): InstrumentScore {
  switch (id) {
    case 'ONS_LONELINESS': {
      const value = values.get('HOW_OFTEN')!;
      const label = INSTRUMENTS.ONS_LONELINESS.items[0]!.options.find((o) => o.value === value)!.label;
      return { instrument: id, value, label, chronic: value === ONS_CHRONIC_VALUE };
    }
    case 'UCLA3':
      return { instrument: id, total: sum(values) };
    case 'SWEMWBS': {
      const raw = sum(values);
      return { instrument: id, raw, metric: swemwbsMetric(raw) };
    }
    case 'ONS4':
      return {
        instrument: id,
        items: ONS4_ITEMS.filter((item) => values.has(item)).map((item) => {
          const value = values.get(item)!;
          return { item, value, band: ons4Band(item, value) };
        }),
      };
    case 'CEL':
      return { instrument: id, total: sum(values) };
  }
}
