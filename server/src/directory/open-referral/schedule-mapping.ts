/**
 * Open Referral schedules (iCalendar RRULE fields) to Kindred's schedules and back.
 *
 * Times: Open Referral UK files usually give opening times without a zone ("10:00:00"); these are
 * read as London time, as the people who wrote them meant. A time with an offset ("13:00Z",
 * "14:00+01:00") is turned into London time on the schedule's first date.
 *
 * Exceptions: HSDS 3.0 has no field for dates a schedule skips, so an export splits the schedule
 * into date ranges around them (valid_from/valid_to, keeping dtstart), which any reader of HSDS
 * understands; an import joins such ranges back into one schedule with those dates as exceptions.
 */
import {
  addDays,
  DAYS,
  describeSchedule,
  lastDateOfCount,
  londonWallClock,
  MAX_EXCEPTIONS,
  meetsOn,
  sessionsBetween,
  type ActivitySchedule,
  type Day,
  type IsoDate,
  type WeekdayRule,
} from '@kindred/shared';
import type { ScheduleRecord } from './hsds-records.js';
import { derivedId } from './ids.js';

type Problem = { field: string; message: string };

const ICAL_DAYS: Record<string, Day> = { MO: 'MON', TU: 'TUE', WE: 'WED', TH: 'THU', FR: 'FRI', SA: 'SAT', SU: 'SUN' };
const DAY_CODES = Object.fromEntries(Object.entries(ICAL_DAYS).map(([code, day]) => [day, code])) as Record<Day, string>;
const BYDAY = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?\s*(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/i;

function parseByDay(value: string | null): WeekdayRule[] | null {
  if (!value) return [];
  const rules: WeekdayRule[] = [];
  for (const token of value.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean)) {
    const match = BYDAY.exec(token);
    if (!match) return null;
    rules.push({ day: ICAL_DAYS[match[2]!]!, nth: match[1] ? Number(match[1]) : null });
  }
  return rules;
}

function parseMonthDays(value: string | null): number[] | null {
  if (!value) return [];
  const days = value.split(',').map((t) => t.trim()).filter(Boolean).map(Number);
  return days.every((d) => Number.isInteger(d) && d !== 0 && d >= -31 && d <= 31) ? days : null;
}

/** A time in London on `date`, from "10:00", "10:00:00", "09:00Z" or "14:00+01:00"; null when unreadable. */
function londonTime(value: string | null, date: IsoDate, zoneHours: number | null): string | null {
  if (!value) return null;
  const match = TIME.exec(value.trim());
  if (!match) return null;
  const time = `${match[1]!.padStart(2, '0')}:${match[2]}`;
  const zone = match[3]?.toUpperCase() ?? (zoneHours === null ? null : zoneHours);
  if (zone === null) return time;
  const offsetMinutes =
    typeof zone === 'number' ? zone * 60 : zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const instant = new Date(Date.parse(`${date}T00:00:00Z`) + (hours * 60 + minutes - offsetMinutes) * 60_000);
  const shown = londonWallClock(instant);
  return shown.date === date ? shown.time : null;
}

const earliest = (...dates: Array<IsoDate | null>) => dates.filter((d): d is IsoDate => !!d).sort()[0] ?? null;

/** One Open Referral schedule as a Kindred schedule, or the problems that stop it being one. */
export function scheduleFromRecord(record: ScheduleRecord, today: IsoDate): { schedule: ActivitySchedule } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const anchor = record.dtstart ?? record.valid_from;
  const zoneDate = anchor ?? today;
  const startTime = londonTime(record.opens_at, zoneDate, record.timezone);
  const endTime = londonTime(record.closes_at, zoneDate, record.timezone);
  if (record.opens_at && !startTime) problems.push({ field: 'opens_at', message: 'Write the start time like 14:00' });
  if (record.closes_at && !endTime) problems.push({ field: 'closes_at', message: 'Write the end time like 16:00' });
  const byDay = parseByDay(record.byday);
  const byMonthDay = parseMonthDays(record.bymonthday);
  if (!byDay) problems.push({ field: 'byday', message: 'Write the days like TU,TH, or for monthly schedules 1TU,3TU or -1FR' });
  if (!byMonthDay) problems.push({ field: 'bymonthday', message: 'Write the days of the month as numbers from 1 to 31, like 1,15' });
  const unreadable = (record.byweekno != null && record.byweekno !== '') || (record.byyearday != null && record.byyearday !== '');
  if (problems.length > 0) return { problems };

  const base: ActivitySchedule = {
    id: record.id,
    frequency: unreadable ? null : (record.freq as ActivitySchedule['frequency']),
    interval: record.interval ?? 1,
    byDay: byDay!,
    byMonthDay: byMonthDay!,
    startTime,
    endTime,
    startsOn: anchor,
    endsOn: earliest(record.valid_to, record.until),
    exceptions: [],
    description: record.description,
    notes: record.notes,
  };
  if (base.frequency === null) {
    if (!record.description) {
      const message = unreadable
        ? 'Kindred cannot read schedules by week or day of the year: describe the schedule in words instead'
        : 'Give the frequency as WEEKLY or MONTHLY, or describe the schedule in words';
      return { problems: [{ field: 'freq', message }] };
    }
    return { schedule: { ...base, frequency: null, interval: 1, byDay: [], byMonthDay: [], startsOn: record.valid_from ?? record.dtstart } };
  }
  if (!startTime) problems.push({ field: 'opens_at', message: 'Give the time it starts, like 14:00' });
  if (!endTime) problems.push({ field: 'closes_at', message: 'Give the time it ends, like 16:00' });
  if (base.frequency === 'WEEKLY' && byDay!.some((d) => d.nth !== null)) {
    problems.push({ field: 'byday', message: 'A weekly schedule meets on every one of its days: take the numbers out of byday' });
  }
  if (problems.length > 0) return { problems };
  if (base.frequency === 'WEEKLY') base.byDay = byDay!.map((d) => ({ day: d.day, nth: null }));
  if (record.count && anchor) base.endsOn = earliest(base.endsOn, lastDateOfCount(base, record.count));
  // Sessions start from valid_from, in step with dtstart: the first session on or after it.
  if (record.valid_from && anchor && record.valid_from > anchor) {
    base.startsOn = firstMeetingOnOrAfter(base, record.valid_from) ?? record.valid_from;
  }
  // Words that merely repeat the rule add nothing; keep only what a person wrote.
  if (base.description === describeSchedule(base)) base.description = null;
  return { schedule: base };
}

function meetsBetween(s: ActivitySchedule, from: IsoDate, to: IsoDate): boolean {
  const date = firstMeetingOnOrAfter({ ...s, exceptions: [] }, from);
  return date !== null && date <= to;
}

function firstMeetingOnOrAfter(s: ActivitySchedule, from: IsoDate): IsoDate | null {
  for (let i = 0, date = from; i < 800; i++, date = addDays(date, 1)) if (meetsOn(s, date)) return date;
  return null;
}

const sameRule = (a: ActivitySchedule, b: ActivitySchedule) =>
  JSON.stringify([a.frequency, a.interval, a.byDay, a.byMonthDay, a.startTime, a.endTime, a.description ?? null, a.notes ?? null]) ===
  JSON.stringify([b.frequency, b.interval, b.byDay, b.byMonthDay, b.startTime, b.endTime, b.description ?? null, b.notes ?? null]);

/**
 * Joins schedules that are one rule over separate date ranges (as an export writes a schedule with
 * exceptions) back into one, with the sessions in the gaps as exceptions.
 */
export function joinDateRanges(schedules: ActivitySchedule[]): ActivitySchedule[] {
  const order = new Map(schedules.map((s, i) => [s, i]));
  const sorted = [...schedules].sort((a, b) => (a.startsOn ?? '').localeCompare(b.startsOn ?? ''));
  const joined: Array<{ schedule: ActivitySchedule; first: number }> = [];
  for (const next of sorted) {
    const previous = joined.findLast((j) => j.schedule.frequency !== null && sameRule(j.schedule, next))?.schedule;
    if (previous?.endsOn && next.frequency !== null && next.startsOn && next.startsOn > previous.endsOn) {
      const extended = { ...previous, endsOn: next.endsOn, exceptions: [] };
      // The later range must meet in step with the earlier one ("every other week" stays in phase).
      const firstOfNext = firstMeetingOnOrAfter(next, next.startsOn);
      if (firstOfNext && meetsOn(extended, firstOfNext)) {
        const gap = sessionsBetween(extended, addDays(previous.endsOn, 1), addDays(next.startsOn, -1)).map((s) => s.date);
        const exceptions = [...new Set([...previous.exceptions, ...gap, ...next.exceptions])].sort();
        if (exceptions.length <= MAX_EXCEPTIONS) {
          Object.assign(previous, { endsOn: next.endsOn, exceptions });
          continue;
        }
      }
    }
    joined.push({ schedule: { ...next }, first: order.get(next)! });
  }
  // In the order the file gave them.
  return joined.sort((a, b) => a.first - b.first).map((j) => j.schedule);
}

export type ScheduleOut = Record<string, string | number>;

function byDayCode(s: ActivitySchedule): string {
  const order = (rule: WeekdayRule) => DAYS.findIndex((d) => d.id === rule.day) * 20 + (rule.nth == null ? 0 : rule.nth > 0 ? rule.nth : 10 - rule.nth);
  return [...s.byDay].sort((a, b) => order(a) - order(b)).map((r) => `${r.nth ?? ''}${DAY_CODES[r.day]}`).join(',');
}

/**
 * One Kindred schedule as Open Referral schedule records: one for each date range between the
 * dates it skips. `fallbackId` names a schedule that has no id of its own yet.
 */
export function scheduleRecords(s: ActivitySchedule, fallbackId: string, link: Record<string, string>): ScheduleOut[] {
  const id = s.id ?? fallbackId;
  const common: ScheduleOut = { ...link };
  if (s.startTime) common.opens_at = s.startTime;
  if (s.endTime) common.closes_at = s.endTime;
  if (s.notes) common.notes = s.notes;
  if (s.frequency === null) {
    return [{ id, ...common, ...(s.startsOn ? { valid_from: s.startsOn } : {}), ...(s.endsOn ? { valid_to: s.endsOn } : {}), description: s.description ?? '' }];
  }
  Object.assign(common, { freq: s.frequency, interval: s.interval, description: s.description ?? describeSchedule(s) });
  if (s.byDay.length > 0) common.byday = byDayCode(s);
  if (s.byMonthDay.length > 0) common.bymonthday = s.byMonthDay.join(',');
  if (s.startsOn) common.dtstart = s.startsOn;
  // Only skipped dates that would have been sessions split the schedule.
  const skipped = s.exceptions.filter((d) => meetsOn({ ...s, exceptions: [] }, d)).sort();
  const ranges: Array<[IsoDate | null, IsoDate | null]> = [];
  let from: IsoDate | null = s.startsOn;
  for (const date of skipped) {
    ranges.push([from, addDays(date, -1)]);
    from = addDays(date, 1);
  }
  ranges.push([from, s.endsOn]);
  // A range between two skipped dates may hold no session at all ("every other week"): leave it out.
  return ranges
    .filter(([start, end]) => !start || !end || (start <= end && meetsBetween(s, start, end)))
    .map(([start, end], i) => ({
      id: i === 0 ? id : derivedId(id, 'range', String(i)),
      ...common,
      ...(start ? { valid_from: start } : {}),
      ...(end ? { valid_to: end } : {}),
    }));
}
