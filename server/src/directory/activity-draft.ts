import {
  INTERESTS,
  londonToday,
  lastMeetingDate,
  VENUE_FEATURES,
  whenItMeets,
  type ActivitySchedule,
  type FirstVisitMode,
  type InterestId,
  type VenueFeature,
} from '@kindred/shared';
import type { Activity } from './activity.entity.js';
import { Venue, type AccessNote } from './venue.embeddable.js';

/**
 * A listing's content, checked and located, whichever way it arrived: the staff form, an Open
 * Referral UK file, or the demo data. Empty optional text is null.
 */
export type ActivityDraft = {
  title: string;
  description: string;
  organiserName: string;
  organiserDescription: string | null;
  interests: InterestId[];
  venue: {
    name: string;
    addressLine1: string;
    addressLine2: string | null;
    town: string;
    county: string | null;
    postcode: string;
    latitude: number;
    longitude: number;
    features: VenueFeature[];
    accessNotes: AccessNote[];
  };
  schedules: ActivitySchedule[];
  cost: string | null;
  isFree: boolean;
  firstVisit: { mode: FirstVisitMode | null; bookingDetails: string | null; whoToAsk: string | null; whatToExpect: string | null };
  contact: { name: string | null; phone: string | null; email: string | null; website: string | null };
};

/** Trimmed text, or null when there is none. */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

const interestLabels = new Map<string, string>(INTERESTS.map((i) => [i.id, i.label]));
const featureLabels = new Map<string, string>(VENUE_FEATURES.map((f) => [f.id, f.label]));

/** Copies a draft onto an activity field by field, then works out what is derived from it. */
export function applyDraft(activity: Activity, draft: ActivityDraft, now: Date = new Date()): void {
  activity.title = draft.title;
  activity.description = draft.description;
  activity.organiserName = draft.organiserName;
  activity.organiserDescription = draft.organiserDescription;
  activity.interests = [...new Set(draft.interests)];
  activity.venue = Object.assign(activity.venue ?? new Venue(), {
    ...draft.venue,
    features: VENUE_FEATURES.map((f) => f.id).filter((id) => draft.venue.features.includes(id)),
  });
  activity.schedules = draft.schedules;
  activity.cost = draft.cost;
  activity.isFree = draft.isFree;
  activity.firstVisit.mode = draft.firstVisit.mode;
  activity.firstVisit.bookingDetails = draft.firstVisit.bookingDetails;
  activity.firstVisit.whoToAsk = draft.firstVisit.whoToAsk;
  activity.firstVisit.whatToExpect = draft.firstVisit.whatToExpect;
  activity.contactName = draft.contact.name;
  activity.contactPhone = draft.contact.phone;
  activity.contactEmail = draft.contact.email;
  activity.website = draft.contact.website;
  activity.updatedAt = now;
  refreshDerived(activity, now);
}

/** The columns search reads, kept in step with what they are derived from. */
export function refreshDerived(activity: Activity, now: Date = new Date()): void {
  const meets = whenItMeets(activity.schedules, londonToday(now));
  activity.sessionDays = meets.days;
  activity.sessionSlots = meets.slots;
  activity.schedulesEndOn = lastMeetingDate(activity.schedules);
  activity.searchDocument = [
    activity.title,
    activity.organiserName,
    activity.description,
    activity.venue.name,
    activity.venue.town,
    ...activity.interests.map((i) => interestLabels.get(i) ?? i),
    ...activity.venue.features.map((f) => featureLabels.get(f) ?? f),
  ].join(' \n');
}

/** The draft an activity holds now: the starting point for an edit that changes some of it. */
export function draftOf(activity: Activity): ActivityDraft {
  const { venue, firstVisit } = activity;
  return {
    title: activity.title,
    description: activity.description,
    organiserName: activity.organiserName,
    organiserDescription: activity.organiserDescription ?? null,
    interests: [...activity.interests],
    venue: {
      name: venue.name,
      addressLine1: venue.addressLine1,
      addressLine2: venue.addressLine2 ?? null,
      town: venue.town,
      county: venue.county ?? null,
      postcode: venue.postcode,
      latitude: venue.latitude,
      longitude: venue.longitude,
      features: [...venue.features],
      accessNotes: venue.accessNotes.map((n) => ({ ...n })),
    },
    schedules: activity.schedules.map((s) => ({ ...s })),
    cost: activity.cost ?? null,
    isFree: activity.isFree,
    firstVisit: {
      mode: firstVisit.mode ?? null,
      bookingDetails: firstVisit.bookingDetails ?? null,
      whoToAsk: firstVisit.whoToAsk ?? null,
      whatToExpect: firstVisit.whatToExpect ?? null,
    },
    contact: { name: activity.contactName ?? null, phone: activity.contactPhone ?? null, email: activity.contactEmail ?? null, website: activity.website ?? null },
  };
}
