/**
 * Kindred's rules for a listing, applied to one read from a file, with each problem placed on the
 * record and field of the file it came from, so the person fixing the file knows where to look.
 */
import { activityProblems } from '@kindred/shared';
import type { ActivityDraft } from '../activity-draft.js';

export const SCHEDULE_FIELD_IN_FILE: Record<string, string> = {
  interval: 'interval',
  byDay: 'byday',
  byMonthDay: 'bymonthday',
  startTime: 'opens_at',
  endTime: 'closes_at',
  startsOn: 'dtstart',
  endsOn: 'valid_to',
  exceptions: 'valid_to',
  description: 'description',
};

// Where each of Kindred's rules about a listing lands in an Open Referral file.
const FIELD_IN_FILE: Record<string, [string, string]> = {
  title: ['service', 'name'],
  organiserName: ['organization', 'name'],
  description: ['service', 'description'],
  venueName: ['location', 'name'],
  addressLine1: ['address', 'address_1'],
  addressLine2: ['address', 'address_2'],
  town: ['address', 'city'],
  accessNotes: ['location', 'accessibility'],
  cost: ['service', 'fees'],
  contactEmail: ['service', 'email'],
  website: ['service', 'url'],
};

/** The shared listing rules (lengths, web addresses), with each problem placed on its record. */
export function draftProblems(d: ActivityDraft): Array<{ recordType: string; field: string; message: string }> {
  const problems = activityProblems({
    title: d.title,
    organiserName: d.organiserName,
    description: d.description,
    interests: d.interests,
    venueName: d.venue.name,
    addressLine1: d.venue.addressLine1,
    addressLine2: d.venue.addressLine2 ?? '',
    town: d.venue.town,
    postcode: d.venue.postcode,
    accessNotes: d.venue.accessNotes.map((n) => n.text),
    cost: d.cost ?? '',
    isFree: d.isFree,
    firstVisit: d.firstVisit.mode,
    bookingDetails: d.firstVisit.bookingDetails ?? '',
    whoToAsk: d.firstVisit.whoToAsk ?? '',
    whatToExpect: d.firstVisit.whatToExpect ?? '',
    contactName: d.contact.name ?? '',
    // Phone numbers in other directories come in every shape; they are shown as given.
    contactPhone: '',
    contactEmail: d.contact.email ?? '',
    website: d.contact.website ?? '',
    schedules: [],
  });
  // "Say how to book" is for Kindred's own form; a file may simply not say.
  return problems
    .filter((p) => p.field !== 'bookingDetails' || (d.firstVisit.bookingDetails ?? '') !== '')
    .map((p) => {
      const [recordType, field] = FIELD_IN_FILE[p.field] ?? ['attribute', 'value'];
      return { recordType: recordType!, field: field!, message: p.message };
    });
}
