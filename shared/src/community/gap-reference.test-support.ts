import { checkPair } from '../matching/constraints.js';
import type { MatchRequest, MatchVolunteer } from '../matching/types.js';
import type { ContactMode } from '../vocabulary/contact.js';
import { engineBlockerKey, GATE_KINDS } from './blockers.js';

/** The ways checkPair lets this request try: a companion only in person. */
export function candidateModes(request: MatchRequest): ContactMode[] {
  return request.kind === 'FIRST_SESSION_COMPANION' ? request.contactModes.filter((m) => m === 'IN_PERSON') : [...request.contactModes];
}

/**
 * One volunteer's blocker keys for a request, the slow and obvious way: checkPair's blockers (a
 * volunteer who would fit but for being full, paused or unapproved has just CAPACITY; other
 * unavailable volunteers say nothing: null). A volunteer who shares no way of keeping in touch
 * also gets what would still stop them if they kept in touch the ways asked.
 */
export function referenceBlockers(request: MatchRequest, volunteer: MatchVolunteer, now: Date): Set<string> | 'FITS' | null {
  const check = checkPair(request, volunteer, now);
  if (check.ok) return 'FITS';
  const modes = candidateModes(request);
  const sharesMode = modes.some((m) => volunteer.contactModes.includes(m));
  const blockers = sharesMode ? check.blockers : [...check.blockers, ...relaxed(request, { ...volunteer, contactModes: [...volunteer.contactModes, ...modes] }, now)];
  const gated = blockers.some((b) => GATE_KINDS.has(b.kind));
  const own = new Set(blockers.filter((b) => !GATE_KINDS.has(b.kind)).map(engineBlockerKey));
  if (gated) return own.size === 0 ? new Set(['CAPACITY']) : null;
  return own;
}

function relaxed(request: MatchRequest, volunteer: MatchVolunteer, now: Date) {
  const check = checkPair(request, volunteer, now);
  return check.ok ? [] : check.blockers;
}

/** Every volunteer checked: how many fit, and the blockers of the volunteers with the fewest. */
export function bruteForceGap(request: MatchRequest, volunteers: readonly MatchVolunteer[], now: Date) {
  let feasible = 0;
  let fewest = Infinity;
  let keys = new Set<string>();
  for (const volunteer of volunteers) {
    const mine = referenceBlockers(request, volunteer, now);
    if (mine === 'FITS') feasible++;
    if (mine === 'FITS' || mine === null) continue;
    if (mine.size < fewest) {
      fewest = mine.size;
      keys = mine;
    } else if (mine.size === fewest) for (const k of mine) keys.add(k);
  }
  const capacityOnly = keys.has('CAPACITY');
  // Nobody says anything about the request: nobody could take anyone new.
  if (keys.size === 0) keys.add('CAPACITY');
  return { feasible, keys: [...keys], capacityOnly };
}
