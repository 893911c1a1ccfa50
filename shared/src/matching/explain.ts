import { approximateDistance } from '../place.js';
import { interest } from '../vocabulary/interests.js';
import { CONTACT_MODES, type ContactMode } from '../vocabulary/contact.js';
import { describeSlots } from '../vocabulary/availability.js';
import { requiredSkills, VOLUNTEER_SKILLS } from '../vocabulary/access-needs.js';
import type { PairCheck } from './constraints.js';
import type { InterestRarity } from './score.js';
import type { MatchRequest, MatchVolunteer } from './types.js';

/**
 * A reason in plain words. "everyone" reasons are kind and hold nothing sensitive, so the person
 * and the volunteer may see them; "staff" reasons (needs, load, waiting) are for link workers.
 */
export type Reason = { text: string; audience: 'everyone' | 'staff' };

const modeWords: Record<ContactMode, string> = {
  IN_PERSON: 'in person',
  PHONE: 'by phone',
  VIDEO: 'by video call',
  TEXT: 'by text message',
  LETTER: 'by letter',
};

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Why this pair fits, strongest reasons first. */
export function explainPair(
  request: MatchRequest,
  volunteer: MatchVolunteer,
  check: Extract<PairCheck, { ok: true }>,
  options: { rarity: InterestRarity; now: Date },
): Reason[] {
  const reasons: Reason[] = [];
  const shared = request.interests
    .filter((i) => volunteer.interests.includes(i))
    .sort((a, b) => (options.rarity.get(b) ?? 0) - (options.rarity.get(a) ?? 0))
    .slice(0, 3);
  if (shared.length > 0) reasons.push({ text: `You both enjoy ${list(shared.map((i) => interest(i).phrase))}`, audience: 'everyone' });

  if (check.modes.includes('IN_PERSON') && check.distanceKm !== null && !request.session) {
    reasons.push({ text: approximateDistance(check.distanceKm).replace(' away', ' apart'), audience: 'everyone' });
  }
  const times = describeSlots(request.availabilityMask & volunteer.availabilityMask).slice(0, 2);
  if (times.length > 0 && !request.session) reasons.push({ text: `Both free on ${list(times)}`, audience: 'everyone' });

  const ordered = CONTACT_MODES.map((m) => m.id).filter((m) => check.modes.includes(m));
  reasons.push({ text: `Can keep in touch ${list(ordered.map((m) => modeWords[m]))}`, audience: 'everyone' });

  const goingOut = request.kind === 'FIRST_SESSION_COMPANION';
  for (const skill of requiredSkills(request.accessNeeds, check.modes, goingOut)) {
    const label = VOLUNTEER_SKILLS.find((s) => s.id === skill)?.reason;
    if (label) reasons.push({ text: label, audience: 'staff' });
  }
  const free = volunteer.capacity - volunteer.liveMatches;
  reasons.push({ text: `Has ${free} free place${free === 1 ? '' : 's'} of ${volunteer.capacity}`, audience: 'staff' });
  const weeks = Math.floor((options.now.getTime() - request.waitingSince.getTime()) / (7 * 24 * 3_600_000));
  if (weeks >= 1) reasons.push({ text: `Waiting ${weeks} week${weeks === 1 ? '' : 's'}`, audience: 'staff' });
  return reasons;
}
