export * from './types.js';
export * from './instruments/index.js';
export { ScoringError, type ScoringProblem } from './scoring-error.js';
export { scoreInstrument, scoreIfComplete } from './scoring.js';
export { pairedChange, type PairedChange } from './paired-change.js';
export { SUPPRESS_BELOW, suppress, canShowMean } from './suppression.js';
export { SWEMWBS_MEANINGFUL_CHANGE } from './meaningful-change.js';
export { chronicTransitions, swemwbsChangeCategory, type ChronicTransitions, type SwemwbsChange } from './transitions.js';
