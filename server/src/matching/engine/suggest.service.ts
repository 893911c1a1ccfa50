import type { EntityManager } from '@mikro-orm/postgresql';
import { approximateDistance, explainUnmatched, outwardCode, type UnmatchedReason } from '@kindred/shared';
import { hasRoleIn, schemesWhere, CASEWORK_ROLES } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { denied } from '../../audit/denied.js';
import { recordSpecialCategoryReads } from '../../audit/special-category.js';
import { badInput, notFound } from '../../graphql/errors.js';
import { readMatchRequest } from './match-request.js';
import type { MatchingEngine } from './matching-engine.js';
import { pgArray } from '../../db/sql-array.js';

export const MAX_SUGGESTIONS = 50;

export type SuggestionResult = {
  requestId: string;
  suggestions: Array<{
    volunteerId: string;
    firstName: string;
    area: string | null;
    approximateDistance: string | null;
    fit: number;
    fitInWords: string;
    reasons: Array<{ text: string; audience: 'everyone' | 'staff' }>;
    waysToKeepInTouch: string[];
  }>;
  unmatchedReasons: UnmatchedReason[];
};

export function fitInWords(fit: number): string {
  if (fit >= 750) return 'A very good fit';
  if (fit >= 550) return 'A good fit';
  return 'A possible fit';
}

/**
 * The best volunteers for one waiting request, for a link worker of its scheme: each with reasons
 * in words. When nobody fits, why not, which is also stored for the community builders' view.
 */
export async function suggestMatches(
  deps: { em: EntityManager; engine: MatchingEngine; viewer: Viewer; now?: Date },
  requestId: string,
  limit: number,
): Promise<SuggestionResult> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGESTIONS) {
    throw badInput([{ field: 'limit', message: `Ask for between 1 and ${MAX_SUGGESTIONS} suggestions` }]);
  }
  const now = deps.now ?? new Date();
  const request = /^[0-9a-f-]{36}$/i.test(requestId) ? await readMatchRequest(deps.em, requestId, schemesWhere(deps.viewer, ...CASEWORK_ROLES)) : null;
  // A request of another scheme looks exactly like one that does not exist.
  if (!request || !hasRoleIn(deps.viewer, request.schemeId, ...CASEWORK_ROLES)) {
    await denied(deps, { type: 'SupportRequest', id: requestId });
    throw notFound('That request');
  }
  if (request.status !== 'WAITING') return { requestId, suggestions: [], unmatchedReasons: [] };
  // The reasons (and why nobody fits) are drawn from the person's access needs: the read is audited first.
  if (request.match.accessNeeds.length > 0) {
    await recordSpecialCategoryReads(deps.em, deps.viewer, [{ type: 'SupportRequest', id: requestId, schemeId: request.schemeId }]);
  }

  const index = await deps.engine.indexFor(deps.em, request.schemeId);
  const found = index.suggest(request.match, { limit, now });
  if (found.length === 0) {
    const reasons = explainUnmatched(request.match, index.all(), now);
    await deps.em.execute(
      `insert into unmatched_request (request_id, scheme_id, reasons, computed_at) values (?, ?, ?::jsonb, ?)
       on conflict (request_id) do update set scheme_id = excluded.scheme_id, reasons = excluded.reasons, computed_at = excluded.computed_at`,
      [request.match.id, request.schemeId, JSON.stringify(reasons), now],
    );
    return { requestId, suggestions: [], unmatchedReasons: reasons };
  }
  // Someone fits now: why nobody did no longer holds. Deleted only when stored, so that a read
  // writes nothing in the usual case (a page that finds someone every time it is opened).
  if (request.hasUnmatchedReasons) {
    await deps.em.execute('delete from unmatched_request where request_id = ? and scheme_id = ?', [request.match.id, request.schemeId]);
  }

  // Only the name and postcode of each: the rest of the pair's facts are the index's.
  const volunteers = await deps.em.execute<Array<{ id: string; display_name: string; postcode: string | null }>>(
    `select v.id, u.display_name, v.profile_postcode as postcode
       from volunteer v join person_account u on u.id = v.user_id
      where v.scheme_id = ? and v.id = any(?::uuid[])`,
    [request.schemeId, pgArray(found.map((s) => s.volunteer.id))],
  );
  const byId = new Map(volunteers.map((v) => [v.id, v]));
  return {
    requestId,
    unmatchedReasons: [],
    suggestions: found.map((s) => {
      const volunteer = byId.get(s.volunteer.id)!;
      return {
        volunteerId: s.volunteer.id,
        firstName: volunteer.display_name.split(/\s+/)[0] ?? volunteer.display_name,
        area: volunteer.postcode ? outwardCode(volunteer.postcode) : null,
        approximateDistance: s.distanceKm === null ? null : approximateDistance(s.distanceKm).replace(' away', ' apart'),
        fit: s.fit,
        fitInWords: fitInWords(s.fit),
        reasons: index.explain(request.match, s.volunteer, now),
        waysToKeepInTouch: s.modes,
      };
    }),
  };
}
