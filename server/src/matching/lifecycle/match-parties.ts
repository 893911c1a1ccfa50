import type { EntityManager } from '@mikro-orm/postgresql';
import { CASEWORK_ROLES, hasRoleIn, viewerSchemes } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { isUuid } from '../../seekers/seeker-access.js';
import type { Match, MatchStatus } from './match.entity.js';
import { pgArray } from '../../db/sql-array.js';

/** In which capacity the viewer sees a match. A person may be staff too; each side is checked on its own. */
export type MatchSide = 'VOLUNTEER' | 'PERSON' | 'STAFF';

/**
 * Who a match is between and where it stands: everything the rule on who may see it, and the
 * conversation between the two, need. Read from a loaded Match, or in one small statement
 * (partiesOf) where nothing else of the match is needed.
 */
export type MatchParties = {
  id: string;
  schemeId: string;
  status: MatchStatus;
  volunteerAcceptedAt: Date | null;
  safeguardingPausedAt: Date | null;
  volunteerUserId: string;
  volunteerName: string;
  /** The person's account, when they have one (a person referred by a link worker may not). */
  seekerAccountId: string | null;
  seekerName: string;
};

export function partiesOfMatch(match: Match): MatchParties {
  return {
    id: match.id,
    schemeId: match.scheme.id,
    status: match.status,
    volunteerAcceptedAt: match.volunteerAcceptedAt ?? null,
    safeguardingPausedAt: match.safeguardingPausedAt ?? null,
    volunteerUserId: match.volunteer.user.id,
    volunteerName: match.volunteer.user.displayName,
    seekerAccountId: match.request.seeker.account?.id ?? null,
    seekerName: match.request.seeker.name,
  };
}

/**
 * The sides from which the viewer may see the match. The person is offered a match only once the
 * volunteer has said yes, so a proposal the volunteer turns down never reaches them.
 */
export function sidesOfParties(viewer: Viewer, match: MatchParties): Set<MatchSide> {
  const sides = new Set<MatchSide>();
  if (hasRoleIn(viewer, match.schemeId, ...CASEWORK_ROLES)) sides.add('STAFF');
  if (match.volunteerUserId === viewer.id && hasRoleIn(viewer, match.schemeId, 'VOLUNTEER')) sides.add('VOLUNTEER');
  if (match.seekerAccountId === viewer.id && hasRoleIn(viewer, match.schemeId, 'SEEKER') && match.volunteerAcceptedAt) sides.add('PERSON');
  return sides;
}

type PartiesRow = {
  id: string;
  scheme_id: string;
  status: MatchStatus;
  volunteer_accepted_at: Date | null;
  safeguarding_paused_at: Date | null;
  volunteer_user_id: string;
  volunteer_name: string;
  seeker_account_id: string | null;
  seeker_name: string;
};

/**
 * The parties of a match in one of the viewer's schemes, or null. One narrow statement: the
 * conversation is the page people open most, and loading the whole match with its scheme,
 * request, person, activity and volunteer as entities cost more than the rest of the request.
 */
export async function partiesOf(em: EntityManager, viewer: Viewer, matchId: string): Promise<MatchParties | null> {
  const schemes = viewerSchemes(viewer);
  if (!isUuid(matchId) || schemes.length === 0) return null;
  const inSchemes = pgArray(schemes);
  const [row] = await em.execute<PartiesRow[]>(
    `select m.id, m.scheme_id, m.status, m.volunteer_accepted_at, m.safeguarding_paused_at,
            v.user_id as volunteer_user_id, u.display_name as volunteer_name, s.account_id as seeker_account_id, s.name as seeker_name
       from match m
       join volunteer v on v.id = m.volunteer_id and v.scheme_id = any(?::uuid[])
       join person_account u on u.id = v.user_id
       join support_request r on r.id = m.request_id and r.scheme_id = any(?::uuid[])
       join seeker s on s.id = r.seeker_id and s.scheme_id = any(?::uuid[])
      where m.id = ? and m.scheme_id = any(?::uuid[])`,
    // Each table is tied to the viewer's schemes by value, not by joins on equal scheme_id: PostgreSQL
    // plans it in about half the time, and planning was most of what this statement cost.
    [inSchemes, inSchemes, inSchemes, matchId, inSchemes],
  );
  if (!row) return null;
  return {
    id: row.id,
    schemeId: row.scheme_id,
    status: row.status,
    volunteerAcceptedAt: row.volunteer_accepted_at === null ? null : new Date(row.volunteer_accepted_at),
    safeguardingPausedAt: row.safeguarding_paused_at === null ? null : new Date(row.safeguarding_paused_at),
    volunteerUserId: row.volunteer_user_id,
    volunteerName: row.volunteer_name,
    seekerAccountId: row.seeker_account_id,
    seekerName: row.seeker_name,
  };
}
