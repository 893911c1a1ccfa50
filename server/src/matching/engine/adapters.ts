import { londonInstant, type MatchRequest, type MatchVolunteer } from '@kindred/shared';
import type { Venue } from '../../directory/venue.embeddable.js';
import type { ProfileDetails } from '../../people/profile.embeddable.js';
import type { Seeker } from '../../seekers/seeker.entity.js';
import type { SupportRequest } from '../../seekers/support-request.entity.js';
import type { Volunteer } from '../../volunteers/volunteer.entity.js';

/** A befriender visits within a few kilometres unless the person says otherwise. */
export const DEFAULT_TRAVEL_KM = 5;

/** Facts about a volunteer that live outside their own row. */
export type VolunteerFacts = { dbsRecheckDueOn: string | null; liveMatches: number };

/** Volunteers describe their gender in their own words; preferences are a short list. */
export function genderWord(words: string | null | undefined): string | null {
  const w = words?.trim().toLowerCase();
  if (!w) return null;
  if (['woman', 'female', 'f', 'women', 'lady'].includes(w)) return 'woman';
  if (['man', 'male', 'm', 'men', 'gentleman'].includes(w)) return 'man';
  return w;
}

/** What the engine reads of a volunteer: the entity has these, and so does a row read in bulk. */
export type VolunteerMatchFields = {
  id: string;
  approvedAt?: Date | null;
  pausedAt?: Date | null;
  /** Suspended by safeguarding: paused to the engine, whatever the volunteer chose. */
  suspendedAt?: Date | null;
  capacity: number;
  offers: Volunteer['offers'];
  skills: Volunteer['skills'];
  skillConfirmations: ReadonlyArray<{ skill: string }>;
  gender?: string | null;
  profile: Pick<Volunteer['profile'], 'contactModes' | 'languages' | 'interests' | 'availabilityMask' | 'latitude' | 'longitude' | 'travelRadiusKm'>;
};

/**
 * The engine's view of a volunteer: derived features only (no free text), and only skills staff
 * have confirmed. The DBS check lapses at the start of its re-check date, London time.
 */
export function toMatchVolunteer(volunteer: VolunteerMatchFields, facts: VolunteerFacts): MatchVolunteer {
  const p = volunteer.profile;
  const confirmed = new Set(volunteer.skillConfirmations.map((c) => c.skill));
  return {
    id: volunteer.id,
    approved: volunteer.approvedAt != null,
    dbsValidUntil: facts.dbsRecheckDueOn ? londonInstant(facts.dbsRecheckDueOn, '00:00') : null,
    paused: volunteer.pausedAt != null || volunteer.suspendedAt != null,
    capacity: volunteer.capacity,
    liveMatches: facts.liveMatches,
    offers: volunteer.offers,
    contactModes: p.contactModes,
    skills: volunteer.skills.filter((s) => confirmed.has(s)),
    languages: p.languages,
    interests: p.interests,
    availabilityMask: p.availabilityMask,
    location: p.latitude != null && p.longitude != null ? { latitude: p.latitude, longitude: p.longitude } : null,
    travelRadiusKm: p.travelRadiusKm ?? DEFAULT_TRAVEL_KM,
    gender: genderWord(volunteer.gender),
  };
}

const PREFERRED_GENDERS: Record<Seeker['volunteerGender'], string[]> = { NO_PREFERENCE: [], WOMAN: ['woman'], MAN: ['man'] };

/** What the engine reads of a request: the entity has these, and so does a row read narrowly (match-request.ts). */
export type RequestMatchFields = Pick<SupportRequest, 'id' | 'kind' | 'contactModes' | 'createdAt' | 'sessionStartsAt'>;

/** What the engine reads of the person behind a request. */
export type SeekerMatchFields = Pick<Seeker, 'volunteerGender' | 'preferredLanguages'> & {
  profile: Pick<ProfileDetails, 'contactModes' | 'accessNeeds' | 'languages' | 'interests' | 'availabilityMask' | 'latitude' | 'longitude' | 'travelRadiusKm'>;
};

/** What the engine reads of a companion request's activity: where its venue is, and what the venue offers. */
export type ActivityMatchFields = { venue: Pick<Venue, 'latitude' | 'longitude' | 'features'> };

/** The engine's view of a request and the person behind it. */
export function toMatchRequest(
  request: RequestMatchFields,
  seeker: SeekerMatchFields,
  activity: ActivityMatchFields | null,
  excludedVolunteerIds: ReadonlySet<string>,
): MatchRequest {
  const p = seeker.profile;
  const venue = activity?.venue;
  return {
    id: request.id,
    kind: request.kind,
    contactModes: request.contactModes.length > 0 ? request.contactModes : p.contactModes,
    accessNeeds: p.accessNeeds,
    languages: p.languages.length > 0 ? p.languages : ['en'],
    interests: p.interests,
    availabilityMask: p.availabilityMask,
    location: p.latitude != null && p.longitude != null ? { latitude: p.latitude, longitude: p.longitude } : null,
    travelRadiusKm: p.travelRadiusKm ?? DEFAULT_TRAVEL_KM,
    preferredGenders: PREFERRED_GENDERS[seeker.volunteerGender] ?? [],
    preferredLanguages: seeker.preferredLanguages,
    waitingSince: request.createdAt,
    excludedVolunteerIds,
    session:
      request.kind === 'FIRST_SESSION_COMPANION' && request.sessionStartsAt && venue && venue.latitude != null
        ? { startsAt: request.sessionStartsAt, venue: { latitude: venue.latitude, longitude: venue.longitude }, venueFeatures: venue.features }
        : null,
  };
}
