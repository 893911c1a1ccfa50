import {
  ACCESS_NEEDS,
  CONSENT_PURPOSES,
  CONTACT_METHODS,
  CONTACT_MODES,
  INTERESTS,
  LANGUAGES,
  LAWFUL_BASES,
  REACH_BY,
  SPECIAL_CATEGORY_CONDITIONS,
  SUPPORT_KINDS,
  VOLUNTEER_GENDER_PREFERENCES,
} from '@kindred/shared';

type Labelled = ReadonlyArray<{ id: string; label: string }>;
const labelIn = (items: Labelled) => (id: string) => items.find((i) => i.id === id)?.label ?? id;

export const interestLabel = labelIn(INTERESTS);
export const accessNeedLabel = labelIn(ACCESS_NEEDS);
export const contactModeLabel = labelIn(CONTACT_MODES);
export const reachByLabel = labelIn(REACH_BY);
export const contactMethodLabel = labelIn(CONTACT_METHODS);
export const languageLabel = labelIn(LANGUAGES);
export const supportKindLabel = labelIn(SUPPORT_KINDS);
export const volunteerGenderLabel = labelIn(VOLUNTEER_GENDER_PREFERENCES);
export const consentPurposeLabel = labelIn(CONSENT_PURPOSES);
export const lawfulBasisLabel = (id: string) => {
  const basis = LAWFUL_BASES.find((b) => b.id === id);
  return basis ? `${basis.label} (${basis.article})` : id;
};
export const conditionLabel = (id: string) => {
  const condition = SPECIAL_CATEGORY_CONDITIONS.find((c) => c.id === id);
  return condition ? `${condition.label} (${condition.article})` : id;
};

const LONDON = 'Europe/London';
const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, day: 'numeric', month: 'long', year: 'numeric' });
const sessionFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

/** "3 March 2027", in London time. */
export function dateInWords(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** A date given as YYYY-MM-DD: "3 March 2027". */
export function isoDateInWords(date: string): string {
  return dateFormat.format(new Date(`${date}T12:00:00Z`));
}

/** "Tuesday 22 December, 1:30pm" */
export function sessionInWords(iso: string): string {
  return sessionFormat.format(new Date(iso)).replace(' at ', ', ').replace(/\s?([ap])m/, '$1m');
}

/** "A, B and C" */
export function listInWords(items: readonly string[]): string {
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(items);
}
