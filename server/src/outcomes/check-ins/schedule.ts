/** When follow-ups fall due: pure date rules, and what a scheme may choose. */

export const DEFAULT_FOLLOW_UP_MONTHS: readonly number[] = [3, 6];
export const FOLLOW_UP_MONTHS_MIN = 1;
export const FOLLOW_UP_MONTHS_MAX = 24;
export const FOLLOW_UP_COUNT_MAX = 6;

/**
 * The same day `months` later, on the calendar (YYYY-MM-DD); the last day of the month when that
 * month is shorter (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** What is wrong with a scheme's follow-up schedule, in words an administrator can act on; null when fine. */
export function followUpMonthsProblem(months: readonly number[]): string | null {
  if (months.length === 0) return 'Choose at least one follow-up, for example 3 and 6 months';
  if (months.length > FOLLOW_UP_COUNT_MAX) return `Choose at most ${FOLLOW_UP_COUNT_MAX} follow-ups`;
  if (months.some((m) => !Number.isInteger(m) || m < FOLLOW_UP_MONTHS_MIN || m > FOLLOW_UP_MONTHS_MAX)) {
    return `Each follow-up must be a whole number of months from ${FOLLOW_UP_MONTHS_MIN} to ${FOLLOW_UP_MONTHS_MAX}`;
  }
  if (new Set(months).size !== months.length) return 'Give each follow-up month once';
  return null;
}
