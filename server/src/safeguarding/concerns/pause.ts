import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/audit.js';
import { badInput } from '../../graphql/errors.js';
import { LIVE_STATUSES, type Match } from '../../matching/lifecycle/match.entity.js';
import type { Notice } from '../../notifications/notify.js';
import type { Volunteer } from '../../volunteers/volunteer.entity.js';
import { concernWords } from './concern-words.js';

/** Staff-only words kept with a suspension; the volunteer is never shown them. */
export const SUSPENSION_REASON = 'Suspended while a safeguarding concern is looked into';

/** Refuses anything that needs the two people in touch while a safeguarding pause holds. */
export function assertNotPaused(match: Pick<Match, 'safeguardingPausedAt'>): void {
  if (match.safeguardingPausedAt) {
    throw badInput([{ field: 'matchId', message: 'This match is paused for now, so this cannot be done. Your link worker will be in touch.' }]);
  }
}

/** The accounts of the two people of a match who know about it. */
function peopleOf(match: Match): string[] {
  const people = [match.volunteer.user.id];
  // The person only ever heard of the match once the volunteer said yes.
  const account = match.request.seeker.account;
  if (account && match.volunteerAcceptedAt) people.push(account.id);
  return people;
}

type Acting = { tx: EntityManager; actorId: string; now: Date };

/**
 * Pauses each live match not already paused, at once. Each of the two people is told only that it
 * is paused and that their link worker will be in touch, except those in `quiet` (whoever acted,
 * or a volunteer told about their suspension instead). Returns the ids of every live match given
 * that is paused afterwards, and what to tell whom.
 */
export async function pauseMatches(acting: Acting, matches: readonly Match[], quiet: ReadonlySet<string>): Promise<{ pausedIds: string[]; notices: Notice[] }> {
  const notices: Notice[] = [];
  const pausedIds: string[] = [];
  for (const match of matches) {
    if (!LIVE_STATUSES.includes(match.status)) continue;
    pausedIds.push(match.id);
    if (match.safeguardingPausedAt) continue;
    match.safeguardingPausedAt = acting.now;
    for (const userId of peopleOf(match)) {
      if (quiet.has(userId)) continue;
      notices.push({ userId, schemeId: match.scheme.id, kind: 'MATCH_PAUSED', link: `/matches/${match.id}`, ...concernWords.matchPaused() });
    }
    await recordAudit(acting.tx, { actorId: acting.actorId, schemeId: match.scheme.id, action: 'MATCH_PAUSED', subjectType: 'Match', subjectId: match.id, outcome: 'ALLOWED' });
  }
  return { pausedIds, notices };
}

/** Suspends a volunteer at once; they are told only that their volunteering is paused for now. */
export async function suspendVolunteer(acting: Acting, volunteer: Volunteer): Promise<Notice[]> {
  if (volunteer.suspendedAt) return [];
  volunteer.suspendedAt = acting.now;
  volunteer.suspensionReason = SUSPENSION_REASON;
  await recordAudit(acting.tx, {
    actorId: acting.actorId,
    schemeId: volunteer.scheme.id,
    action: 'VOLUNTEER_SUSPENDED',
    subjectType: 'Volunteer',
    subjectId: volunteer.id,
    outcome: 'ALLOWED',
  });
  return [{ userId: volunteer.user.id, schemeId: volunteer.scheme.id, kind: 'VOLUNTEER_SUSPENDED', link: `/volunteering/${volunteer.id}`, ...concernWords.volunteeringSuspended() }];
}

/** Lets a paused match carry on; both people are told. */
export function resumeMatch(match: Match): Notice[] {
  match.safeguardingPausedAt = null;
  if (!LIVE_STATUSES.includes(match.status)) return [];
  return peopleOf(match).map((userId) => ({
    userId,
    schemeId: match.scheme.id,
    kind: 'SAFEGUARDING_PAUSE_LIFTED' as const,
    link: `/matches/${match.id}`,
    ...concernWords.matchResumed(),
  }));
}

/** Ends a suspension; the volunteer is told they can carry on. */
export function resumeVolunteer(volunteer: Volunteer): Notice[] {
  volunteer.suspendedAt = null;
  volunteer.suspensionReason = null;
  return [{ userId: volunteer.user.id, schemeId: volunteer.scheme.id, kind: 'SAFEGUARDING_PAUSE_LIFTED', link: `/volunteering/${volunteer.id}`, ...concernWords.volunteeringResumed() }];
}
