import { describe, expect, it } from 'vitest';
import { addDays, londonInstant, londonWallClock, weekdayOf } from './calendar.js';
import {
  lastDateOfCount,
  scheduleProblems,
  sessionsBetween,
  upcomingSessions,
  whenItMeets,
  type ActivitySchedule,
} from './schedule.js';
import { clockTimeInWords, describeSchedule, describeSession } from './schedule-words.js';
import { slotBit } from '../vocabulary/availability.js';

const weekly = (over: Partial<ActivitySchedule> = {}): ActivitySchedule => ({
  frequency: 'WEEKLY',
  interval: 1,
  byDay: [{ day: 'TUE' }],
  byMonthDay: [],
  startTime: '14:00',
  endTime: '16:00',
  startsOn: null,
  endsOn: null,
  exceptions: [],
  ...over,
});
const monthly = (over: Partial<ActivitySchedule> = {}) => weekly({ frequency: 'MONTHLY', ...over });
const dates = (s: ActivitySchedule, from: string, to: string) => sessionsBetween(s, from, to).map((x) => x.date);

describe('London wall-clock time', () => {
  it('keeps 14:00 at 14:00 across the change to summer time, moving the instant by an hour', () => {
    // The clocks went forward on Sunday 29 March 2026.
    expect(londonInstant('2026-03-24', '14:00').toISOString()).toBe('2026-03-24T14:00:00.000Z');
    expect(londonInstant('2026-03-31', '14:00').toISOString()).toBe('2026-03-31T13:00:00.000Z');
  });

  it('and back again when the clocks go back in October', () => {
    // The clocks go back on Sunday 25 October 2026.
    expect(londonInstant('2026-10-20', '14:00').toISOString()).toBe('2026-10-20T13:00:00.000Z');
    expect(londonInstant('2026-10-27', '14:00').toISOString()).toBe('2026-10-27T14:00:00.000Z');
  });

  it('reads a time skipped by the spring change as an hour later, and a repeated autumn time as the first', () => {
    expect(londonWallClock(londonInstant('2026-03-29', '01:30'))).toEqual({ date: '2026-03-29', time: '02:30' });
    expect(londonInstant('2026-10-25', '01:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(londonInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('shows an instant on a London clock, whatever the machine’s own zone', () => {
    expect(londonWallClock(new Date('2026-07-14T23:30:00Z'))).toEqual({ date: '2026-07-15', time: '00:30' });
    expect(londonWallClock(new Date('2026-01-14T23:30:00Z'))).toEqual({ date: '2026-01-14', time: '23:30' });
    expect(weekdayOf('2026-11-24')).toBe('TUE');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('weekly schedules', () => {
  it('meet on their days, and not on the dates they skip', () => {
    const s = weekly({ byDay: [{ day: 'TUE' }, { day: 'THU' }], exceptions: ['2026-12-22'] });
    expect(dates(s, '2026-12-14', '2026-12-31')).toEqual(['2026-12-15', '2026-12-17', '2026-12-24', '2026-12-29', '2026-12-31']);
  });

  it('meet every other week counting from the first session', () => {
    const s = weekly({ interval: 2, startsOn: '2026-01-06' });
    expect(dates(s, '2026-01-01', '2026-02-10')).toEqual(['2026-01-06', '2026-01-20', '2026-02-03']);
  });

  it('stay within their first and last dates', () => {
    const s = weekly({ startsOn: '2026-01-13', endsOn: '2026-01-27' });
    expect(dates(s, '2026-01-01', '2026-03-01')).toEqual(['2026-01-13', '2026-01-20', '2026-01-27']);
  });

  it('give each session its instant in London time, across the change of the clocks', () => {
    const sessions = sessionsBetween(weekly(), '2026-03-24', '2026-03-31');
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual(['2026-03-24T14:00:00.000Z', '2026-03-31T13:00:00.000Z']);
    expect(sessions.map((s) => s.startTime)).toEqual(['14:00', '14:00']);
  });
});

describe('monthly schedules', () => {
  it('meet on the first and third Tuesday', () => {
    const s = monthly({ byDay: [{ day: 'TUE', nth: 1 }, { day: 'TUE', nth: 3 }] });
    expect(dates(s, '2026-09-01', '2026-10-31')).toEqual(['2026-09-01', '2026-09-15', '2026-10-06', '2026-10-20']);
  });

  it('meet on the last Friday, whether the month has four or five', () => {
    const s = monthly({ byDay: [{ day: 'FRI', nth: -1 }] });
    expect(dates(s, '2026-01-01', '2026-04-30')).toEqual(['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24']);
  });

  it('meet on a day of the month, and on the last day', () => {
    expect(dates(monthly({ byDay: [], byMonthDay: [15] }), '2026-01-01', '2026-03-31')).toEqual(['2026-01-15', '2026-02-15', '2026-03-15']);
    expect(dates(monthly({ byDay: [], byMonthDay: [-1] }), '2026-01-01', '2026-03-31')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    // A 31st is skipped in months without one, as iCalendar says.
    expect(dates(monthly({ byDay: [], byMonthDay: [31] }), '2026-04-01', '2026-05-31')).toEqual(['2026-05-31']);
  });

  it('meet every other month counting from the first session', () => {
    const s = monthly({ interval: 2, startsOn: '2026-01-01', byDay: [{ day: 'WED', nth: 2 }] });
    expect(dates(s, '2026-01-01', '2026-06-30')).toEqual(['2026-01-14', '2026-03-11', '2026-05-13']);
  });
});

describe('upcoming sessions', () => {
  it('are the next ones that have not started, soonest first, across schedules', () => {
    const now = new Date('2026-11-24T14:30:00Z'); // Tuesday, during that day’s session
    const sessions = upcomingSessions([weekly(), monthly({ byDay: [{ day: 'FRI', nth: -1 }], startTime: '10:00', endTime: '12:00' })], now, 3);
    expect(sessions.map((s) => `${s.date} ${s.startTime}`)).toEqual(['2026-11-27 10:00', '2026-12-01 14:00', '2026-12-08 14:00']);
  });

  it('are none for a schedule that has ended, or one described only in words', () => {
    const now = new Date('2026-11-24T09:00:00Z');
    expect(upcomingSessions([weekly({ endsOn: '2026-11-01' })], now, 3)).toEqual([]);
    expect(upcomingSessions([weekly({ frequency: null, description: 'Term time, ring to check' })], now, 3)).toEqual([]);
  });

  it('list a session two schedules share once', () => {
    const now = new Date('2026-11-23T09:00:00Z');
    expect(upcomingSessions([weekly(), weekly()], now, 2).map((s) => s.date)).toEqual(['2026-11-24', '2026-12-01']);
  });
});

describe('when a schedule meets, for searching', () => {
  it('marks the weekdays and parts of the day a session overlaps', () => {
    const { days, slots } = whenItMeets([weekly({ startTime: '11:00', endTime: '13:00' })], '2026-01-01');
    expect(days).toBe(1 << 1);
    expect(slots).toBe(slotBit({ day: 'TUE', part: 'MORNING' }) | slotBit({ day: 'TUE', part: 'AFTERNOON' }));
  });

  it('ignores schedules that have ended', () => {
    expect(whenItMeets([weekly({ endsOn: '2025-12-31' })], '2026-01-01')).toEqual({ days: 0, slots: 0 });
  });

  it('works out the last date of a schedule that stops after a number of sessions', () => {
    expect(lastDateOfCount(weekly({ startsOn: '2026-01-06' }), 3)).toBe('2026-01-20');
  });
});

describe('checking a schedule', () => {
  it('accepts a good one', () => {
    expect(scheduleProblems(weekly())).toEqual([]);
    expect(scheduleProblems(monthly({ byDay: [{ day: 'FRI', nth: -1 }] }))).toEqual([]);
  });

  it('names each wrong field in plain words', () => {
    const fields = (s: ActivitySchedule) => scheduleProblems(s).map((p) => p.field);
    expect(fields(weekly({ byDay: [] }))).toEqual(['byDay']);
    expect(fields(weekly({ startTime: '16:00', endTime: '14:00' }))).toEqual(['endTime']);
    expect(fields(weekly({ startTime: '2pm' }))).toEqual(['startTime']);
    expect(fields(weekly({ interval: 2 }))).toEqual(['startsOn']);
    expect(fields(weekly({ byMonthDay: [3] }))).toEqual(['byMonthDay']);
    expect(fields(monthly({ byDay: [{ day: 'TUE', nth: 7 }] }))).toEqual(['byDay']);
    expect(fields(weekly({ startsOn: '2026-02-01', endsOn: '2026-01-01' }))).toEqual(['endsOn']);
    expect(fields(weekly({ exceptions: ['2026-02-30'] }))).toEqual(['exceptions']);
    expect(scheduleProblems(weekly({ byDay: [] }))[0]?.message).toBe('Choose the days it meets');
  });
});

describe('schedules in words', () => {
  it('says when it meets', () => {
    expect(describeSchedule(weekly({ startTime: '13:30', endTime: '15:30' }))).toBe('Every Tuesday, 1:30pm to 3:30pm');
    expect(describeSchedule(weekly({ byDay: [{ day: 'THU' }, { day: 'MON' }], interval: 2, startTime: '10:00', endTime: '12:00' }))).toBe(
      'Every other Monday and Thursday, 10am to 12 noon',
    );
    expect(describeSchedule(monthly({ byDay: [{ day: 'TUE', nth: 3 }, { day: 'TUE', nth: 1 }] }))).toBe(
      'The first and third Tuesday of each month, 2pm to 4pm',
    );
    expect(describeSchedule(monthly({ byDay: [{ day: 'FRI', nth: -1 }] }))).toBe('The last Friday of each month, 2pm to 4pm');
    expect(describeSchedule(monthly({ byDay: [], byMonthDay: [15] }))).toBe('The 15th of each month, 2pm to 4pm');
  });

  it('says a session and a time the way people do', () => {
    expect(clockTimeInWords('00:00')).toBe('12 midnight');
    expect(clockTimeInWords('09:05')).toBe('9:05am');
    expect(describeSession({ date: '2026-12-22', startTime: '13:30', endTime: '15:30' })).toBe('Tuesday 22 December, 1:30pm to 3:30pm');
  });
});
