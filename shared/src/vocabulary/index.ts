export * from './interests.js';
export * from './contact.js';
export * from './access-needs.js';
export * from './availability.js';
export * from './languages.js';
