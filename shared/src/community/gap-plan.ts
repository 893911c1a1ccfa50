import type { MatchRequest } from '../matching/types.js';
import { distanceKm } from '../place.js';
import { accessNeed, requiredSkills } from '../vocabulary/access-needs.js';
import { slotAt, slotBit } from '../vocabulary/availability.js';
import type { ContactMode } from '../vocabulary/contact.js';
import type { GapColumns, WordSet } from './gap-columns.js';
import { KEY, SKILL_KEY } from './gap-keys.js';

const LIVE_MODES: readonly ContactMode[] = ['IN_PERSON', 'PHONE', 'VIDEO'];

export type ModePlan = { has: WordSet; skillKeys: number[]; skillSets: WordSet[]; disallowed: boolean; timeNeeded: boolean; inPerson: boolean };

/** What one request asks of volunteers, as bitsets over the columns. */
export type Plan = {
  request: MatchRequest;
  /** The ways checkPair tries: a companion only in person. */
  candidates: ContactMode[];
  kind: WordSet | null;
  languages: WordSet[];
  genders: WordSet[] | null;
  slots: WordSet[];
  modes: ModePlan[];
  /** In person: the person has no location, so every volunteer is NO_LOCATION that way. */
  noLocation: boolean;
  /** In person to a session the person cannot reach: every volunteer with a home is too far. */
  allTooFar: boolean;
  /** In person: volunteers with a home outside these runs of positions are certainly too far. */
  runs: number[] | null;
  /** To a session: who is free when it starts (null: it starts outside the weekly grid). */
  session: { startSlot: WordSet | null } | null;
  /** Who could possibly fit: nobody, only those near enough to meet (in `runs`), or anyone. */
  reach: 'NOBODY' | 'NEAR' | 'ANYONE';
  /** Only ever in person: a volunteer's distance (and journey to a session) is then part of every blocker set. */
  inPersonOnly: boolean;
  modeKeys: number[];
  /** Every key the bounds are worked out for. */
  keys: number[];
};

/** Compiles a request into what the bitset bounds need. */
export function planFor(request: MatchRequest, c: GapColumns): Plan {
  const companion = request.kind === 'FIRST_SESSION_COMPANION';
  const candidates: ContactMode[] = companion ? request.contactModes.filter((m) => m === 'IN_PERSON') : [...request.contactModes];
  const restricted = (m: ContactMode) =>
    request.accessNeeds.some((id) => {
      const only = (accessNeed(id).metBy as { contactModes?: readonly ContactMode[] }).contactModes;
      return only !== undefined && !only.includes(m);
    });
  const modes = candidates.map((mode): ModePlan => {
    const skills = requiredSkills(request.accessNeeds, [mode], companion);
    return {
      has: c.modes.get(mode) ?? c.empty,
      skillKeys: skills.map((s) => SKILL_KEY.get(s)!),
      skillSets: skills.map((s) => c.skills.get(s) ?? c.empty),
      disallowed: restricted(mode),
      timeNeeded: LIVE_MODES.includes(mode) && !request.session,
      inPerson: mode === 'IN_PERSON',
    };
  });
  const inPerson = modes.some((m) => m.inPerson);
  const session = request.session;
  let runs: number[] | null = null;
  let allTooFar = false;
  if (inPerson && request.location) {
    if (session) {
      allTooFar = distanceKm(request.location, session.venue) > request.travelRadiusKm;
      if (!allTooFar) runs = c.runsNear(session.venue, c.maxRadiusKm);
    } else runs = c.runsNear(request.location, request.travelRadiusKm);
  }
  const startSlot = session ? slotAt(session.startsAt) : null;
  // The ways that could work for someone: allowed, offered by some volunteer, with skills some have.
  const workable = modes.filter((m) => !m.disallowed && m.has !== c.empty && m.skillSets.every((s) => s !== c.empty));
  const reachable = workable.filter((m) => !m.inPerson || (request.location && !allTooFar && (!session || startSlot)));
  const modeKeys = new Set<number>([KEY.CONTACT_MODE]);
  for (const m of modes) {
    for (const k of m.skillKeys) modeKeys.add(k);
    if (m.timeNeeded || (m.inPerson && session)) modeKeys.add(KEY.TIME);
    if (m.inPerson) [KEY.NO_LOCATION, KEY.DISTANCE].forEach((k) => modeKeys.add(k));
  }
  return {
    request,
    candidates,
    kind: c.offers.get(request.kind) ?? null,
    languages: request.languages.flatMap((l) => c.languages.get(l) ?? []),
    genders: request.preferredGenders.length > 0 ? request.preferredGenders.flatMap((g) => c.genders.get(g) ?? []) : null,
    slots: session ? [] : c.slots.filter((_, slot) => request.availabilityMask & (1 << slot)),
    modes,
    noLocation: inPerson && !request.location,
    allTooFar,
    runs,
    session: session ? { startSlot: startSlot ? c.slots[31 - Math.clz32(slotBit(startSlot))]! : null } : null,
    reach: reachable.length === 0 ? 'NOBODY' : reachable.every((m) => m.inPerson) ? 'NEAR' : 'ANYONE',
    inPersonOnly: candidates.length === 1 && candidates[0] === 'IN_PERSON' && request.location !== null,
    modeKeys: [...modeKeys],
    keys: [KEY.EXCLUDED, KEY.SUPPORT_KIND, KEY.LANGUAGE, KEY.GENDER, ...modeKeys],
  };
}
