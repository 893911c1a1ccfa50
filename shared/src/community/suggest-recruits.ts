import { checkPair } from '../matching/constraints.js';
import type { VolunteerIndex } from '../matching/volunteer-index.js';
import type { Coordinates } from '../place.js';
import { columnsFor } from './columns-cache.js';
import type { GapAnalysis, GapRequest } from './gap-types.js';
import { couldFit, reachable, skillMask, withinReach, type Reachable } from './recruit-reach.js';
import { hypotheticalVolunteer, profileKey, profilesFor, type RecruitContext } from './recruit-profiles.js';
import { recruitText } from './recruit-text.js';
import type { RecruitProfile, RecruitSuggestion } from './recruit-types.js';

const DEFAULT_LIMIT = 10;

/**
 * The kinds of volunteer whose recruitment would give the most people with no feasible volunteer
 * one. Candidates come from those people's own ways of meeting (the way, the skills their needs
 * call for there, their district when in person, the time bands they are free in, their language
 * if not English); each is judged by checkPair as a typical recruit (the scheme's median capacity
 * and reach, at the district centre) against every person it could possibly fit, so "would unblock
 * 7 people" is computed, never guessed. Ranked greedily: each adds the most people not already
 * helped by those above it.
 */
export function suggestRecruits(
  gaps: GapAnalysis,
  requests: readonly GapRequest[],
  index: VolunteerIndex,
  context: { now: Date; areaCentres: ReadonlyMap<string, Coordinates>; limit?: number },
): RecruitSuggestion[] {
  const columns = columnsFor(index, context.now);
  const recruit: RecruitContext = { now: context.now, areaCentres: context.areaCentres, capacity: columns.medianCapacity, travelRadiusKm: columns.medianRadiusKm };
  const noneIds = new Set(gaps.requests.filter((g) => g.status === 'NONE').map((g) => g.requestId));
  const waiting = requests.filter((r) => noneIds.has(r.request.id));

  const profiles = new Map<string, RecruitProfile>();
  for (const { request, area } of waiting) {
    for (const profile of profilesFor(request, area)) {
      if (profile.area !== null && !context.areaCentres.has(profile.area)) continue;
      const key = profileKey(profile);
      if (!profiles.has(key)) profiles.set(key, profile);
    }
  }

  // Those a recruit could reach, by kind and way; in person, by district too, worked out once each.
  const byWay = new Map<string, Reachable[]>();
  for (const { request } of waiting) {
    const r = reachable(request);
    if (!r) continue;
    for (const mode of r.ways.keys()) {
      const key = `${request.kind}|${mode}`;
      byWay.set(key, [...(byWay.get(key) ?? []), r]);
    }
  }
  const near = new Map<string, Reachable[]>();
  const peopleFor = (profile: RecruitProfile): readonly Reachable[] => {
    const way = byWay.get(`${profile.kind}|${profile.contactMode}`) ?? [];
    if (profile.contactMode !== 'IN_PERSON') return way;
    const key = `${profile.kind}|${profile.area}`;
    let found = near.get(key);
    if (!found) {
      const centre = context.areaCentres.get(profile.area!)!;
      near.set(key, (found = way.filter((r) => withinReach(r.request, centre, recruit.travelRadiusKm))));
    }
    return found;
  };

  const candidates = [...profiles].flatMap(([key, profile]) => {
    const volunteer = hypotheticalVolunteer(profile, key, recruit);
    const skills = skillMask(profile.skills);
    const requestIds: string[] = [];
    for (const r of peopleFor(profile)) {
      if (couldFit(r, profile, skills) && checkPair(r.request, volunteer, context.now).ok) requestIds.push(r.request.id);
    }
    return requestIds.length > 0 ? [{ key, profile, requestIds }] : [];
  });
  return rankGreedily(candidates, context.limit ?? DEFAULT_LIMIT).map((c) => {
    const volunteersNeeded = Math.ceil(c.requestIds.length / recruit.capacity);
    return {
      key: c.key,
      profile: c.profile,
      peopleUnblocked: c.requestIds.length,
      addsToAbove: c.addsToAbove,
      volunteersNeeded,
      requestIds: c.requestIds,
      text: recruitText(c.profile, volunteersNeeded, c.requestIds.length),
    };
  });
}

type Candidate = { key: string; profile: RecruitProfile; requestIds: string[] };

/** Greedy cover: each pick adds the most people not yet helped; ties to more people in all, fewer skills, then key. */
export function rankGreedily(candidates: readonly Candidate[], limit: number): Array<Candidate & { addsToAbove: number }> {
  const covered = new Set<string>();
  const left = [...candidates];
  const ranked: Array<Candidate & { addsToAbove: number }> = [];
  while (ranked.length < limit && left.length > 0) {
    let best = -1;
    let bestGain = 0;
    left.forEach((c, i) => {
      // A candidate never adds more than it did last time round: skip those that cannot win.
      if (c.requestIds.length < bestGain) return;
      const gain = c.requestIds.reduce((n, id) => n + (covered.has(id) ? 0 : 1), 0);
      if (best === -1 || gain > bestGain || (gain === bestGain && better(c, left[best]!))) {
        best = i;
        bestGain = gain;
      }
    });
    if (bestGain === 0) break;
    const [chosen] = left.splice(best, 1);
    for (const id of chosen!.requestIds) covered.add(id);
    ranked.push({ ...chosen!, addsToAbove: bestGain });
  }
  return ranked;
}

function better(a: Candidate, b: Candidate): boolean {
  return (
    a.requestIds.length > b.requestIds.length ||
    (a.requestIds.length === b.requestIds.length &&
      (a.profile.skills.length < b.profile.skills.length || (a.profile.skills.length === b.profile.skills.length && a.key < b.key)))
  );
}
