import type { InstrumentId } from './types.js';

export type ScoringProblem = { item: string; message: string };

/** Answers that cannot be scored; `problems` names every item at fault, in plain words. */
export class ScoringError extends Error {
  readonly instrument: InstrumentId;
  readonly problems: ScoringProblem[];

  constructor(instrument: InstrumentId, instrumentName: string, problems: ScoringProblem[]) {
    super(`The answers to the ${instrumentName} cannot be scored. ${problems.map((p) => p.message).join(' ')}`);
    this.name = 'ScoringError';
    this.instrument = instrument;
    this.problems = problems;
  }
}
