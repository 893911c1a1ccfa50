export * from './waiting-list.js';
export * from './consent.js';
export * from './about-me.js';
