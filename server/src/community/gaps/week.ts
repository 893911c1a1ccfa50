import { addDays, dayNumber, londonDate } from '@kindred/shared';

/** The Monday (YYYY-MM-DD) of the London week an instant falls in. */
export function weekStartingOf(instant: Date): string {
  const date = londonDate(instant);
  // 1970-01-01 was a Thursday, so day numbers plus 3 count from a Monday.
  const sinceMonday = (((dayNumber(date) + 3) % 7) + 7) % 7;
  return addDays(date, -sinceMonday);
}

/** The Monday `weeks` weeks before (negative) or after the week starting on `monday`. */
export function addWeeks(monday: string, weeks: number): string {
  return addDays(monday, weeks * 7);
}
