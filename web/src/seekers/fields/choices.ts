import {
  ACCESS_NEED_GROUPS,
  ACCESS_NEEDS,
  CONTACT_MODES,
  INTEREST_GROUPS,
  INTERESTS,
  LANGUAGES,
  REACH_BY,
  VOLUNTEER_GENDER_PREFERENCES,
} from '@kindred/shared';
import type { CheckboxGroup } from './GroupedCheckboxes';

export const INTEREST_CHOICES: CheckboxGroup[] = INTEREST_GROUPS.map((group) => ({
  id: group.id,
  label: group.label,
  options: INTERESTS.filter((i) => i.group === group.id).map((i) => ({ value: i.id, label: i.label })),
}));

/** Plain words for needs whose name alone may not say enough. Needs, never diagnoses. */
const NEED_HINTS: Record<string, string> = {
  TEXT_CONTACT: 'For example, texts or letters instead of phone calls.',
  LIP_READING: 'Someone who speaks clearly, faces you and is happy to write things down.',
  HEARING_LOOP: 'A system in a room that sends sound straight to a hearing aid.',
  LARGE_PRINT: 'Letters and papers from us in bigger writing.',
  EASY_READ: 'Short, simple sentences with pictures.',
  EXTRA_TIME: 'Time to think and answer, without being rushed.',
  SHORT_WALK: 'For example, being dropped off near the door.',
  NO_PUBLIC_TRANSPORT: 'Buses or trains are not possible for you.',
  MEMORY_SUPPORT: 'For example, a reminder the day before you meet.',
  QUIET_ENVIRONMENT: 'Somewhere without loud music or a crowd.',
};

export const ACCESS_NEED_CHOICES: CheckboxGroup[] = ACCESS_NEED_GROUPS.map((group) => ({
  id: group.id,
  label: group.label,
  options: ACCESS_NEEDS.filter((n) => n.group === group.id).map((n) => ({
    value: n.id,
    label: n.label,
    ...(NEED_HINTS[n.id] ? { hint: NEED_HINTS[n.id] } : {}),
  })),
}));

export const CONTACT_MODE_CHOICES = CONTACT_MODES.map((m) => ({ value: m.id, label: m.label }));
export const REACH_BY_CHOICES = REACH_BY.map((r) => ({ value: r.id, label: r.label }));
export const VOLUNTEER_GENDER_CHOICES = VOLUNTEER_GENDER_PREFERENCES.map((g) => ({ value: g.id, label: g.label }));
export const LANGUAGE_CHOICES = LANGUAGES.map((l) => ({ value: l.id, label: l.label }));

/** How far a person will travel to meet someone in person; 0 is "they come to me". */
export const TRAVEL_CHOICES = [
  { value: '0', label: 'I would rather they came to me' },
  { value: '2', label: 'Up to 2 km (about a mile)' },
  { value: '5', label: 'Up to 5 km (about 3 miles)' },
  { value: '10', label: 'Up to 10 km (about 6 miles)' },
  { value: '20', label: 'Up to 20 km (about 12 miles)' },
];
