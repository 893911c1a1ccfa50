import type { EntityManager } from '@mikro-orm/postgresql';
import { outwardCode, type MatchRequest } from '@kindred/shared';
import { Activity } from '../../directory/activity.entity.js';
import { SupportRequest } from '../../seekers/support-request.entity.js';
import { toMatchRequest } from '../engine/adapters.js';
import { loadExclusions } from '../engine/facts.js';

const LIVE = `('PROPOSED', 'VOLUNTEER_ACCEPTED', 'ACTIVE')`;

/**
 * Every waiting request of a scheme with no live match, as the engine sees it, in a few queries
 * however many there are (loadMatchRequest reads one request at a time), with the same exclusions.
 */
export async function loadWaitingMatchRequests(em: EntityManager, schemeId: string): Promise<MatchRequest[]> {
  return (await loadWaitingRequestsWithArea(em, schemeId)).map((r) => r.request);
}

/**
 * The same waiting requests, each with the person's postcode district ("LS6"; null without a
 * postcode): the community builders' gap picture groups them by it.
 */
export async function loadWaitingRequestsWithArea(
  em: EntityManager,
  schemeId: string,
): Promise<Array<{ request: MatchRequest; area: string | null }>> {
  const requests = await em.find(
    SupportRequest,
    { scheme: schemeId, status: 'WAITING' },
    { populate: ['seeker'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  // em.execute, not the bare connection: inside a transaction (the demo loader) it sees the matches just written.
  const live = new Set(
    (await em.execute<Array<{ request_id: string }>>(`select m.request_id from match m where m.scheme_id = ? and m.status in ${LIVE}`, [schemeId])).map(
      (r) => r.request_id,
    ),
  );
  const activityIds = [...new Set(requests.map((r) => r.activity?.id).filter((id): id is string => !!id))];
  const activities = new Map((activityIds.length > 0 ? await em.find(Activity, { id: { $in: activityIds } }) : []).map((a) => [a.id, a]));
  const excluded = await loadExclusions(em, { waitingInScheme: schemeId });
  return requests
    .filter((r) => !live.has(r.id))
    .map((r) => ({
      request: toMatchRequest(r, r.seeker, r.activity ? (activities.get(r.activity.id) ?? null) : null, excluded.get(r.id) ?? new Set()),
      area: r.seeker.profile.postcode ? outwardCode(r.seeker.profile.postcode) : null,
    }));
}
