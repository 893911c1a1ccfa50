import type { EntityManager } from '@mikro-orm/postgresql';
import { suggestRecruits, type Coordinates, type GapRequest, type RecruitSuggestion } from '@kindred/shared';
import { hasRoleIn, INSIGHT_ROLES } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { badInput, notFound } from '../../graphql/errors.js';
import type { MatchingEngine } from '../../matching/engine/matching-engine.js';
import type { Geocoder } from '../../place/geocoder.js';
import { isUuid } from '../../seekers/seeker-access.js';
import { districtCentres } from './district-centres.js';
import { analyseSchemeGaps, type SchemeGaps } from './gap-analysis.js';
import { gapTrend, saveGapSnapshot, type GapWeek } from './gap-snapshots.js';

export type GapDeps = { em: EntityManager; engine: MatchingEngine; geocoder: Geocoder; viewer: Viewer | null; now?: Date };

export const MAX_SUGGESTIONS = 50;

/** Community builders, link workers and administrators of the scheme; anyone else is told it does not exist. */
function assertInsight(viewer: Viewer | null, schemeId: string): void {
  if (!isUuid(schemeId) || !hasRoleIn(viewer, schemeId, ...INSIGHT_ROLES)) throw notFound('That scheme');
}

const areasOf = (requests: readonly GapRequest[]) => requests.flatMap((r) => (r.area ? [r.area] : []));

export type GapPicture = SchemeGaps & { computedAt: Date; centres: Map<string, Coordinates>; trend: GapWeek[] };

/** The scheme's gaps now, kept as this week's snapshot, with the district centres and the trend. */
export async function gapPicture(deps: GapDeps, schemeId: string): Promise<GapPicture> {
  assertInsight(deps.viewer, schemeId);
  const now = deps.now ?? new Date();
  const gaps = await analyseSchemeGaps(deps.em, await deps.engine.indexFor(deps.em, schemeId), schemeId, now);
  await saveGapSnapshot(deps.em, schemeId, gaps.analysis, now);
  const [centres, trend] = await Promise.all([
    districtCentres(deps.geocoder, areasOf(gaps.requests)),
    gapTrend(deps.em, schemeId, now),
  ]);
  return { ...gaps, computedAt: now, centres, trend };
}

/** The volunteers to recruit who would unblock the most waiting people, best first. */
export async function recruitSuggestions(deps: GapDeps, schemeId: string, limit: number): Promise<RecruitSuggestion[]> {
  assertInsight(deps.viewer, schemeId);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGESTIONS) {
    throw badInput([{ field: 'limit', message: `Ask for between 1 and ${MAX_SUGGESTIONS} suggestions` }]);
  }
  const now = deps.now ?? new Date();
  const index = await deps.engine.indexFor(deps.em, schemeId);
  const { requests, analysis } = await analyseSchemeGaps(deps.em, index, schemeId, now);
  const areaCentres = await districtCentres(deps.geocoder, areasOf(requests));
  return suggestRecruits(analysis, requests, index, { now, areaCentres, limit });
}
