import { INSTRUMENT_IDS, INSTRUMENTS, scoreIfComplete, ScoringError, type Answers, type InstrumentId } from '@kindred/shared';
import { badInput, type FieldProblem } from '../../graphql/errors.js';
import type { StoredResponse } from './check-in.entity.js';

/** Answers as they arrive: any instrument may be left out, any item skipped (value null). */
export type ResponseInput = { instrument: InstrumentId; answers: ReadonlyArray<{ item: string; value?: number | null | undefined }> };

export const NOTHING_ANSWERED =
  'Answer at least one question. If you would rather not answer any just now, choose “Not now, thank you” instead.';

/**
 * Checks the answers and scores each instrument exactly as published. Every instrument is stored,
 * in the order a check-in asks them, with a null for each item not answered, and a null score when
 * the instrument is incomplete (ONS4: the answered items, each on its own). Wrong answers are bad
 * input, each naming the question in plain words.
 */
export function scoreResponses(responses: readonly ResponseInput[]): StoredResponse[] {
  const problems: FieldProblem[] = [];
  const given = new Map<InstrumentId, { index: number; answers: Answers }>();
  responses.forEach((response, index) => {
    if (given.has(response.instrument)) {
      problems.push({ field: `responses.${index}.instrument`, message: `The answers to “${INSTRUMENTS[response.instrument].personTitle}” were sent twice` });
      return;
    }
    const answers: Answers = {};
    response.answers.forEach((answer, itemIndex) => {
      if (Object.hasOwn(answers, answer.item)) {
        problems.push({ field: `responses.${index}.answers.${itemIndex}.item`, message: `${questionName(response.instrument, answer.item)} was answered twice` });
      }
      answers[answer.item] = answer.value ?? null;
    });
    given.set(response.instrument, { index, answers });
  });

  const stored = INSTRUMENT_IDS.map((instrument): StoredResponse => {
    const sent = given.get(instrument);
    const answers: Answers = Object.fromEntries(INSTRUMENTS[instrument].items.map((item) => [item.id, sent?.answers[item.id] ?? null]));
    try {
      return { instrument, answers, score: sent ? scoreIfComplete(instrument, sent.answers) : null };
    } catch (error) {
      if (!(error instanceof ScoringError) || !sent) throw error;
      problems.push(...error.problems.map((p) => ({ field: fieldOf(responses[sent.index]!, sent.index, p.item), message: p.message })));
      return { instrument, answers, score: null };
    }
  });
  if (problems.length > 0) throw badInput(problems);
  if (stored.every((r) => Object.values(r.answers).every((v) => v === null))) throw badInput([{ field: 'responses', message: NOTHING_ANSWERED }]);
  return stored;
}

/** Names the answer at fault: its value when the question is known, the item itself when it is not. */
function fieldOf(response: ResponseInput, index: number, item: string): string {
  const itemIndex = response.answers.findIndex((a) => a.item === item);
  const known = INSTRUMENTS[response.instrument].items.some((i) => i.id === item);
  return `responses.${index}.answers.${itemIndex}.${known ? 'value' : 'item'}`;
}

function questionName(instrument: InstrumentId, item: string): string {
  const text = INSTRUMENTS[instrument].items.find((i) => i.id === item)?.text;
  return text ? `“${text}”` : `The question “${item}”`;
}
