import type { EntityManager } from '@mikro-orm/postgresql';
import { CASEWORK_ROLES, hasRoleIn, schemesWhere, viewerSchemes } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { notFound } from '../../graphql/errors.js';
import { isUuid } from '../../seekers/seeker-access.js';
import { Match } from './match.entity.js';

/** In which capacity the viewer sees a match. A person may be staff too; each side is checked on its own. */
export type MatchSide = 'VOLUNTEER' | 'PERSON' | 'STAFF';

/**
 * What a match is shown and checked with. Every one is a to-one relation, so MikroORM joins them
 * all into the statement that reads the match. With `refresh: true` MikroORM then reads every
 * relation a second time, one statement each, after the join already did: refresh only a match
 * the entity manager may hold stale.
 */
export const MATCH_POPULATE = ['scheme', 'request', 'request.seeker', 'request.activity', 'volunteer', 'volunteer.user'] as const;

export const matchNotFound = () => notFound('That match');

/**
 * The sides from which the viewer may see the match. The person is offered a match only once the
 * volunteer has said yes, so a proposal the volunteer turns down never reaches them.
 */
export function sidesOf(viewer: Viewer, match: Match): Set<MatchSide> {
  const sides = new Set<MatchSide>();
  const schemeId = match.scheme.id;
  if (hasRoleIn(viewer, schemeId, ...CASEWORK_ROLES)) sides.add('STAFF');
  if (match.volunteer.user.id === viewer.id && hasRoleIn(viewer, schemeId, 'VOLUNTEER')) sides.add('VOLUNTEER');
  if (match.request.seeker.account?.id === viewer.id && hasRoleIn(viewer, schemeId, 'SEEKER') && match.volunteerAcceptedAt) sides.add('PERSON');
  return sides;
}

/**
 * A match the viewer may see, with their sides; anything else is "not found". Read afresh: in one
 * statement when this entity manager does not hold the match yet (the usual case, as the first
 * thing a request reads); one it holds already (read earlier in the request, or by a web socket's
 * long-lived context) is refreshed, which costs a statement per relation besides (MATCH_POPULATE).
 */
export async function matchFor(em: EntityManager, viewer: Viewer, id: string): Promise<{ match: Match; sides: Set<MatchSide> }> {
  const held = isUuid(id) && em.getUnitOfWork().getById(Match, id.toLowerCase()) !== undefined;
  const match = isUuid(id) ? await em.findOne(Match, { id, scheme: { $in: viewerSchemes(viewer) } }, { populate: [...MATCH_POPULATE], refresh: held }) : null;
  const sides = match ? sidesOf(viewer, match) : new Set<MatchSide>();
  if (!match || sides.size === 0) throw matchNotFound();
  return { match, sides };
}

/** The viewer's own matches, as volunteer or as the person, in every scheme where they hold that role. */
export async function ownMatches(em: EntityManager, viewer: Viewer): Promise<Match[]> {
  const asVolunteer = schemesWhere(viewer, 'VOLUNTEER');
  const asPerson = schemesWhere(viewer, 'SEEKER');
  const or = [
    ...(asVolunteer.length ? [{ volunteer: { user: viewer.id }, scheme: { $in: asVolunteer } }] : []),
    ...(asPerson.length ? [{ request: { seeker: { account: viewer.id } }, scheme: { $in: asPerson }, volunteerAcceptedAt: { $ne: null } }] : []),
  ];
  if (or.length === 0) return [];
  return em.find(Match, { $or: or }, { populate: [...MATCH_POPULATE], orderBy: { proposedAt: 'desc' } });
}
