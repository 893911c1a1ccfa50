/**
 * What a person seeking company tells us about themself, and how the scheme reaches them. The rules
 * here are shared so the web form and the API say the same thing in the same words.
 */

/** Who the person would like their volunteer to be. Matching treats anything but NO_PREFERENCE as a must. */
export const VOLUNTEER_GENDER_PREFERENCES = [
  { id: 'NO_PREFERENCE', label: 'I do not mind' },
  { id: 'WOMAN', label: 'A woman' },
  { id: 'MAN', label: 'A man' },
] as const;
export type VolunteerGenderPreference = (typeof VOLUNTEER_GENDER_PREFERENCES)[number]['id'];

/** How the scheme's staff get in touch with the person (not how they meet a volunteer). */
export const REACH_BY = [
  { id: 'PHONE', label: 'Phone call' },
  { id: 'TEXT', label: 'Text message' },
  { id: 'EMAIL', label: 'Email' },
  { id: 'LETTER', label: 'Letter' },
] as const;
export type ReachBy = (typeof REACH_BY)[number]['id'];

/** How a member of staff was in touch, for the record of contacts. */
export const CONTACT_METHODS = [...REACH_BY, { id: 'IN_PERSON', label: 'In person' }] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number]['id'];

export const WHAT_MATTERS_MAX_LENGTH = 2000;
export const OTHER_PREFERENCES_MAX_LENGTH = 500;
export const REQUEST_NOTES_MAX_LENGTH = 1000;
export const CONTACT_NOTE_MAX_LENGTH = 500;
export const ADDRESS_MAX_LENGTH = 300;
export const PERSON_NAME_MAX_LENGTH = 80;

// Bidirectional overrides and other invisible controls can make text display as something else.
// Line breaks and tabs are fine in longer answers.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_CONTROLS = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** Checks optional free text: within `max` characters and free of hidden controls. `what` starts the message. */
export function freeTextProblem(value: string, max: number, what: string): string | null {
  if ([...value.trim()].length > max) return `${what} must be ${max} characters or fewer`;
  if (HIDDEN_CONTROLS.test(value)) return `${what} must not contain hidden control characters`;
  return null;
}

/** Checks the name of a person being referred. */
export function personNameProblem(name: string): string | null {
  const value = name.trim();
  if (value === '') return 'Enter their name';
  if ([...value].length > PERSON_NAME_MAX_LENGTH) return `Name must be ${PERSON_NAME_MAX_LENGTH} characters or fewer`;
  if (LINE_CONTROLS.test(value)) return 'Name must not contain hidden control characters';
  return null;
}

/** A UK phone number as people write it: 10 or 11 digits (or +44 and 10), spaces and brackets allowed. */
export function phoneProblem(phone: string): string | null {
  const value = phone.trim();
  if (value === '') return null;
  if (!/^[\d\s()+-]+$/.test(value)) return 'Enter a phone number, like 01422 123456 or 07700 900123';
  const digits = value.replace(/\D/g, '');
  const international = value.startsWith('+');
  const ok = international ? digits.length >= 11 && digits.length <= 15 : digits.length >= 10 && digits.length <= 11;
  return ok ? null : 'Enter a phone number, like 01422 123456 or 07700 900123';
}

