/**
 * Calendar dates and London wall-clock time. Activities happen at a time on the clock in London
 * ("Tuesdays at 14:00"), which stays 14:00 when the clocks change; only the instant moves.
 * Dates are ISO strings ("2026-03-31"); arithmetic on them is done in UTC, where no day is
 * longer or shorter than another.
 */
import { DAYS, TIME_ZONE, type Day } from '../vocabulary/availability.js';

export type IsoDate = string;
/** "HH:MM", 24-hour. */
export type ClockTime = string;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

/** True for a time written HH:MM on the 24-hour clock. */
export function isClockTime(value: string): boolean {
  return TIME.test(value);
}

export function minutesOf(time: ClockTime): number {
  const match = TIME.exec(time);
  if (!match) throw new Error(`Not a time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Days since 1970-01-01 of a date; the basis of all date arithmetic here. */
export function dayNumber(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

export function dateOfDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** The day of the week of a date. */
export function weekdayOf(date: IsoDate): Day {
  // 1970-01-01 was a Thursday; DAYS starts on Monday.
  const index = (((dayNumber(date) + 3) % 7) + 7) % 7;
  return DAYS[index]!.id;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The date and time an instant shows on a London clock. */
export function londonWallClock(instant: Date): { date: IsoDate; time: ClockTime } {
  const parts = Object.fromEntries(londonClock.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Today's date in London. */
export function londonToday(now: Date = new Date()): IsoDate {
  return londonWallClock(now).date;
}

/** Minutes London is ahead of UTC at an instant: 0 in winter (GMT), 60 in summer (BST). */
function londonOffsetMinutes(instant: number): number {
  const { date, time } = londonWallClock(new Date(instant));
  const asUtc = dayNumber(date) * DAY_MS + minutesOf(time) * 60_000;
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a London clock shows `time` on `date`. When the clocks go forward the hour that is
 * skipped (01:00–02:00) is read as the same moment an hour later, as a clock that was not changed
 * would show it; when they go back, a time that happens twice is the first of the two.
 */
export function londonInstant(date: IsoDate, time: ClockTime): Date {
  const asUtc = dayNumber(date) * DAY_MS + minutesOf(time) * 60_000;
  // The offsets a day either side bracket any change of the clocks on this date.
  const offsets = [...new Set([londonOffsetMinutes(asUtc - DAY_MS), londonOffsetMinutes(asUtc + DAY_MS)])].sort((a, b) => b - a);
  for (const offset of offsets) {
    const candidate = asUtc - offset * 60_000;
    const shown = londonWallClock(new Date(candidate));
    if (shown.date === date && shown.time === time) return new Date(candidate);
  }
  // A skipped time: use the offset in force before the change.
  return new Date(asUtc - Math.min(...offsets) * 60_000);
}
