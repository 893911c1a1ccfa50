import { describe, expect, it } from 'vitest';
import { addWeeks, weekStartingOf } from './week.js';

describe('the week an instant falls in (Monday, London time)', () => {
  it('is the Monday of that week, whatever the day', () => {
    expect(weekStartingOf(new Date('2026-11-16T09:00:00Z'))).toBe('2026-11-16'); // a Monday
    expect(weekStartingOf(new Date('2026-11-19T12:00:00Z'))).toBe('2026-11-16'); // Thursday
    expect(weekStartingOf(new Date('2026-11-22T23:59:00Z'))).toBe('2026-11-16'); // Sunday night, GMT
  });

  it('follows the London clock in summer, not UTC', () => {
    // 23:30 UTC on Sunday 14 June 2026 is 00:30 on Monday 15 June in London (BST).
    expect(weekStartingOf(new Date('2026-06-14T23:30:00Z'))).toBe('2026-06-15');
    expect(weekStartingOf(new Date('2026-06-14T22:59:00Z'))).toBe('2026-06-08');
  });

  it('counts weeks back and forward across months and years', () => {
    expect(addWeeks('2027-01-04', -1)).toBe('2026-12-28');
    expect(addWeeks('2026-11-16', 26)).toBe('2027-05-17');
  });
});
