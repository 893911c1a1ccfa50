import type { MatchRequest } from '../matching/types.js';
import { distanceKm, type Coordinates } from '../place.js';
import { accessNeed, requiredSkills } from '../vocabulary/access-needs.js';
import { ALL_SLOTS_MASK, slotAt, slotBit } from '../vocabulary/availability.js';
import type { ContactMode } from '../vocabulary/contact.js';
import { SKILL_KEY } from './gap-keys.js';
import type { RecruitProfile } from './recruit-types.js';
import { timeBand } from './time-bands.js';

const LIVE_MODES: readonly ContactMode[] = ['IN_PERSON', 'PHONE', 'VIDEO'];

export const skillMask = (skills: readonly string[]) => skills.reduce((m, s) => m | (1 << SKILL_KEY.get(s as never)!), 0);

/** A person waiting with no volunteer, with what any recruit would need to reach them worked out once. */
export type Reachable = {
  request: MatchRequest;
  /** The skills each allowed way of keeping in touch calls for, as bits. */
  ways: Map<ContactMode, number>;
  /** The slot a session starts in (0 outside the grid), or null with no session. */
  sessionSlot: number | null;
};

/** What a recruit would need to reach this person; null when no recruit could (they asked for a gender). */
export function reachable(request: MatchRequest): Reachable | null {
  // A recruit is of no stated gender, so cannot meet a preference.
  if (request.preferredGenders.length > 0) return null;
  const companion = request.kind === 'FIRST_SESSION_COMPANION';
  const candidates = companion ? request.contactModes.filter((m) => m === 'IN_PERSON') : request.contactModes;
  const ways = new Map<ContactMode, number>();
  for (const mode of candidates) {
    const allowed = request.accessNeeds.every((id) => {
      const only = (accessNeed(id).metBy as { contactModes?: readonly ContactMode[] }).contactModes;
      return !only || only.includes(mode);
    });
    if (allowed) ways.set(mode, skillMask(requiredSkills(request.accessNeeds, [mode], companion)));
  }
  const slot = request.session ? slotAt(request.session.startsAt) : null;
  return { request, ways, sessionSlot: request.session ? (slot ? slotBit(slot) : 0) : null };
}

/**
 * Whether a recruit of this profile could possibly fit this person: each test is a hard constraint
 * checkPair also applies, so a pair failing one can never fit; checkPair judges those that pass.
 */
export function couldFit(r: Reachable, profile: RecruitProfile, profileSkills: number): boolean {
  const need = r.ways.get(profile.contactMode);
  if (need === undefined || r.request.kind !== profile.kind || (need & ~profileSkills) !== 0) return false;
  const speaks = r.request.languages;
  if (!speaks.includes('en') && !(profile.language && speaks.includes(profile.language))) return false;
  if (!LIVE_MODES.includes(profile.contactMode)) return true;
  const free = profile.band === null ? ALL_SLOTS_MASK : timeBand(profile.band).mask;
  return r.sessionSlot === null ? (r.request.availabilityMask & free) !== 0 : (r.sessionSlot & free) !== 0;
}

/** Whether a recruit living at `centre`, with reach `radiusKm`, could meet this person in person. */
export function withinReach(request: MatchRequest, centre: Coordinates, radiusKm: number): boolean {
  if (!request.location) return false;
  const session = request.session;
  if (!session) return distanceKm(centre, request.location) <= Math.min(request.travelRadiusKm, radiusKm);
  return distanceKm(centre, session.venue) <= radiusKm && distanceKm(request.location, session.venue) <= request.travelRadiusKm;
}
