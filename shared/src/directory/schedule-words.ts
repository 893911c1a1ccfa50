/** Schedules and sessions in plain English, the GOV.UK way: "Every Tuesday, 1:30pm to 3:30pm". */
import { DAYS, type Day } from '../vocabulary/availability.js';
import { dateInWords } from '../volunteering.js';
import { minutesOf, type ClockTime, type IsoDate } from './calendar.js';
import type { ActivitySchedule, Session, WeekdayRule } from './schedule.js';

const ORDINALS: Record<string, string> = {
  '1': 'first',
  '2': 'second',
  '3': 'third',
  '4': 'fourth',
  '5': 'fifth',
  '-1': 'last',
  '-2': 'second to last',
  '-3': 'third to last',
  '-4': 'fourth to last',
  '-5': 'fifth to last',
};

const dayLabel = (day: Day) => DAYS.find((d) => d.id === day)!.label;

export function listInWords(items: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
}

/** "10am", "1:30pm", "12 noon", "12 midnight". */
export function clockTimeInWords(time: ClockTime): string {
  const minutes = minutesOf(time);
  if (minutes === 0) return '12 midnight';
  if (minutes === 12 * 60) return '12 noon';
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${twelve}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`}${hour < 12 ? 'am' : 'pm'}`;
}

function ordinalDay(n: number): string {
  if (n === -1) return 'last day';
  if (n < 0) return `${ORDINALS[String(n)] ?? `${-n}th to last`} day`;
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

function sortedDays(rules: readonly WeekdayRule[]): Day[] {
  return DAYS.map((d) => d.id).filter((day) => rules.some((r) => r.day === day));
}

// First, second … then counting from the end: second to last, last.
const byPlaceInMonth = (a: number, b: number) => (a > 0 ? a : 64 + a) - (b > 0 ? b : 64 + b);

function everyPeriod(interval: number, unit: 'week' | 'month'): string {
  if (interval === 1) return `each ${unit}`;
  if (interval === 2) return `every other ${unit}`;
  return `every ${interval} ${unit}s`;
}

function monthlyDays(s: ActivitySchedule): string {
  // Group "first and third Tuesday" together; keep days in week order.
  const phrases = sortedDays(s.byDay).map((day) => {
    const nths = s.byDay.filter((r) => r.day === day).map((r) => r.nth ?? null);
    if (nths.includes(null)) return `every ${dayLabel(day)}`;
    const ordered = [...(nths as number[])].sort(byPlaceInMonth);
    return `${listInWords(ordered.map((n) => ORDINALS[String(n)] ?? String(n)))} ${dayLabel(day)}`;
  });
  const dates = [...s.byMonthDay].sort(byPlaceInMonth).map(ordinalDay);
  return listInWords([...phrases, ...dates]);
}

/** When the schedule meets, without its dates: "Every other Tuesday, 10am to 12 noon". */
export function describeSchedule(s: ActivitySchedule): string {
  if (s.frequency === null) return s.description?.trim() ?? '';
  let when: string;
  if (s.frequency === 'WEEKLY') {
    const days = listInWords(sortedDays(s.byDay).map(dayLabel));
    if (s.interval === 1) when = `Every ${days}`;
    else if (s.interval === 2) when = `Every other ${days}`;
    else when = `Every ${s.interval} weeks on ${days}`;
  } else {
    const days = monthlyDays(s);
    when = `The ${days} of ${everyPeriod(s.interval, 'month')}`;
    if (days.startsWith('every ')) when = `${days[0]!.toUpperCase()}${days.slice(1)} of ${everyPeriod(s.interval, 'month')}`;
  }
  const times = s.startTime && s.endTime ? `, ${clockTimeInWords(s.startTime)} to ${clockTimeInWords(s.endTime)}` : '';
  return `${when}${times}`;
}

const longDateWithDay = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "Tuesday 22 December", for a session in the coming months. */
export function sessionDateInWords(date: IsoDate): string {
  return longDateWithDay.format(new Date(`${date}T12:00:00Z`)).replace(',', '');
}

/** "Tuesday 22 December, 1:30pm to 3:30pm". */
export function describeSession(session: Pick<Session, 'date' | 'startTime' | 'endTime'>): string {
  return `${sessionDateInWords(session.date)}, ${clockTimeInWords(session.startTime)} to ${clockTimeInWords(session.endTime)}`;
}

/** "From 6 January 2026 until 21 July 2026", or null when it has no dates. */
export function describeDates(s: Pick<ActivitySchedule, 'startsOn' | 'endsOn'>): string | null {
  if (s.startsOn && s.endsOn) return `From ${dateInWords(s.startsOn)} until ${dateInWords(s.endsOn)}`;
  if (s.startsOn) return `From ${dateInWords(s.startsOn)}`;
  if (s.endsOn) return `Until ${dateInWords(s.endsOn)}`;
  return null;
}
