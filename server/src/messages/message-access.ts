import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../accounts/sessions.js';
import { denied } from '../audit/denied.js';
import { recordAuditApart } from '../audit/audit.js';
import { notFound } from '../graphql/errors.js';
import { type MatchSide, matchFor } from '../matching/lifecycle/match-access.js';
import type { Match } from '../matching/lifecycle/match.entity.js';
import { hasOpenConcern } from '../safeguarding/concerns/open-concerns.js';

type Deps = { em: EntityManager; viewer: Viewer };

export const messagesNotFound = () => notFound('Those messages');

/** One of the two people of the match (a person may also be staff; only these sides count here). */
export const isOneOfTheTwo = (sides: Set<MatchSide>) => sides.has('VOLUNTEER') || sides.has('PERSON');

/** The match as any of its viewers sees it, or "not found" (recorded as a denial). */
async function seenMatch(deps: Deps, matchId: string): Promise<{ match: Match; sides: Set<MatchSide> }> {
  try {
    return await matchFor(deps.em, deps.viewer, matchId);
  } catch (error) {
    await denied(deps, { type: 'Match', id: matchId });
    throw error;
  }
}

/** A match the viewer is one of the two people of; staff and everyone else get "not found". */
export async function matchOfTheTwo(deps: Deps, matchId: string): Promise<Match> {
  const { match, sides } = await seenMatch(deps, matchId);
  if (isOneOfTheTwo(sides)) return match;
  await denied(deps, { type: 'Match', id: match.id, schemeId: match.scheme.id });
  throw messagesNotFound();
}

/** A match of the viewer's scheme, for staff (link workers and admins) only. */
export async function matchForStaff(deps: Deps, matchId: string): Promise<Match> {
  const { match, sides } = await seenMatch(deps, matchId);
  if (sides.has('STAFF')) return match;
  await denied(deps, { type: 'Match', id: match.id, schemeId: match.scheme.id });
  throw notFound('That match');
}

/**
 * Whether staff may read what the two wrote: only while a concern is open about the match or
 * either of its people. Link workers otherwise see only that contact happens.
 */
export function staffMayRead(em: EntityManager, match: Match): Promise<boolean> {
  return hasOpenConcern(em, { matchId: match.id, schemeId: match.scheme.id });
}

/**
 * The thread's match for someone allowed to read it: the two people always; staff of the scheme
 * only while a concern is open, and every such read is written to the audit log before anything
 * is shown. Anyone else, and staff with no concern open, get "not found".
 */
export async function matchForReading(deps: Deps, matchId: string): Promise<{ match: Match; asStaff: boolean }> {
  const { match, sides } = await seenMatch(deps, matchId);
  if (isOneOfTheTwo(sides)) return { match, asStaff: false };
  if (sides.has('STAFF') && (await staffMayRead(deps.em, match))) {
    await recordStaffRead(deps, match);
    return { match, asStaff: true };
  }
  await denied(deps, { type: 'Match', id: match.id, schemeId: match.scheme.id });
  throw messagesNotFound();
}

/** Records that a member of staff read (or was sent live) the messages of a match. */
export function recordStaffRead(deps: Deps, match: Match): Promise<void> {
  return recordAuditApart(deps.em, {
    actorId: deps.viewer.id,
    schemeId: match.scheme.id,
    action: 'MESSAGES_READ_BY_STAFF',
    subjectType: 'Match',
    subjectId: match.id,
    outcome: 'ALLOWED',
  });
}
