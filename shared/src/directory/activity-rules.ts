/** The rules for an activity listing, the same in the web app's forms and the API. */
import { emailProblem } from '../account-rules.js';
import { isInterestId } from '../vocabulary/interests.js';
import { postcodeProblem } from '../place.js';
import { MAX_SCHEDULES, scheduleProblems, type ActivitySchedule } from './schedule.js';

export const FIRST_VISIT_MODES = [
  { id: 'DROP_IN', label: 'Drop in', hint: 'Newcomers can just turn up, with no need to book' },
  { id: 'BOOKING', label: 'Book first', hint: 'Newcomers need to book or get in touch before they go' },
] as const;
export type FirstVisitMode = (typeof FIRST_VISIT_MODES)[number]['id'];

/** A listing not checked for longer than this is flagged, so link workers keep the directory current. */
export const CHECK_EVERY_DAYS = 90;

/** True when nobody has checked the listing for more than CHECK_EVERY_DAYS, or ever. */
export function needsChecking(lastCheckedAt: Date | null | undefined, now: Date = new Date()): boolean {
  return !lastCheckedAt || now.getTime() - lastCheckedAt.getTime() > CHECK_EVERY_DAYS * 86_400_000;
}

/** The distances a person can choose when searching, in km. */
export const SEARCH_DISTANCES_KM = [1, 2, 5, 10, 20] as const;
export const MAX_SEARCH_DISTANCE_KM = 50;
/** The most results one page of a search may hold (a cost limit on the API). */
export const MAX_SEARCH_PAGE = 50;

export const ACTIVITY_TEXT_LIMITS = {
  title: 120,
  organiserName: 160,
  description: 4000,
  venueName: 160,
  addressLine: 160,
  town: 80,
  county: 80,
  cost: 300,
  bookingDetails: 1000,
  whoToAsk: 200,
  whatToExpect: 2000,
  contactName: 160,
  contactPhone: 40,
  contactEmail: 254,
  website: 500,
  accessNote: 1000,
} as const;

export type ActivityValues = {
  title: string;
  organiserName: string;
  description: string;
  interests: readonly string[];
  venueName: string;
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
  accessNotes: readonly string[];
  cost: string;
  isFree: boolean;
  firstVisit: FirstVisitMode | null;
  bookingDetails: string;
  whoToAsk: string;
  whatToExpect: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  website: string;
  schedules: readonly ActivitySchedule[];
};

export type ActivityField = keyof ActivityValues;
type Problem = { field: string; message: string };

const PHONE = /^\+?[\d\s()-]{6,20}$/;

function tooLong(value: string, limit: number, what: string): string | null {
  return [...value].length > limit ? `${what} must be ${limit} characters or fewer` : null;
}

// A web address people can follow: http(s), a host with a dot, no spaces.
const WEB_ADDRESS = /^https?:\/\/[^\s/?#.]+(\.[^\s/?#.]+)+(:\d+)?([/?#]\S*)?$/i;

export function websiteProblem(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (!WEB_ADDRESS.test(trimmed)) return 'Enter a web address starting with https://, like https://example.org';
  return tooLong(trimmed, ACTIVITY_TEXT_LIMITS.website, 'The web address');
}

/**
 * Every problem with a listing, naming its field. Schedules are named "schedules.0.startTime".
 * Only the title, organiser, venue name, first line of the address, town and postcode are required:
 * directories from elsewhere often lack the rest.
 */
export function activityProblems(v: ActivityValues): Problem[] {
  const L = ACTIVITY_TEXT_LIMITS;
  const checks: Array<[string, string | null]> = [
    ['title', v.title.trim() === '' ? 'Enter the name of the activity' : tooLong(v.title, L.title, 'The name')],
    ['organiserName', v.organiserName.trim() === '' ? 'Enter who runs the activity' : tooLong(v.organiserName, L.organiserName, 'Who runs it')],
    ['description', tooLong(v.description, L.description, 'The description')],
    ['interests', v.interests.some((i) => !isInterestId(i)) ? 'Choose interests from the list' : null],
    ['venueName', v.venueName.trim() === '' ? 'Enter the name of the place where it happens' : tooLong(v.venueName, L.venueName, 'The name of the place')],
    ['addressLine1', v.addressLine1.trim() === '' ? 'Enter the first line of the address' : tooLong(v.addressLine1, L.addressLine, 'The first line of the address')],
    ['addressLine2', tooLong(v.addressLine2, L.addressLine, 'The second line of the address')],
    ['town', v.town.trim() === '' ? 'Enter the town or village' : tooLong(v.town, L.town, 'The town')],
    ['postcode', postcodeProblem(v.postcode)],
    ['accessNotes', v.accessNotes.some((n) => [...n].length > L.accessNote) ? `Each note about access must be ${L.accessNote} characters or fewer` : null],
    ['cost', tooLong(v.cost, L.cost, 'The cost')],
    ['bookingDetails', v.firstVisit === 'BOOKING' && v.bookingDetails.trim() === '' ? 'Say how to book' : tooLong(v.bookingDetails, L.bookingDetails, 'How to book')],
    ['whoToAsk', tooLong(v.whoToAsk, L.whoToAsk, 'Who to ask for')],
    ['whatToExpect', tooLong(v.whatToExpect, L.whatToExpect, 'What to expect')],
    ['contactName', tooLong(v.contactName, L.contactName, 'The contact name')],
    ['contactPhone', v.contactPhone.trim() !== '' && !PHONE.test(v.contactPhone.trim()) ? 'Enter a phone number, like 01422 845 000' : null],
    ['contactEmail', v.contactEmail.trim() !== '' ? emailProblem(v.contactEmail) : null],
    ['website', websiteProblem(v.website)],
    ['schedules', v.schedules.length > MAX_SCHEDULES ? `Give at most ${MAX_SCHEDULES} schedules` : null],
  ];
  const problems: Problem[] = checks.filter((c): c is [string, string] => c[1] !== null).map(([field, message]) => ({ field, message }));
  v.schedules.forEach((s, i) => {
    for (const p of scheduleProblems(s)) problems.push({ field: `schedules.${i}.${p.field}`, message: p.message });
  });
  return problems;
}
