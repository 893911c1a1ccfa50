import { addDays, londonInstant, londonWallClock, upcomingSessions, type ActivitySchedule } from '@kindred/shared';

/**
 * When a companion's messages go out, in London time whatever the server's clock: the day before
 * at 10:00, that morning at 08:00, and the follow-up about sessions 2 and 3 two days later at 10:00.
 */
export function companionTimes(sessionStartsAt: Date): { dayBefore: Date; morning: Date; followUp: Date } {
  const { date } = londonWallClock(sessionStartsAt);
  return {
    dayBefore: londonInstant(addDays(date, -1), '10:00'),
    morning: londonInstant(date, '08:00'),
    followUp: londonInstant(addDays(date, 2), '10:00'),
  };
}

/** The session's end from the activity's schedule; two hours when the schedule no longer lists it. */
export function sessionEndsAt(schedules: readonly ActivitySchedule[], startsAt: Date): Date {
  const found = upcomingSessions(schedules, new Date(startsAt.getTime() - 60_000), 3).find((s) => s.startsAt.getTime() === startsAt.getTime());
  return found?.endsAt ?? new Date(startsAt.getTime() + 2 * 3_600_000);
}
