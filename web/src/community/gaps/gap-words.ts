import { CONTACT_MODES, LANGUAGES, SUPPORT_KINDS, VOLUNTEER_SKILLS } from '@kindred/shared';

const labelIn = (items: ReadonlyArray<{ id: string; label: string }>) => (id: string) => items.find((i) => i.id === id)?.label ?? id;
export const supportKindLabel = labelIn(SUPPORT_KINDS);
export const contactModeLabel = labelIn(CONTACT_MODES);
export const languageLabel = labelIn(LANGUAGES);
export const skillLabel = (id: string) => VOLUNTEER_SKILLS.find((s) => s.id === id)?.reason ?? id;

/** "Needs a volunteer who signs BSL" → "needs a volunteer who signs BSL", for the middle of a sentence. */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "1 person", "3 people" */
export const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

/** "23 people are waiting; 6 have no volunteer who fits, 4 have too few." */
export function gapSummary({ waiting, none, few }: { waiting: number; none: number; few: number }): string {
  if (waiting === 0) return 'Nobody is waiting for a volunteer at the moment.';
  const are = waiting === 1 ? '1 person is waiting' : `${waiting} people are waiting`;
  if (none === 0 && few === 0) return `${are}, and at least 3 volunteers fit each of them.`;
  const has = (n: number) => (n === 1 ? '1 has' : `${n} have`);
  return `${are}; ${has(none)} no volunteer who fits, ${has(few)} too few.`;
}

/** A wait as people say it: "5 days", "3 weeks". */
export function waitInWords(days: number): string {
  if (days < 1) return 'Less than a day';
  if (days < 14) {
    const whole = Math.floor(days);
    return `${whole} day${whole === 1 ? '' : 's'}`;
  }
  return `${Math.floor(days / 7)} weeks`;
}

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "3 Mar", for a chart axis. */
export const weekShort = (isoDate: string) => shortDate.format(new Date(`${isoDate}T00:00:00Z`));
/** "3 March 2027" */
export const dateLong = (isoDate: string) => longDate.format(new Date(`${isoDate}T00:00:00Z`));

const CHART_LABELS: Record<string, string> = {
  TIME: 'Free times',
  CONTACT_MODE: 'Ways to keep in touch',
  DISTANCE: 'Distance',
  LANGUAGE: 'Language',
  GENDER: 'Gender asked for',
  SUPPORT_KIND: 'Kind of support',
  CAPACITY: 'Volunteers full',
  EXCLUDED: 'Earlier decline',
  NO_LOCATION: 'No postcode',
};

/** A blocker in two or three words, for a chart's narrow axis (the table beside it has the full words). */
export const blockerShortLabel = (key: string) => (key.startsWith('SKILL:') ? skillLabel(key.slice('SKILL:'.length)) : (CHART_LABELS[key] ?? key));
