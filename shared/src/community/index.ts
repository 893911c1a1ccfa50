export * from './time-bands.js';
export * from './gap-types.js';
export * from './recruit-types.js';
export { GAP_CATEGORIES, gapBlockerKey, gapBlockerLabel } from './blockers.js';
export { analyseGaps } from './analyse-gaps.js';
export { suggestRecruits } from './suggest-recruits.js';
