import { describe, expect, it } from 'vitest';
import { ALL_SLOTS_MASK, describeSlots, overlapCount, slotAt, slotsOf, specificTimeProblem, weeklyMask } from './availability.js';

describe('weekly availability', () => {
  it('round-trips slots through the mask', () => {
    const slots = [
      { day: 'TUE', part: 'AFTERNOON' },
      { day: 'SUN', part: 'EVENING' },
      { day: 'MON', part: 'MORNING' },
    ] as const;
    const mask = weeklyMask(slots);
    expect(slotsOf(mask)).toEqual([
      { day: 'MON', part: 'MORNING' },
      { day: 'TUE', part: 'AFTERNOON' },
      { day: 'SUN', part: 'EVENING' },
    ]);
    expect(weeklyMask(slotsOf(ALL_SLOTS_MASK))).toBe(ALL_SLOTS_MASK);
    expect(slotsOf(ALL_SLOTS_MASK)).toHaveLength(21);
  });

  it('counts the slots two people share', () => {
    const a = weeklyMask([{ day: 'TUE', part: 'AFTERNOON' }, { day: 'WED', part: 'MORNING' }, { day: 'SUN', part: 'EVENING' }]);
    const b = weeklyMask([{ day: 'TUE', part: 'AFTERNOON' }, { day: 'SUN', part: 'EVENING' }, { day: 'SAT', part: 'MORNING' }]);
    expect(overlapCount(a, b)).toBe(2);
    expect(overlapCount(a, 0)).toBe(0);
    expect(overlapCount(ALL_SLOTS_MASK, ALL_SLOTS_MASK)).toBe(21);
  });

  it('says shared times in words', () => {
    expect(describeSlots(weeklyMask([{ day: 'TUE', part: 'AFTERNOON' }]))).toEqual(['Tuesday afternoons']);
    expect(describeSlots(weeklyMask([{ day: 'MON', part: 'MORNING' }, { day: 'THU', part: 'MORNING' }, { day: 'FRI', part: 'MORNING' }]))).toEqual([
      'Monday, Thursday and Friday mornings',
    ]);
    expect(describeSlots(ALL_SLOTS_MASK)).toEqual(['every morning', 'every afternoon', 'every evening']);
  });

  it('places an instant in London time, in winter and in summer', () => {
    // 13:30 UTC on a January Tuesday is 13:30 in London; in July it is 14:30 (BST). Both afternoons.
    expect(slotAt(new Date('2026-01-13T13:30:00Z'))).toEqual({ day: 'TUE', part: 'AFTERNOON' });
    // 11:30 UTC in July is 12:30 BST: afternoon in London, though morning in UTC.
    expect(slotAt(new Date('2026-07-14T11:30:00Z'))).toEqual({ day: 'TUE', part: 'AFTERNOON' });
    // 23:30 UTC on a Monday in July is 00:30 on Tuesday in London: outside any slot.
    expect(slotAt(new Date('2026-07-13T23:30:00Z'))).toBeNull();
  });

  it('checks specific times', () => {
    expect(specificTimeProblem({ date: '2026-12-24', from: '10:00', to: '12:00' })).toBeNull();
    expect(specificTimeProblem({ date: '2026-02-30', from: '10:00', to: '12:00' })).toMatch(/real date/);
    expect(specificTimeProblem({ date: '2026-12-24', from: '12:00', to: '10:00' })).toMatch(/after the start/);
    expect(specificTimeProblem({ date: '2026-12-24', from: '9am', to: '10:00' })).toMatch(/times like/);
  });
});
