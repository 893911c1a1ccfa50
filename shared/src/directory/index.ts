export * from './calendar.js';
export * from './schedule.js';
export * from './schedule-words.js';
export * from './activity-rules.js';
