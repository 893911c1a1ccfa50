import type { EntityManager } from '@mikro-orm/postgresql';
import { schemesWhere, viewerSchemes } from '../../accounts/policy.js';
import type { Viewer } from '../../accounts/sessions.js';
import { notFound } from '../../graphql/errors.js';
import { isUuid } from '../../seekers/seeker-access.js';
import { Match } from './match.entity.js';
import { readMatchFacts, type MatchFacts } from './match-facts.js';
import { partiesOfMatch, sidesOfParties, type MatchSide } from './match-parties.js';
import { pgArray } from '../../db/sql-array.js';

export type { MatchSide } from './match-parties.js';

/**
 * What a match is shown and checked with. Every one is a to-one relation, so MikroORM joins them
 * all into the statement that reads the match. With `refresh: true` MikroORM then reads every
 * relation a second time, one statement each, after the join already did: refresh only a match
 * the entity manager may hold stale.
 */
export const MATCH_POPULATE = ['scheme', 'request', 'request.seeker', 'request.activity', 'volunteer', 'volunteer.user'] as const;

export const matchNotFound = () => notFound('That match');

/** The sides from which the viewer may see the match (the rule is sidesOfParties). */
export function sidesOf(viewer: Viewer, match: Match): Set<MatchSide> {
  return sidesOfParties(viewer, partiesOfMatch(match));
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

/**
 * A match the viewer may see, as plain facts with its contact log, and their sides; anything else
 * is "not found". One statement and no entities: for the mutations people use most, which change
 * nothing of the match itself.
 */
export async function matchFactsFor(em: EntityManager, viewer: Viewer, id: string): Promise<{ match: MatchFacts; sides: Set<MatchSide> }> {
  const [match] = isUuid(id) ? await readMatchFacts(em, viewerSchemes(viewer), 'm.id = ?', [id], 'm.id') : [];
  const sides = match ? sidesOfParties(viewer, match) : new Set<MatchSide>();
  if (!match || sides.size === 0) throw matchNotFound();
  return { match, sides };
}

/**
 * The viewer's own matches, as volunteer or as the person, in every scheme where they hold that
 * role, newest first: as plain facts with their contact logs, in one statement (readMatchFacts).
 * The person sees a match only once the volunteer has said yes (as sidesOfParties has it).
 */
export async function ownMatches(em: EntityManager, viewer: Viewer): Promise<MatchFacts[]> {
  const asVolunteer = schemesWhere(viewer, 'VOLUNTEER');
  const asPerson = schemesWhere(viewer, 'SEEKER');
  const or: string[] = [];
  const params: unknown[] = [];
  if (asVolunteer.length) {
    or.push('(v.user_id = ? and m.scheme_id = any(?::uuid[]))');
    params.push(viewer.id, pgArray(asVolunteer));
  }
  if (asPerson.length) {
    or.push('(s.account_id = ? and m.scheme_id = any(?::uuid[]) and m.volunteer_accepted_at is not null)');
    params.push(viewer.id, pgArray(asPerson));
  }
  return readMatchFacts(em, [...new Set([...asVolunteer, ...asPerson])], or.join(' or '), params, 'm.proposed_at desc');
}
