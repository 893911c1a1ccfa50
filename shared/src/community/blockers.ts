import type { Blocker } from '../matching/constraints.js';
import { describeBlocker } from '../matching/unmatched.js';
import type { MatchRequest } from '../matching/types.js';
import { VOLUNTEER_SKILLS, type VolunteerSkill } from '../vocabulary/access-needs.js';
import type { GapBlocker, GapCategory } from './gap-types.js';

/** The categories in the order blockers are listed: the ones a recruit can fix first. */
export const GAP_CATEGORIES: ReadonlyArray<{ id: GapCategory; label: string }> = [
  { id: 'SKILL', label: 'Needs a skill nobody nearby has' },
  { id: 'TIME', label: 'Nobody free at the same times' },
  { id: 'CONTACT_MODE', label: 'Nobody keeps in touch in the ways asked for' },
  { id: 'DISTANCE', label: 'Nobody near enough' },
  { id: 'LANGUAGE', label: 'Nobody speaks their language' },
  { id: 'GENDER', label: 'Nobody of the preferred gender' },
  { id: 'SUPPORT_KIND', label: 'Nobody offers the kind of support asked for' },
  { id: 'CAPACITY', label: 'Volunteers who would fit are full, paused or not approved yet' },
  { id: 'EXCLUDED', label: 'Those who would fit have an earlier decline or a concern recorded' },
  { id: 'NO_LOCATION', label: 'Postcode missing' },
];

/** Volunteer-side reasons: the volunteer could not take anyone new, whatever the request. */
export const GATE_KINDS: ReadonlySet<Blocker['kind']> = new Set(['NOT_APPROVED', 'DBS_LAPSED', 'PAUSED', 'NO_FREE_PLACE']);

const CATEGORY_OF: Record<Exclude<Blocker['kind'], 'NOT_APPROVED' | 'DBS_LAPSED' | 'PAUSED' | 'NO_FREE_PLACE'>, GapCategory> = {
  MISSING_SKILL: 'SKILL',
  NO_SHARED_TIME: 'TIME',
  NOT_FREE_FOR_SESSION: 'TIME',
  NO_SHARED_CONTACT_MODE: 'CONTACT_MODE',
  TOO_FAR: 'DISTANCE',
  NO_LOCATION: 'NO_LOCATION',
  NO_SHARED_LANGUAGE: 'LANGUAGE',
  GENDER_PREFERENCE: 'GENDER',
  SUPPORT_NOT_OFFERED: 'SUPPORT_KIND',
  EXCLUDED: 'EXCLUDED',
};

/** The grouping key of a blocker: its category, or 'SKILL:<skill>'. */
export function gapBlockerKey(blocker: Pick<GapBlocker, 'category' | 'skill'>): string {
  return blocker.category === 'SKILL' && blocker.skill ? `SKILL:${blocker.skill}` : blocker.category;
}

/** The grouping key of one of the engine's request-side blockers (gates are CAPACITY). */
export function engineBlockerKey(blocker: Blocker): string {
  if (blocker.kind === 'MISSING_SKILL') return `SKILL:${blocker.skill}`;
  return GATE_KINDS.has(blocker.kind) ? 'CAPACITY' : CATEGORY_OF[blocker.kind as keyof typeof CATEGORY_OF];
}

/** A group heading for a blocker key, for tables and the map. */
export function gapBlockerLabel(key: string): string {
  if (key.startsWith('SKILL:')) {
    const who = VOLUNTEER_SKILLS.find((s) => `SKILL:${s.id}` === key)?.who ?? key.slice('SKILL:'.length);
    return `Needs a volunteer who ${who}`;
  }
  return GAP_CATEGORIES.find((c) => c.id === key)?.label ?? key;
}

const ORDER = new Map<string, number>([
  ...VOLUNTEER_SKILLS.map((s, i) => [`SKILL:${s.id}`, i] as const),
  ...GAP_CATEGORIES.map((c, i) => [c.id, 100 + i] as const),
]);

/** Sorts keys the way blockers are listed. */
export function compareBlockerKeys(a: string, b: string): number {
  return (ORDER.get(a) ?? 999) - (ORDER.get(b) ?? 999) || a.localeCompare(b);
}

/** The blocker for a key, in words about this request. `capacityOnly` says some volunteer would fit but for being full, paused or unapproved. */
export function gapBlocker(key: string, request: MatchRequest, capacityOnly: boolean): GapBlocker {
  if (key.startsWith('SKILL:')) {
    const skill = key.slice('SKILL:'.length) as VolunteerSkill;
    return { category: 'SKILL', skill, text: describeBlocker({ kind: 'MISSING_SKILL', skill }, request) };
  }
  const category = key as GapCategory;
  return { category, text: categoryText(category, request, capacityOnly) };
}

function categoryText(category: GapCategory, request: MatchRequest, capacityOnly: boolean): string {
  switch (category) {
    case 'SKILL':
      return 'No volunteer with the skills needed';
    case 'TIME':
      return describeBlocker({ kind: request.session ? 'NOT_FREE_FOR_SESSION' : 'NO_SHARED_TIME' }, request);
    case 'CONTACT_MODE':
      return describeBlocker({ kind: 'NO_SHARED_CONTACT_MODE' }, request);
    case 'DISTANCE':
      return describeBlocker({ kind: 'TOO_FAR', distanceKm: 0 }, request);
    case 'LANGUAGE':
      return describeBlocker({ kind: 'NO_SHARED_LANGUAGE' }, request);
    case 'GENDER':
      return describeBlocker({ kind: 'GENDER_PREFERENCE' }, request);
    case 'SUPPORT_KIND':
      return describeBlocker({ kind: 'SUPPORT_NOT_OFFERED' }, request);
    case 'EXCLUDED':
      return describeBlocker({ kind: 'EXCLUDED' }, request);
    case 'NO_LOCATION':
      return describeBlocker({ kind: 'NO_LOCATION' }, request);
    case 'CAPACITY':
      return capacityOnly ? 'Volunteers who would fit are not approved yet, paused, or full' : describeBlocker({ kind: 'NO_FREE_PLACE' }, request);
  }
}
