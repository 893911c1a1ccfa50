import type { Answers, Instrument } from './types.js';
import type { ScoringProblem } from './scoring-error.js';

/** What the answers hold: valid values by item, the items not answered, and the answers that are wrong. */
export type CheckedAnswers = {
  values: Map<string, number>;
  /** Skipped (null) or not sent at all, in the instrument's order. */
  unanswered: Array<{ item: string; skipped: boolean }>;
  /** Unknown items, and values that are not whole numbers or not among the options. */
  invalid: ScoringProblem[];
};

const show = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));

export function checkAnswers(instrument: Instrument, answers: Answers): CheckedAnswers {
  const values = new Map<string, number>();
  const unanswered: CheckedAnswers['unanswered'] = [];
  const invalid: ScoringProblem[] = [];

  for (const item of instrument.items) {
    // Answers often come from JSON, so nothing here trusts the static type.
    const value: unknown = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    if (value === undefined || value === null) {
      unanswered.push({ item: item.id, skipped: value === null });
      continue;
    }
    const allowed = item.options.map((o) => o.value);
    const lowest = Math.min(...allowed);
    const highest = Math.max(...allowed);
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      invalid.push({ item: item.id, message: `The answer to "${item.text}" must be a whole number from ${lowest} to ${highest}, not ${show(value)}.` });
    } else if (!allowed.includes(value)) {
      invalid.push({ item: item.id, message: `The answer to "${item.text}" must be from ${lowest} to ${highest}, not ${value}.` });
    } else {
      values.set(item.id, value);
    }
  }

  const known = new Set(instrument.items.map((i) => i.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) invalid.push({ item: id, message: `There is no question "${id}" in the ${instrument.name}.` });
  }
  return { values, unanswered, invalid };
}

export function unansweredProblems(instrument: Instrument, unanswered: CheckedAnswers['unanswered']): ScoringProblem[] {
  return unanswered.map(({ item, skipped }) => {
    const text = instrument.items.find((i) => i.id === item)!.text;
    return {
      item,
      message: skipped
        ? `"${text}" was skipped, and the ${instrument.name} can only be scored when every question is answered.`
        : `"${text}" has no answer, and the ${instrument.name} can only be scored when every question is answered.`,
    };
  });
}
