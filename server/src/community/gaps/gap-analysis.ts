import type { EntityManager } from '@mikro-orm/postgresql';
import { analyseGaps, type GapAnalysis, type GapRequest, type VolunteerIndex } from '@kindred/shared';
import { loadWaitingRequestsWithArea } from '../../matching/assignment/waiting-requests.js';

export type SchemeGaps = { requests: GapRequest[]; analysis: GapAnalysis };

/**
 * The scheme's waiting requests as the matching engine sees them, each with its district, and the
 * gaps among them judged against the scheme's volunteers by the engine's own constraints.
 */
export async function analyseSchemeGaps(em: EntityManager, index: VolunteerIndex, schemeId: string, now: Date): Promise<SchemeGaps> {
  const requests = await loadWaitingRequestsWithArea(em, schemeId);
  return { requests, analysis: analyseGaps(requests, index, now) };
}
