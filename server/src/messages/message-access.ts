import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../accounts/sessions.js';
import { denied } from '../audit/denied.js';
import { recordAuditApart } from '../audit/audit.js';
import { notFound } from '../graphql/errors.js';
import { matchNotFound } from '../matching/lifecycle/match-access.js';
import { partiesOf, sidesOfParties, type MatchParties, type MatchSide } from '../matching/lifecycle/match-parties.js';
import { hasOpenConcern } from '../safeguarding/concerns/open-concerns.js';

type Deps = { em: EntityManager; viewer: Viewer };

export const messagesNotFound = () => notFound('Those messages');

/** One of the two people of the match (a person may also be staff; only these sides count here). */
export const isOneOfTheTwo = (sides: Set<MatchSide>) => sides.has('VOLUNTEER') || sides.has('PERSON');

/**
 * The match as any of its viewers sees it, or "not found" (recorded as a denial). Only its parties
 * are read: the conversation needs nothing else of the match.
 */
async function seenMatch(deps: Deps, matchId: string): Promise<{ match: MatchParties; sides: Set<MatchSide> }> {
  const match = await partiesOf(deps.em, deps.viewer, matchId);
  const sides = match ? sidesOfParties(deps.viewer, match) : new Set<MatchSide>();
  if (!match || sides.size === 0) {
    await denied(deps, { type: 'Match', id: matchId });
    throw matchNotFound();
  }
  return { match, sides };
}

/** A match the viewer is one of the two people of; staff and everyone else get "not found". */
export async function matchOfTheTwo(deps: Deps, matchId: string): Promise<MatchParties> {
  const { match, sides } = await seenMatch(deps, matchId);
  if (isOneOfTheTwo(sides)) return match;
  await denied(deps, { type: 'Match', id: match.id, schemeId: match.schemeId });
  throw messagesNotFound();
}

/** A match of the viewer's scheme, for staff (link workers and admins) only. */
export async function matchForStaff(deps: Deps, matchId: string): Promise<MatchParties> {
  const { match, sides } = await seenMatch(deps, matchId);
  if (sides.has('STAFF')) return match;
  await denied(deps, { type: 'Match', id: match.id, schemeId: match.schemeId });
  throw notFound('That match');
}

/**
 * Whether staff may read what the two wrote: only while a concern is open about the match or
 * either of its people. Link workers otherwise see only that contact happens.
 */
export function staffMayRead(em: EntityManager, match: Pick<MatchParties, 'id' | 'schemeId'>): Promise<boolean> {
  return hasOpenConcern(em, { matchId: match.id, schemeId: match.schemeId });
}

/**
 * The thread's match for someone allowed to read it: the two people always; staff of the scheme
 * only while a concern is open, and every such read is written to the audit log before anything
 * is shown. Anyone else, and staff with no concern open, get "not found".
 */
export async function matchForReading(deps: Deps, matchId: string): Promise<{ match: MatchParties; asStaff: boolean }> {
  const { match, sides } = await seenMatch(deps, matchId);
  if (isOneOfTheTwo(sides)) return { match, asStaff: false };
  if (sides.has('STAFF') && (await staffMayRead(deps.em, match))) {
    await recordStaffRead(deps, match);
    return { match, asStaff: true };
  }
  await denied(deps, { type: 'Match', id: match.id, schemeId: match.schemeId });
  throw messagesNotFound();
}

/** Records that a member of staff read (or was sent live) the messages of a match. */
export function recordStaffRead(deps: Deps, match: Pick<MatchParties, 'id' | 'schemeId'>): Promise<void> {
  return recordAuditApart(deps.em, {
    actorId: deps.viewer.id,
    schemeId: match.schemeId,
    action: 'MESSAGES_READ_BY_STAFF',
    subjectType: 'Match',
    subjectId: match.id,
    outcome: 'ALLOWED',
  });
}
