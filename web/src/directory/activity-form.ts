/**
 * The listing form's values, how they become the API's input, and how problems (the shared rules,
 * the server's, and dates typed in words) are named so each links to its field.
 */
import { activityProblems, type ActivitySchedule, type Day, type FirstVisitMode, type Frequency } from '@kindred/shared';
import { datePartsOf, EMPTY_DATE, isoDateOf, type DateParts } from '../ui/DateInput';
import type { ActivityDetailFieldsFragment, ActivityInput, ActivityScheduleInput } from '../gql/graphql';

export type ScheduleKind = 'WEEKLY' | 'MONTHLY_WEEKDAY' | 'MONTHLY_DATE' | 'WORDS';

export type ScheduleValues = {
  kind: ScheduleKind | '';
  interval: string;
  days: string[];
  nths: string[];
  monthDay: string;
  monthDates: string;
  startTime: string;
  endTime: string;
  startsOn: DateParts;
  endsOn: DateParts;
  exceptions: string;
  description: string;
};

export type ActivityFormValues = {
  title: string;
  organiserName: string;
  description: string;
  interests: string[];
  venueName: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  features: string[];
  accessNotes: string;
  cost: string;
  isFree: boolean;
  firstVisit: FirstVisitMode | 'UNKNOWN' | '';
  bookingDetails: string;
  whoToAsk: string;
  whatToExpect: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  website: string;
  schedules: ScheduleValues[];
};

export const EMPTY_SCHEDULE: ScheduleValues = {
  kind: '',
  interval: '1',
  days: [],
  nths: [],
  monthDay: '',
  monthDates: '',
  startTime: '',
  endTime: '',
  startsOn: EMPTY_DATE,
  endsOn: EMPTY_DATE,
  exceptions: '',
  description: '',
};

export const EMPTY_ACTIVITY: ActivityFormValues = {
  title: '',
  organiserName: '',
  description: '',
  interests: [],
  venueName: '',
  addressLine1: '',
  addressLine2: '',
  town: '',
  postcode: '',
  features: [],
  accessNotes: '',
  cost: '',
  isFree: false,
  firstVisit: '',
  bookingDetails: '',
  whoToAsk: '',
  whatToExpect: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  website: '',
  schedules: [{ ...EMPTY_SCHEDULE }],
};

/** The fields of the form that are not schedules, in page order, each with the id its error links to. */
export const FIELD_IDS = {
  title: 'title',
  organiserName: 'organiserName',
  description: 'description',
  interests: 'interests',
  venueName: 'venueName',
  addressLine1: 'addressLine1',
  addressLine2: 'addressLine2',
  town: 'town',
  postcode: 'postcode',
  features: 'features',
  accessNotes: 'accessNotes',
  schedules: 'schedules',
  firstVisit: 'firstVisit',
  bookingDetails: 'bookingDetails',
  whoToAsk: 'whoToAsk',
  whatToExpect: 'whatToExpect',
  cost: 'cost',
  contactName: 'contactName',
  contactPhone: 'contactPhone',
  contactEmail: 'contactEmail',
  website: 'website',
} as const;

const SCHEDULE_FIELDS = ['kind', 'interval', 'byDay', 'byMonthDay', 'startTime', 'endTime', 'startsOn', 'endsOn', 'exceptions', 'description'] as const;

/** The id of a schedule field's control ("schedules-0-startTime"), which the server names "schedules.0.startTime". */
export const scheduleFieldId = (index: number, field: string) => `schedules-${index}-${field}`;

/** Every field's id in page order, schedules included, for the error summary. */
export function fieldIdsFor(values: ActivityFormValues): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [field, id] of Object.entries(FIELD_IDS)) {
    if (field === 'schedules') {
      ids.schedules = id;
      values.schedules.forEach((_, i) => {
        for (const f of SCHEDULE_FIELDS) ids[`schedules.${i}.${f}`] = scheduleFieldId(i, f);
      });
    } else ids[field] = id;
  }
  return ids;
}

const pad = (n: string) => n.padStart(2, '0');
/** "9:30", "09.30" or "14:00" as HH:MM; anything else is left for the rules to name. */
export function clockTime(typed: string): string {
  const match = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(typed);
  return match ? `${pad(match[1]!)}:${match[2]}` : typed.trim();
}

/** Dates typed one a line ("22/12/2026", "22 12 2026" or "2026-12-22"); null for a line that is not a date. */
export function datesFromLines(text: string): Array<string | null> {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(line)) return isoDateOf({ year: line.slice(0, 4), month: line.slice(5, 7), day: line.slice(8, 10) });
      const parts = line.split(/[\s/.-]+/);
      return parts.length === 3 ? isoDateOf({ day: parts[0]!, month: parts[1]!, year: parts[2]! }) : null;
    });
}

const partsOf = (date: string | null | undefined): DateParts => (date ? datePartsOf(new Date(`${date}T12:00:00`)) : EMPTY_DATE);
const isoOrNull = (parts: DateParts) => (parts.day || parts.month || parts.year ? isoDateOf(parts) : null);
const dateEntered = (parts: DateParts) => !!(parts.day || parts.month || parts.year);

export function scheduleInput(s: ScheduleValues): ActivityScheduleInput {
  const frequency: Frequency | null = s.kind === 'WEEKLY' ? 'WEEKLY' : s.kind === 'MONTHLY_WEEKDAY' || s.kind === 'MONTHLY_DATE' ? 'MONTHLY' : null;
  return {
    frequency,
    interval: Number(s.interval) || 1,
    byDay:
      s.kind === 'WEEKLY'
        ? s.days.map((day) => ({ day: day as Day }))
        : s.kind === 'MONTHLY_WEEKDAY' && s.monthDay
          ? s.nths.map((n) => ({ day: s.monthDay as Day, nth: Number(n) }))
          : [],
    byMonthDay: s.kind === 'MONTHLY_DATE' ? s.monthDates.split(/[\s,]+/).filter(Boolean).map((d) => (d.toLowerCase() === 'last' ? -1 : Number(d))) : [],
    startTime: s.kind === 'WORDS' && !s.startTime ? null : clockTime(s.startTime),
    endTime: s.kind === 'WORDS' && !s.endTime ? null : clockTime(s.endTime),
    startsOn: isoOrNull(s.startsOn),
    endsOn: isoOrNull(s.endsOn),
    exceptions: datesFromLines(s.exceptions).filter((d): d is string => d !== null),
    description: s.description.trim() || null,
  };
}

export function activityInput(v: ActivityFormValues): ActivityInput {
  return {
    title: v.title,
    organiserName: v.organiserName,
    description: v.description,
    interests: v.interests,
    venueName: v.venueName,
    addressLine1: v.addressLine1,
    addressLine2: v.addressLine2,
    town: v.town,
    postcode: v.postcode,
    features: v.features as ActivityInput['features'],
    accessNotes: v.accessNotes.split('\n').map((l) => l.trim()).filter(Boolean),
    cost: v.cost,
    isFree: v.isFree,
    firstVisit: v.firstVisit === 'DROP_IN' || v.firstVisit === 'BOOKING' ? v.firstVisit : null,
    bookingDetails: v.bookingDetails,
    whoToAsk: v.whoToAsk,
    whatToExpect: v.whatToExpect,
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    contactEmail: v.contactEmail,
    website: v.website,
    schedules: v.schedules.map(scheduleInput),
  };
}

/** The problems the form can find before sending, named as the server names them. */
export function formProblems(v: ActivityFormValues): Record<string, string> {
  const found: Record<string, string> = {};
  v.schedules.forEach((s, i) => {
    const at = (f: string) => `schedules.${i}.${f}`;
    if (s.kind === '') found[at('kind')] = 'Choose how often it meets';
    if (dateEntered(s.startsOn) && !isoDateOf(s.startsOn)) found[at('startsOn')] = 'Enter a real date for the first session, like 6 1 2026';
    if (dateEntered(s.endsOn) && !isoDateOf(s.endsOn)) found[at('endsOn')] = 'Enter a real date for the last session, like 21 7 2026';
    if (datesFromLines(s.exceptions).includes(null)) found[at('exceptions')] = 'Write each date it does not meet on its own line, like 22/12/2026';
    if (s.kind === 'MONTHLY_WEEKDAY' && (!s.monthDay || s.nths.length === 0)) found[at('byDay')] = 'Choose which weeks of the month, and the day';
  });
  if (!v.firstVisit) found.firstVisit = 'Say whether newcomers can drop in or need to book';
  const input = activityInput(v);
  const schedules: ActivitySchedule[] = (input.schedules ?? []).map((s) => ({
    frequency: s.frequency ?? null,
    interval: s.interval ?? 1,
    byDay: (s.byDay ?? []).map((d) => ({ day: d.day, nth: d.nth ?? null })),
    byMonthDay: s.byMonthDay ?? [],
    startTime: s.startTime ?? null,
    endTime: s.endTime ?? null,
    startsOn: s.startsOn ?? null,
    endsOn: s.endsOn ?? null,
    exceptions: s.exceptions ?? [],
    description: s.description ?? null,
  }));
  const shared = activityProblems({
    ...v,
    accessNotes: input.accessNotes ?? [],
    firstVisit: input.firstVisit ?? null,
    schedules,
  });
  for (const p of shared) found[p.field] ??= p.message;
  return found;
}

/** The form filled in from a listing, for changing it. */
export function valuesOf(a: ActivityDetailFieldsFragment): ActivityFormValues {
  return {
    title: a.title,
    organiserName: a.organiserName,
    description: a.description,
    interests: a.interests,
    venueName: a.venue.name,
    addressLine1: a.venue.addressLine1,
    addressLine2: a.venue.addressLine2 ?? '',
    town: a.venue.town,
    postcode: a.venue.postcode,
    features: a.venue.features,
    accessNotes: a.venue.accessNotes.join('\n'),
    cost: a.cost ?? '',
    isFree: a.isFree,
    firstVisit: a.firstVisit.mode ?? 'UNKNOWN',
    bookingDetails: a.firstVisit.bookingDetails ?? '',
    whoToAsk: a.firstVisit.whoToAsk ?? '',
    whatToExpect: a.firstVisit.whatToExpect ?? '',
    contactName: a.contact.name ?? '',
    contactPhone: a.contact.phone ?? '',
    contactEmail: a.contact.email ?? '',
    website: a.contact.website ?? '',
    schedules: a.schedules.map((s) => ({
      kind: s.frequency === 'WEEKLY' ? 'WEEKLY' : s.frequency === 'MONTHLY' ? (s.byMonthDay.length > 0 ? 'MONTHLY_DATE' : 'MONTHLY_WEEKDAY') : 'WORDS',
      interval: String(s.interval),
      days: s.frequency === 'WEEKLY' ? s.byDay.map((d) => d.day) : [],
      nths: s.frequency === 'MONTHLY' ? s.byDay.map((d) => String(d.nth ?? '')).filter(Boolean) : [],
      monthDay: s.frequency === 'MONTHLY' ? (s.byDay[0]?.day ?? '') : '',
      monthDates: s.byMonthDay.map((d) => (d === -1 ? 'last' : String(d))).join(', '),
      startTime: s.startTime ?? '',
      endTime: s.endTime ?? '',
      startsOn: partsOf(s.startsOn),
      endsOn: partsOf(s.endsOn),
      exceptions: s.exceptions.map((d) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`).join('\n'),
      description: s.description ?? '',
    })),
  };
}
