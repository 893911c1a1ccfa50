import { CONTACT_MODES, SUPPORT_KINDS, type ContactMode } from '../vocabulary/contact.js';
import { VOLUNTEER_SKILLS, type VolunteerSkill } from '../vocabulary/access-needs.js';
import { LANGUAGES } from '../vocabulary/languages.js';
import { checkPair, type Blocker } from './constraints.js';
import type { MatchRequest, MatchVolunteer } from './types.js';

/**
 * Why nobody fits a request, as community builders and link workers need to know it: which
 * constraint blocks it, how many otherwise-available volunteers it rules out, and how many it
 * alone rules out (the ones that would fit but for it).
 */
export type UnmatchedReason = {
  kind: Blocker['kind'] | 'NO_AVAILABLE_VOLUNTEER';
  skill?: VolunteerSkill;
  volunteersBlocked: number;
  onlyBlocker: number;
  text: string;
};

const GATES = new Set<Blocker['kind']>(['NOT_APPROVED', 'DBS_LAPSED', 'PAUSED', 'NO_FREE_PLACE']);

/**
 * The reasons, most telling first; empty when some volunteer fits. One check of each volunteer:
 * its blockers begin with the volunteer's gates (volunteerGates), so the same check tells whether
 * they are available at all and, if not, whether only the gates stand in the way. It runs over
 * every volunteer of the scheme each time a suggestions page finds nobody, where a second pass
 * over them was the larger part of the page's own work.
 */
export function explainUnmatched(request: MatchRequest, volunteers: readonly MatchVolunteer[], now: Date): UnmatchedReason[] {
  let available = 0;
  // Volunteers who would fit if they were approved, back from a pause or had a free place.
  let waitingOnCapacity = 0;
  const tally = new Map<string, { blocker: Blocker; count: number; only: number }>();
  for (const volunteer of volunteers) {
    const check = checkPair(request, volunteer, now);
    if (check.ok) return [];
    const blockers = check.blockers.filter((b) => !GATES.has(b.kind));
    if (blockers.length === 0) waitingOnCapacity++;
    if (blockers.length < check.blockers.length) continue;
    available++;
    for (const blocker of blockers) {
      const key = blocker.kind === 'MISSING_SKILL' ? `${blocker.kind}:${blocker.skill}` : blocker.kind;
      const entry = tally.get(key) ?? { blocker, count: 0, only: 0 };
      entry.count++;
      if (blockers.length === 1) entry.only++;
      tally.set(key, entry);
    }
  }
  const capacityReason: UnmatchedReason[] =
    waitingOnCapacity > 0
      ? [
          {
            kind: 'NO_AVAILABLE_VOLUNTEER',
            volunteersBlocked: waitingOnCapacity,
            onlyBlocker: waitingOnCapacity,
            text: `${waitingOnCapacity} volunteer${waitingOnCapacity === 1 ? ' would' : 's would'} fit but ${waitingOnCapacity === 1 ? 'is' : 'are'} not approved yet, paused, or full`,
          },
        ]
      : [];
  if (available === 0) {
    return capacityReason.length > 0
      ? capacityReason
      : [{ kind: 'NO_AVAILABLE_VOLUNTEER', volunteersBlocked: volunteers.length, onlyBlocker: 0, text: 'No approved volunteer has a free place' }];
  }
  const reasons = [...tally.values()].map(({ blocker, count, only }) => ({
    kind: blocker.kind,
    ...(blocker.kind === 'MISSING_SKILL' ? { skill: blocker.skill } : {}),
    volunteersBlocked: count,
    onlyBlocker: only,
    text: describeBlocker(blocker, request),
  }));
  return [...reasons, ...capacityReason].sort((a, b) => b.onlyBlocker - a.onlyBlocker || b.volunteersBlocked - a.volunteersBlocked);
}

function modeList(modes: readonly ContactMode[]): string {
  const words = CONTACT_MODES.filter((m) => modes.includes(m.id)).map((m) => m.label.toLowerCase());
  return words.length <= 1 ? (words[0] ?? 'none') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** A blocker in the words a community builder would use. */
export function describeBlocker(blocker: Blocker, request: MatchRequest): string {
  const within = request.contactModes.length === 1 && request.contactModes[0] === 'IN_PERSON' ? ` within ${request.travelRadiusKm} km` : '';
  switch (blocker.kind) {
    case 'MISSING_SKILL':
      return `No approved volunteer who ${VOLUNTEER_SKILLS.find((s) => s.id === blocker.skill)?.who ?? blocker.skill}${within}`;
    case 'TOO_FAR':
      return `No approved volunteer with a free place within ${request.travelRadiusKm} km`;
    case 'NO_LOCATION':
      return 'The postcode is missing, so nobody can be found nearby';
    case 'NO_SHARED_TIME':
      return 'No volunteer is free at the same times';
    case 'NOT_FREE_FOR_SESSION':
      return 'No volunteer is free at the time of the session';
    case 'NO_SHARED_CONTACT_MODE':
      return `No volunteer keeps in touch in the ways asked for (${modeList(request.contactModes)})`;
    case 'NO_SHARED_LANGUAGE':
      return `No volunteer speaks ${request.languages.map((l) => LANGUAGES.find((x) => x.id === l)?.label ?? l).join(' or ')}`;
    case 'GENDER_PREFERENCE':
      return 'No volunteer of the preferred gender';
    case 'SUPPORT_NOT_OFFERED':
      return `No volunteer offers ${SUPPORT_KINDS.find((k) => k.id === request.kind)?.label.toLowerCase() ?? request.kind}`;
    case 'EXCLUDED':
      return 'The volunteers who would fit have an earlier decline or a concern recorded';
    case 'NOT_APPROVED':
    case 'DBS_LAPSED':
    case 'PAUSED':
    case 'NO_FREE_PLACE':
      return 'No approved volunteer has a free place';
  }
}
