/**
 * When an activity meets: weekly ("every Tuesday", "every other Thursday") or monthly ("the first and
 * third Tuesday", "the last Friday", "the 15th") recurrences in London wall-clock time, with dates
 * when it does not meet. The shape follows iCalendar RRULE (RFC 5545) as far as Kindred needs it,
 * so that Open Referral UK schedules map onto it field by field.
 */
import { DAYS, PARTS_OF_DAY, slotBit, type Day } from '../vocabulary/availability.js';
import { isIsoDate } from '../volunteering.js';
import {
  addDays,
  dayNumber,
  daysInMonth,
  isClockTime,
  londonInstant,
  londonToday,
  minutesOf,
  weekdayOf,
  type ClockTime,
  type IsoDate,
} from './calendar.js';

export const FREQUENCIES = ['WEEKLY', 'MONTHLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** A weekday, and for monthly schedules which one in the month: 1 = first … 5 = fifth, -1 = last, -2 = second to last. */
export type WeekdayRule = { day: Day; nth?: number | null };

export type ActivitySchedule = {
  /** Kept from an imported file, or given on export, so the schedule keeps one identity. */
  id?: string | null;
  /** Null for a schedule described only in words, whose sessions Kindred cannot work out. */
  frequency: Frequency | null;
  /** Every `interval` weeks or months: 2 is fortnightly for a weekly schedule. */
  interval: number;
  byDay: WeekdayRule[];
  /** Monthly on these days of the month (negative counts from the end: -1 is the last day). */
  byMonthDay: number[];
  startTime: ClockTime | null;
  endTime: ClockTime | null;
  /** The first date it may meet; also the date "every other week" counts from. */
  startsOn: IsoDate | null;
  /** The last date it may meet. */
  endsOn: IsoDate | null;
  /** Dates it does not meet, such as a bank holiday. */
  exceptions: IsoDate[];
  /** Words about the schedule written by a person, shown as they are. */
  description?: string | null;
  notes?: string | null;
};

export type Session = { date: IsoDate; startTime: ClockTime; endTime: ClockTime; startsAt: Date; endsAt: Date };

export const MAX_INTERVAL: Record<Frequency, number> = { WEEKLY: 8, MONTHLY: 12 };
export const MAX_EXCEPTIONS = 100;
export const MAX_SCHEDULES = 10;
const MAX_TEXT = 1000;

/** Days Kindred looks ahead for sessions: long enough for a schedule that meets once a year. */
const LOOK_AHEAD_DAYS = 400;

function isNth(n: number): boolean {
  return Number.isInteger(n) && n !== 0 && n >= -5 && n <= 5;
}

/**
 * What is wrong with a schedule, as { field, message } with the field named relative to the
 * schedule ("startTime"); empty when it is fine.
 */
export function scheduleProblems(s: ActivitySchedule): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (s.frequency === null) {
    if (!s.description?.trim()) add('description', 'Describe when it meets, or choose weekly or monthly');
  } else {
    const max = MAX_INTERVAL[s.frequency];
    if (!Number.isInteger(s.interval) || s.interval < 1 || s.interval > max) {
      add('interval', s.frequency === 'WEEKLY' ? `It can meet every 1 to ${max} weeks` : `It can meet every 1 to ${max} months`);
    }
    if (s.interval > 1 && !s.startsOn) add('startsOn', 'Give the date of the first session, so we know which weeks or months it meets');
    if (s.frequency === 'WEEKLY') {
      if (s.byDay.length === 0) add('byDay', 'Choose the days it meets');
      else if (s.byDay.some((d) => d.nth != null)) add('byDay', 'A weekly schedule meets on every one of its days');
      if (s.byMonthDay.length > 0) add('byMonthDay', 'A weekly schedule cannot meet on days of the month');
    } else {
      if (s.byDay.length === 0 && s.byMonthDay.length === 0) add('byDay', 'Choose which days of the month it meets');
      if (s.byDay.some((d) => d.nth != null && !isNth(d.nth))) add('byDay', 'Choose the first, second, third, fourth, fifth or last');
      if (s.byMonthDay.some((d) => !Number.isInteger(d) || d === 0 || d < -31 || d > 31)) add('byMonthDay', 'Days of the month go from 1 to 31');
    }
    if (!s.startTime || !isClockTime(s.startTime)) add('startTime', 'Enter the start time, like 14:00');
    if (!s.endTime || !isClockTime(s.endTime)) add('endTime', 'Enter the end time, like 16:00');
    else if (s.startTime && isClockTime(s.startTime) && minutesOf(s.endTime) <= minutesOf(s.startTime)) {
      add('endTime', 'The end time must be after the start time');
    }
  }
  if (s.startsOn && !isIsoDate(s.startsOn)) add('startsOn', 'Enter a real date for the first session');
  if (s.endsOn && !isIsoDate(s.endsOn)) add('endsOn', 'Enter a real date for the last session');
  if (s.startsOn && s.endsOn && isIsoDate(s.startsOn) && isIsoDate(s.endsOn) && s.endsOn < s.startsOn) {
    add('endsOn', 'The last session must be on or after the first');
  }
  if (s.exceptions.length > MAX_EXCEPTIONS) add('exceptions', `Give at most ${MAX_EXCEPTIONS} dates when it does not meet`);
  if (s.exceptions.some((d) => !isIsoDate(d))) add('exceptions', 'Enter each date it does not meet as a real date, like 2026-12-22');
  if ((s.description?.length ?? 0) > MAX_TEXT || (s.notes?.length ?? 0) > MAX_TEXT) {
    add('description', `Describe the schedule in ${MAX_TEXT} characters or fewer`);
  }
  return problems;
}

function monthIndex(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** Monday-based week number, for "every other week". */
function weekIndex(date: IsoDate): number {
  return Math.floor((dayNumber(date) + 3) / 7);
}

/** True when the schedule's rule (ignoring its date range and exceptions) puts a session on this date. */
function ruleMeetsOn(s: ActivitySchedule, date: IsoDate): boolean {
  const anchor = s.startsOn ?? date;
  if (s.frequency === 'WEEKLY') {
    if ((weekIndex(date) - weekIndex(anchor)) % s.interval !== 0) return false;
    const day = weekdayOf(date);
    return s.byDay.some((d) => d.day === day);
  }
  if (s.frequency === 'MONTHLY') {
    if ((monthIndex(date) - monthIndex(anchor)) % s.interval !== 0) return false;
    const year = Number(date.slice(0, 4));
    const dayOfMonth = Number(date.slice(8, 10));
    const length = daysInMonth(year, Number(date.slice(5, 7)));
    if (s.byMonthDay.some((d) => (d > 0 ? d === dayOfMonth : length + d + 1 === dayOfMonth))) return true;
    const day = weekdayOf(date);
    const fromStart = Math.ceil(dayOfMonth / 7);
    const fromEnd = -Math.ceil((length - dayOfMonth + 1) / 7);
    return s.byDay.some((d) => d.day === day && (d.nth == null || d.nth === fromStart || d.nth === fromEnd));
  }
  return false;
}

/** True when the schedule has a session on this date (in range, and not an exception). */
export function meetsOn(s: ActivitySchedule, date: IsoDate): boolean {
  if (s.frequency === null || !s.startTime || !s.endTime) return false;
  if ((s.startsOn && date < s.startsOn) || (s.endsOn && date > s.endsOn)) return false;
  if (s.exceptions.includes(date)) return false;
  return ruleMeetsOn(s, date);
}

function sessionOn(s: ActivitySchedule, date: IsoDate): Session {
  const startTime = s.startTime!;
  const endTime = s.endTime!;
  return { date, startTime, endTime, startsAt: londonInstant(date, startTime), endsAt: londonInstant(date, endTime) };
}

/** Every session of one schedule from `from` to `to` (dates, inclusive), in order. */
export function sessionsBetween(s: ActivitySchedule, from: IsoDate, to: IsoDate): Session[] {
  const sessions: Session[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) if (meetsOn(s, date)) sessions.push(sessionOn(s, date));
  return sessions;
}

/** The next `count` sessions of all the schedules that have not started by `now`, soonest first. */
export function upcomingSessions(schedules: readonly ActivitySchedule[], now: Date, count: number): Session[] {
  const today = londonToday(now);
  const found: Session[] = [];
  for (const s of schedules) {
    if (s.frequency === null) continue;
    let taken = 0;
    for (let i = 0, date = today; i <= LOOK_AHEAD_DAYS && taken < count; i++, date = addDays(date, 1)) {
      if (s.endsOn && date > s.endsOn) break;
      if (!meetsOn(s, date)) continue;
      const session = sessionOn(s, date);
      if (session.startsAt.getTime() <= now.getTime()) continue;
      found.push(session);
      taken++;
    }
  }
  found.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  // Two schedules may name the same session: list it once.
  return found.filter((s, i) => i === 0 || s.startsAt.getTime() !== found[i - 1]!.startsAt.getTime() || s.endTime !== found[i - 1]!.endTime).slice(0, count);
}

/** The last date a schedule that stops after `count` sessions meets, for Open Referral's COUNT. */
export function lastDateOfCount(s: ActivitySchedule, count: number): IsoDate | null {
  if (!s.startsOn || s.frequency === null) return null;
  let seen = 0;
  for (let i = 0, date = s.startsOn; i < 366 * 20; i++, date = addDays(date, 1)) {
    if (ruleMeetsOn(s, date) && ++seen === count) return date;
  }
  return null;
}

export type WhenItMeets = { days: number; slots: number };

/**
 * The weekdays and weekly slots (see availability) in which a schedule that has not ended meets,
 * as bit masks, for searching by day and time of day. Monthly schedules count on their weekdays.
 */
export function whenItMeets(schedules: readonly ActivitySchedule[], today: IsoDate): WhenItMeets {
  let days = 0;
  let slots = 0;
  for (const s of schedules) {
    if (s.frequency === null || !s.startTime || !s.endTime || (s.endsOn && s.endsOn < today)) continue;
    const weekdays: Day[] = s.byMonthDay.length > 0 ? DAYS.map((d) => d.id) : [...new Set(s.byDay.map((d) => d.day))];
    const start = minutesOf(s.startTime);
    const end = minutesOf(s.endTime);
    for (const day of weekdays) {
      days |= 1 << DAYS.findIndex((d) => d.id === day);
      for (const part of PARTS_OF_DAY) {
        if (start < part.toHour * 60 && end > part.fromHour * 60) slots |= slotBit({ day, part: part.id });
      }
    }
  }
  return { days, slots };
}

/** The last date any schedule meets; null when one of them goes on with no end. */
export function lastMeetingDate(schedules: readonly ActivitySchedule[]): IsoDate | null {
  const recurring = schedules.filter((s) => s.frequency !== null);
  if (recurring.length === 0 || recurring.some((s) => !s.endsOn)) return null;
  return recurring.map((s) => s.endsOn!).sort().at(-1)!;
}
