export * from './random.js';
export * from './names.js';
export * from './population.js';
