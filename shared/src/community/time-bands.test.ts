import { describe, expect, it } from 'vitest';
import { ALL_SLOTS_MASK, slotBit } from '../vocabulary/availability.js';
import { isTimeBand, TIME_BANDS, timeBand } from './time-bands.js';

describe('time bands', () => {
  it('cover the week once each, weekdays apart from weekends, with labels that complete "free …"', () => {
    expect(TIME_BANDS.map((b) => b.label)).toEqual([
      'weekday mornings',
      'weekday afternoons',
      'weekday evenings',
      'weekend mornings',
      'weekend afternoons',
      'weekend evenings',
    ]);
    expect(TIME_BANDS.reduce((all, b) => all | b.mask, 0)).toBe(ALL_SLOTS_MASK);
    expect(TIME_BANDS.reduce((n, b) => n + b.mask.toString(2).replaceAll('0', '').length, 0)).toBe(21);
    const evenings = timeBand('WEEKDAY_EVENINGS').mask;
    expect(evenings & slotBit({ day: 'MON', part: 'EVENING' })).not.toBe(0);
    expect(evenings & slotBit({ day: 'FRI', part: 'EVENING' })).not.toBe(0);
    expect(evenings & slotBit({ day: 'SAT', part: 'EVENING' })).toBe(0);
    expect(evenings & slotBit({ day: 'MON', part: 'AFTERNOON' })).toBe(0);
    expect(timeBand('WEEKEND_MORNINGS').mask).toBe(slotBit({ day: 'SAT', part: 'MORNING' }) | slotBit({ day: 'SUN', part: 'MORNING' }));
  });

  it('knows its own ids only', () => {
    expect(isTimeBand('WEEKEND_EVENINGS')).toBe(true);
    expect(isTimeBand('WEEKNIGHTS')).toBe(false);
    expect(() => timeBand('WEEKNIGHTS' as never)).toThrow();
  });
});
