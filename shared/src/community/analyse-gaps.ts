import type { VolunteerIndex } from '../matching/volunteer-index.js';
import { compareBlockerKeys, gapBlocker } from './blockers.js';
import { columnsFor } from './columns-cache.js';
import { GapFinder } from './gap-finder.js';
import { keyNames } from './gap-keys.js';
import { FEW_VOLUNTEERS, type GapAnalysis, type GapRequest, type RequestGap } from './gap-types.js';
import { groupGaps, waitingDays } from './group-gaps.js';

/**
 * The waiting requests with no, or too few, volunteers who pass every hard constraint of the
 * matching engine, why, and where; so the gap picture and the engine can never disagree.
 *
 * A request's blockers are those of the volunteers who come closest to fitting. Each volunteer who
 * does not fit has checkPair's blockers: one who would fit but for being full, paused or not approved
 * has just CAPACITY, and other unavailable volunteers say nothing about the request. One who shares
 * no way of keeping in touch is also judged as if they did, so CONTACT_MODE alone means someone
 * would fit if only they kept in touch the ways asked (not merely that a far-off volunteer only
 * phones). The request takes every blocker of the volunteers with the fewest; among volunteers who
 * share a way, a lone blocker is exactly what explainUnmatched counts as a volunteer's only blocker.
 */
export function analyseGaps(requests: readonly GapRequest[], index: VolunteerIndex, now: Date): GapAnalysis {
  const finder = new GapFinder(columnsFor(index, now), now);
  const gaps: RequestGap[] = [];
  for (const { request, area } of requests) {
    const found = finder.examine(request, FEW_VOLUNTEERS);
    if (found.feasible >= FEW_VOLUNTEERS) continue;
    gaps.push({
      requestId: request.id,
      area,
      kind: request.kind,
      waitingDays: waitingDays(request.waitingSince, now),
      feasible: found.feasible,
      status: found.feasible === 0 ? 'NONE' : 'FEW',
      blockers: keyNames(found.keys)
        .sort(compareBlockerKeys)
        .map((key) => gapBlocker(key, request, found.capacityOnly)),
    });
  }
  gaps.sort((a, b) => (a.status === b.status ? 0 : a.status === 'NONE' ? -1 : 1) || b.waitingDays - a.waitingDays || a.requestId.localeCompare(b.requestId));
  const none = gaps.filter((g) => g.status === 'NONE').length;
  return { waiting: requests.length, none, few: gaps.length - none, requests: gaps, ...groupGaps(requests, gaps) };
}
