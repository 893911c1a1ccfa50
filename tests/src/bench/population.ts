import {
  syntheticSeekers,
  syntheticVolunteers,
  type Coordinates,
  type MatchRequest,
  type MatchVolunteer,
  type SyntheticSeeker,
  type SyntheticVolunteer,
} from '@kindred/shared';

/** Around Hebden Bridge, where the demo schemes are. */
export const CENTRE: Coordinates = { latitude: 53.742, longitude: -2.014 };
export const NOW = new Date('2026-11-23T10:00:00Z');
const YEAR_MS = 365 * 24 * 3_600_000;

/** A generated volunteer as the engine sees them: approved, DBS current, nobody matched yet. */
export function engineVolunteer(v: SyntheticVolunteer, id: string): MatchVolunteer {
  return {
    id,
    approved: true,
    dbsValidUntil: new Date(NOW.getTime() + YEAR_MS),
    paused: false,
    capacity: v.capacity,
    liveMatches: 0,
    offers: v.offers,
    contactModes: v.contactModes,
    skills: v.skills,
    languages: v.languages,
    interests: v.interests,
    availabilityMask: v.availabilityMask,
    location: v.location,
    travelRadiusKm: v.travelRadiusKm,
    gender: v.gender,
  };
}

/** A generated person's befriending request as the engine sees it. */
export function engineRequest(s: SyntheticSeeker, id: string): MatchRequest {
  return {
    id,
    kind: 'BEFRIENDING',
    contactModes: s.contactModes,
    accessNeeds: s.accessNeeds,
    languages: s.languages,
    interests: s.interests,
    availabilityMask: s.availabilityMask,
    location: s.location,
    travelRadiusKm: s.travelRadiusKm,
    preferredGenders: s.preferredGenders,
    preferredLanguages: [],
    waitingSince: s.waitingSince,
    excludedVolunteerIds: new Set(),
    session: null,
  };
}

/** Generated volunteers and requests, spread over `spreadKm` so density grows with the count. */
export function population(options: { volunteers: number; requests: number; seed: number; spreadKm: number }) {
  const volunteers = syntheticVolunteers({ seed: options.seed, count: options.volunteers, centre: CENTRE, spreadKm: options.spreadKm });
  const seekers = syntheticSeekers({ seed: options.seed + 1, count: options.requests, centre: CENTRE, spreadKm: options.spreadKm, now: NOW });
  return {
    volunteers,
    seekers,
    engineVolunteers: volunteers.map((v, i) => engineVolunteer(v, `v${i}`)),
    engineRequests: seekers.map((s, i) => engineRequest(s, `r${i}`)),
  };
}
