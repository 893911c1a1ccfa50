export * from './roles.js';
export * from './account-rules.js';
export * from './place.js';
export * from './vocabulary/index.js';
export * from './matching/index.js';
export * from './synthetic/index.js';
