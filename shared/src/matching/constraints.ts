import { distanceKm } from '../place.js';
import { accessNeed, requiredSkills } from '../vocabulary/access-needs.js';
import { overlapCount, slotAt, slotBit } from '../vocabulary/availability.js';
import type { ContactMode, VolunteerSkill } from '../vocabulary/index.js';
import type { MatchRequest, MatchVolunteer } from './types.js';

/** One reason a pair may not be matched. The engine never breaks one. */
export type Blocker =
  | { kind: 'NOT_APPROVED' }
  | { kind: 'DBS_LAPSED' }
  | { kind: 'PAUSED' }
  | { kind: 'NO_FREE_PLACE' }
  | { kind: 'EXCLUDED' }
  | { kind: 'SUPPORT_NOT_OFFERED' }
  | { kind: 'NO_SHARED_CONTACT_MODE' }
  | { kind: 'NO_SHARED_LANGUAGE' }
  | { kind: 'GENDER_PREFERENCE' }
  | { kind: 'NO_LOCATION' }
  | { kind: 'TOO_FAR'; distanceKm: number }
  | { kind: 'NO_SHARED_TIME' }
  | { kind: 'NOT_FREE_FOR_SESSION' }
  | { kind: 'MISSING_SKILL'; skill: VolunteerSkill };

export type PairCheck =
  | { ok: true; modes: ContactMode[]; distanceKm: number | null; sharedAvailability: number }
  | { ok: false; blockers: Blocker[] };

/** Keeping in touch at the same time needs shared free time; texts and letters do not. */
const TOGETHER_MODES: readonly ContactMode[] = ['IN_PERSON', 'PHONE', 'VIDEO'];
/** A companion's rough travel time to a venue: 20 km/h plus 10 minutes, whatever the road. */
export const travelMinutes = (km: number) => 10 + (km / 20) * 60;

/** Whether the volunteer may be matched to anyone new at all, whatever the request. */
export function volunteerGates(volunteer: MatchVolunteer, now: Date): Blocker[] {
  const blockers: Blocker[] = [];
  if (!volunteer.approved) blockers.push({ kind: 'NOT_APPROVED' });
  if (!volunteer.dbsValidUntil || volunteer.dbsValidUntil.getTime() <= now.getTime()) blockers.push({ kind: 'DBS_LAPSED' });
  if (volunteer.paused) blockers.push({ kind: 'PAUSED' });
  if (volunteer.liveMatches >= volunteer.capacity) blockers.push({ kind: 'NO_FREE_PLACE' });
  return blockers;
}

/**
 * Every hard constraint between one request and one volunteer. On success, the ways they could
 * keep in touch that satisfy everything; otherwise every reason that blocks them.
 */
export function checkPair(request: MatchRequest, volunteer: MatchVolunteer, now: Date): PairCheck {
  const blockers = volunteerGates(volunteer, now);
  if (request.excludedVolunteerIds.has(volunteer.id)) blockers.push({ kind: 'EXCLUDED' });
  if (!volunteer.offers.includes(request.kind)) blockers.push({ kind: 'SUPPORT_NOT_OFFERED' });
  if (!request.languages.some((l) => volunteer.languages.includes(l))) blockers.push({ kind: 'NO_SHARED_LANGUAGE' });
  if (request.preferredGenders.length > 0 && !(volunteer.gender && request.preferredGenders.includes(volunteer.gender))) {
    blockers.push({ kind: 'GENDER_PREFERENCE' });
  }

  const companion = request.kind === 'FIRST_SESSION_COMPANION';
  const candidateModes: ContactMode[] = companion
    ? request.contactModes.includes('IN_PERSON') && volunteer.contactModes.includes('IN_PERSON') ? ['IN_PERSON'] : []
    : request.contactModes.filter((m) => volunteer.contactModes.includes(m));
  if (candidateModes.length === 0) {
    blockers.push({ kind: 'NO_SHARED_CONTACT_MODE' });
    return { ok: false, blockers };
  }

  const distance = request.location && volunteer.location ? distanceKm(request.location, volunteer.location) : null;
  const shared = overlapCount(request.availabilityMask, volunteer.availabilityMask);
  const modeBlockers: Blocker[][] = [];
  const modes: ContactMode[] = [];
  for (const mode of candidateModes) {
    const own: Blocker[] = [];
    for (const skill of requiredSkills(request.accessNeeds, [mode], companion)) {
      if (!volunteer.skills.includes(skill)) own.push({ kind: 'MISSING_SKILL', skill });
    }
    for (const id of request.accessNeeds) {
      const metBy = accessNeed(id).metBy as { contactModes?: readonly ContactMode[] };
      if (metBy.contactModes && !metBy.contactModes.includes(mode)) own.push({ kind: 'NO_SHARED_CONTACT_MODE' });
    }
    if (mode === 'IN_PERSON') own.push(...inPersonBlockers(request, volunteer, distance));
    // With a session chosen, being free at its time is what counts; otherwise they need shared free time.
    if (!request.session && TOGETHER_MODES.includes(mode) && shared === 0) own.push({ kind: 'NO_SHARED_TIME' });
    if (own.length === 0) modes.push(mode);
    else modeBlockers.push(own);
  }
  if (modes.length === 0) blockers.push(...uniqueBlockers(modeBlockers.flat()));
  if (blockers.length > 0) return { ok: false, blockers };
  return { ok: true, modes, distanceKm: distance, sharedAvailability: shared };
}

function inPersonBlockers(request: MatchRequest, volunteer: MatchVolunteer, distance: number | null): Blocker[] {
  if (request.session) {
    // A companion meets the person at the session: each must be able to get to the venue.
    const session = request.session;
    const blockers: Blocker[] = [];
    if (!volunteer.location || !request.location) return [{ kind: 'NO_LOCATION' }];
    const volunteerKm = distanceKm(volunteer.location, session.venue);
    const personKm = distanceKm(request.location, session.venue);
    if (volunteerKm > volunteer.travelRadiusKm || personKm > request.travelRadiusKm) {
      blockers.push({ kind: 'TOO_FAR', distanceKm: Math.max(volunteerKm, personKm) });
    }
    const setOff = new Date(session.startsAt.getTime() - travelMinutes(volunteerKm) * 60_000);
    const atStart = slotAt(session.startsAt);
    const atSetOff = slotAt(setOff);
    const free = (slot: ReturnType<typeof slotAt>) => slot !== null && (volunteer.availabilityMask & slotBit(slot)) !== 0;
    if (!free(atStart) || (atSetOff !== null && !free(atSetOff))) blockers.push({ kind: 'NOT_FREE_FOR_SESSION' });
    return blockers;
  }
  if (distance === null) return [{ kind: 'NO_LOCATION' }];
  if (distance > Math.min(request.travelRadiusKm, volunteer.travelRadiusKm)) return [{ kind: 'TOO_FAR', distanceKm: distance }];
  return [];
}

function uniqueBlockers(blockers: Blocker[]): Blocker[] {
  const seen = new Set<string>();
  return blockers.filter((b) => {
    const key = b.kind === 'MISSING_SKILL' ? `${b.kind}:${b.skill}` : b.kind;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
