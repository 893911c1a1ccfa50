import { weeklyMask } from '../vocabulary/availability.js';
import type { MatchRequest, MatchVolunteer } from './types.js';

// Hebden Bridge and points near it, for readable tests.
export const HEBDEN_BRIDGE = { latitude: 53.7418, longitude: -2.0137 };
export const TODMORDEN = { latitude: 53.7136, longitude: -2.0969 }; // about 6.5 km away
export const HALIFAX = { latitude: 53.7216, longitude: -1.8658 }; // about 10 km away

export const NOW = new Date('2026-11-21T10:00:00Z');
const NEXT_YEAR = new Date('2027-11-21T10:00:00Z');

export function aVolunteer(overrides: Partial<MatchVolunteer> = {}): MatchVolunteer {
  return {
    id: 'v1',
    approved: true,
    dbsValidUntil: NEXT_YEAR,
    paused: false,
    capacity: 2,
    liveMatches: 0,
    offers: ['BEFRIENDING', 'FIRST_SESSION_COMPANION'],
    contactModes: ['IN_PERSON', 'PHONE'],
    skills: [],
    languages: ['en'],
    interests: ['knitting', 'walking'],
    availabilityMask: weeklyMask([{ day: 'TUE', part: 'AFTERNOON' }, { day: 'THU', part: 'MORNING' }]),
    location: HEBDEN_BRIDGE,
    travelRadiusKm: 10,
    gender: null,
    ...overrides,
  };
}

export function aRequest(overrides: Partial<MatchRequest> = {}): MatchRequest {
  return {
    id: 'r1',
    kind: 'BEFRIENDING',
    contactModes: ['IN_PERSON'],
    accessNeeds: [],
    languages: ['en'],
    interests: ['knitting', 'gardening'],
    availabilityMask: weeklyMask([{ day: 'TUE', part: 'AFTERNOON' }]),
    location: TODMORDEN,
    travelRadiusKm: 10,
    preferredGenders: [],
    preferredLanguages: [],
    waitingSince: new Date('2026-09-19T10:00:00Z'),
    excludedVolunteerIds: new Set(),
    session: null,
    ...overrides,
  };
}
