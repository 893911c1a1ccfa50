import { describe, expect, it } from 'vitest';
import { addMonths, followUpMonthsProblem } from './schedule.js';

describe('addMonths', () => {
  it('keeps the day of the month', () => {
    expect(addMonths('2026-03-14', 3)).toBe('2026-06-14');
    expect(addMonths('2026-11-21', 3)).toBe('2027-02-21');
    expect(addMonths('2026-01-05', 24)).toBe('2028-01-05');
  });

  it('falls back to the last day of a shorter month, leap years included', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
  });
});

describe('followUpMonthsProblem', () => {
  it('accepts 1 to 24 months, distinct, at most six', () => {
    expect(followUpMonthsProblem([3, 6])).toBeNull();
    expect(followUpMonthsProblem([1])).toBeNull();
    expect(followUpMonthsProblem([1, 2, 3, 6, 12, 24])).toBeNull();
  });

  it.each([
    [[], /at least one/],
    [[0], /from 1 to 24/],
    [[25], /from 1 to 24/],
    [[2.5], /whole number/],
    [[3, 3], /once/],
    [[1, 2, 3, 4, 5, 6, 7], /at most 6/],
  ])('refuses %j', (months, message) => {
    expect(followUpMonthsProblem(months)).toMatch(message);
  });
});
