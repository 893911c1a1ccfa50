export * from './roles.js';
export * from './account-rules.js';
