/**
 * Volunteering: what a volunteer tells us about themself, and the records staff keep while
 * checking them. The words here are the ones people see; the web form and the API share them.
 */
import { TIME_ZONE } from './vocabulary/availability.js';

/** How many people a volunteer supports at once. */
export const CAPACITY_MIN = 1;
export const CAPACITY_MAX = 5;

export const GENDER_MAX_LENGTH = 60;
export const PAUSE_REASON_MAX_LENGTH = 300;
export const REFEREE_TEXT_MAX_LENGTH = 120;
export const REFEREES_NEEDED = 2;

/** Optional and self-described; some people ask for a volunteer of a similar age. */
export const AGE_BANDS = [
  { id: 'AGE_18_24', label: '18 to 24' },
  { id: 'AGE_25_34', label: '25 to 34' },
  { id: 'AGE_35_44', label: '35 to 44' },
  { id: 'AGE_45_54', label: '45 to 54' },
  { id: 'AGE_55_64', label: '55 to 64' },
  { id: 'AGE_65_74', label: '65 to 74' },
  { id: 'AGE_75_PLUS', label: '75 or over' },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['id'];

/** The levels of a Disclosure and Barring Service check, lowest first. */
export const DBS_LEVELS = [
  { id: 'BASIC', label: 'Basic' },
  { id: 'STANDARD', label: 'Standard' },
  { id: 'ENHANCED', label: 'Enhanced' },
  { id: 'ENHANCED_WITH_BARRED_LISTS', label: 'Enhanced with barred lists' },
] as const;
export type DbsLevel = (typeof DBS_LEVELS)[number]['id'];

/** Schemes ask for a new DBS check this many years after the last one was issued. */
export const DBS_RECHECK_YEARS = 3;

/** Training every volunteer completes before approval. */
export const TRAINING_MODULES = [
  { id: 'SAFEGUARDING', label: 'Safeguarding adults', description: 'Spotting abuse and neglect, and what to do about it' },
  { id: 'BOUNDARIES', label: 'Boundaries', description: 'Being a friendly volunteer, not a carer, lender or best friend' },
  {
    id: 'COMMUNICATION_SUPPORT',
    label: 'Communication support',
    description: 'Meeting people’s communication needs: clear speech, text, large print, more time',
  },
] as const;
export type TrainingModule = (typeof TRAINING_MODULES)[number]['id'];

/** A referee's reference: asked for, then received, then checked by staff. */
export const REFERENCE_STATUSES = [
  { id: 'REQUESTED', label: 'Asked for' },
  { id: 'RECEIVED', label: 'Received' },
  { id: 'VERIFIED', label: 'Checked' },
] as const;
export type ReferenceStatus = (typeof REFERENCE_STATUSES)[number]['id'];

const labelOf = <T extends string>(items: ReadonlyArray<{ id: T; label: string }>, id: T) => items.find((i) => i.id === id)?.label ?? id;
export const ageBandLabel = (id: AgeBand) => labelOf(AGE_BANDS, id);
export const dbsLevelLabel = (id: DbsLevel) => labelOf(DBS_LEVELS, id);
export const trainingModuleLabel = (id: TrainingModule) => labelOf(TRAINING_MODULES, id);
export const referenceStatusLabel = (id: ReferenceStatus) => labelOf(REFERENCE_STATUSES, id);

export const isAgeBand = (value: string): value is AgeBand => AGE_BANDS.some((b) => b.id === value);
export const isDbsLevel = (value: string): value is DbsLevel => DBS_LEVELS.some((l) => l.id === value);
export const isTrainingModule = (value: string): value is TrainingModule => TRAINING_MODULES.some((m) => m.id === value);

const londonDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (YYYY-MM-DD) an instant falls on in London, where Kindred's people live. */
export function londonDate(instant: Date): string {
  return londonDay.format(instant);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The date a DBS check should be renewed by: the same day three years on (28 February for a 29th). */
export function defaultRecheckDue(issuedOn: string): string {
  const [year, month, day] = issuedOn.split('-').map(Number) as [number, number, number];
  const target = year + DBS_RECHECK_YEARS;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${target}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** "14 March 2026": a date as people write it. */
export function dateInWords(isoDate: string): string {
  if (!isIsoDate(isoDate)) return isoDate;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

// Bidirectional overrides and other invisible controls can make text display as something else.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** Checks a short piece of free text: present when required, not too long, no hidden characters. */
export function textProblem(value: string, what: { empty?: string; name: string; max: number }): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return what.empty ?? null;
  if ([...trimmed].length > what.max) return `${what.name} must be ${what.max} characters or fewer`;
  if (HIDDEN_CONTROLS.test(trimmed)) return `${what.name} must not contain hidden control characters`;
  return null;
}

export function capacityProblem(capacity: number): string | null {
  return Number.isInteger(capacity) && capacity >= CAPACITY_MIN && capacity <= CAPACITY_MAX
    ? null
    : `Choose how many people you can support at once, from ${CAPACITY_MIN} to ${CAPACITY_MAX}`;
}

export function genderProblem(gender: string): string | null {
  return textProblem(gender, { name: 'Gender', max: GENDER_MAX_LENGTH });
}

export function pauseReasonProblem(reason: string): string | null {
  return textProblem(reason, { name: 'Reason', max: PAUSE_REASON_MAX_LENGTH });
}

export type RefereeDetails = { name: string; relationship: string; contact: string };

/** Problems with one referee's details, by field. */
export function refereeProblems(referee: RefereeDetails): Record<keyof RefereeDetails, string | null> {
  return {
    name: textProblem(referee.name, { empty: 'Enter the referee’s full name', name: 'Name', max: REFEREE_TEXT_MAX_LENGTH }),
    relationship: textProblem(referee.relationship, {
      empty: 'Say how you know the referee, like “my manager at work”',
      name: 'How you know them',
      max: REFEREE_TEXT_MAX_LENGTH,
    }),
    contact: textProblem(referee.contact, {
      empty: 'Enter the referee’s email address or phone number',
      name: 'Email address or phone number',
      max: REFEREE_TEXT_MAX_LENGTH,
    }),
  };
}

/** A DBS certificate number is 12 digits; people often type it with spaces. */
export function certificateNumberProblem(input: string): string | null {
  const digits = input.replace(/\s+/g, '');
  if (digits === '') return null;
  return /^\d{12}$/.test(digits) ? null : 'Enter the 12-digit certificate number, or leave it empty';
}

/** Only the last 4 digits are kept: enough to match a certificate in front of you, useless to anyone else. */
export function certificateEnding(input: string): string | null {
  const digits = input.replace(/\s+/g, '');
  return digits === '' ? null : digits.slice(-4);
}

/** Problems with a DBS check's dates, given today's date in London. */
export function dbsDateProblems(issuedOn: string, recheckDueOn: string | null, today: string): { issuedOn: string | null; recheckDueOn: string | null } {
  const issued = !isIsoDate(issuedOn)
    ? 'Enter the date on the certificate, like 14 3 2026'
    : issuedOn > today
      ? 'The date on the certificate must be today or in the past'
      : null;
  let recheck: string | null = null;
  if (recheckDueOn !== null) {
    if (!isIsoDate(recheckDueOn)) recheck = 'Enter a real date for the re-check, like 14 3 2029';
    else if (issued === null && recheckDueOn <= issuedOn) recheck = 'The re-check date must be after the date on the certificate';
  }
  return { issuedOn: issued, recheckDueOn: recheck };
}

/** Problems with the date a training module was completed. */
export function trainingDateProblem(completedOn: string, today: string): string | null {
  if (!isIsoDate(completedOn)) return 'Enter the date the training was completed, like 14 3 2026';
  if (completedOn > today) return 'The date the training was completed must be today or in the past';
  return null;
}

/** What an application needs before it can be sent, in the words the volunteer sees. */
export type ApplicationSummary = {
  offers: readonly string[];
  contactModes: readonly string[];
  availabilityMask: number;
  specificTimeCount: number;
  postcode: string | null;
  travelRadiusKm: number | null;
  refereeCount: number;
};

/** Each thing missing from an application, by the field that would fix it; empty when it can be sent. */
export function applicationProblems(application: ApplicationSummary): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const meetsInPerson = application.contactModes.includes('IN_PERSON') || application.offers.includes('FIRST_SESSION_COMPANION');
  if (application.offers.length === 0) add('offers', 'Choose what you would like to offer');
  if (application.contactModes.length === 0) add('contactModes', 'Choose at least one way you can keep in touch');
  if (application.availabilityMask === 0 && application.specificTimeCount === 0) add('weeklyAvailability', 'Tell us when you are usually free');
  if (!application.postcode) add('postcode', 'Enter your postcode');
  if (meetsInPerson && application.travelRadiusKm == null) add('travelRadiusKm', 'Tell us how far you can travel to meet someone');
  if (application.refereeCount < REFEREES_NEEDED) add('referees', `Give the names of ${REFEREES_NEEDED} referees`);
  return problems;
}
