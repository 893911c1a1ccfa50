export * from './types.js';
export * from './constraints.js';
export * from './score.js';
export * from './explain.js';
export * from './unmatched.js';
export * from './assignment.js';
export * from './volunteer-index.js';
