import type { EntityManager } from '@mikro-orm/postgresql';
import { UserAccount } from '../accounts/user.entity.js';
import { MATCH_POPULATE } from '../matching/lifecycle/match-access.js';
import type { MatchActorRole } from '../matching/lifecycle/match-records.entity.js';
import { LIVE_STATUSES, Match } from '../matching/lifecycle/match.entity.js';
import { transition } from '../matching/lifecycle/transitions.js';
import type { Notice } from '../notifications/notify.js';
import { scheduleEnding } from '../outcomes/check-ins/scheduling.service.js';
import { OPEN_STATUSES, SupportRequest } from '../seekers/support-request.entity.js';
import { endedWords, ERASURE_END_REASON } from './erasure-words.js';
import { pgArray } from '../db/sql-array.js';

/** Who is erasing: the person themself, an administrator, or the retention job (no user). */
export type Eraser = { userId: string | null; kind: 'SELF' | 'STAFF' | 'RETENTION' };

/** In which capacity the eraser ends a match, for its history. */
function roleOf(by: Eraser, personErased: boolean): MatchActorRole {
  if (by.kind === 'STAFF') return 'STAFF';
  if (by.kind === 'RETENTION') return 'SYSTEM';
  return personErased ? 'PERSON' : 'VOLUNTEER';
}

export type CaseIds = { seekerIds: string[]; volunteerIds: string[] };

const liveFilter = (ids: CaseIds) => ({
  $or: [{ request: { seeker: { $in: ids.seekerIds } } }, { volunteer: { $in: ids.volunteerIds } }],
  status: { $in: [...LIVE_STATUSES] },
});

const sortedUnique = (ids: string[]) => [...new Set(ids)].sort();

/**
 * Locks the rows a proposal or answer would lock, in the same order (requests, then volunteers, each
 * by id), so an erasure and a match being made at the same moment wait for each other instead of
 * one ending up with a live match for an erased person.
 */
export async function lockCase(tx: EntityManager, ids: CaseIds): Promise<void> {
  const live = await tx.find(Match, liveFilter(ids), { fields: ['id', 'request', 'volunteer'] });
  const open = await tx.find(SupportRequest, { seeker: { $in: ids.seekerIds }, status: { $in: OPEN_STATUSES } }, { fields: ['id'] });
  const requestIds = sortedUnique([...live.map((m) => m.request.id), ...open.map((r) => r.id)]);
  const volunteerIds = sortedUnique([...live.map((m) => m.volunteer.id), ...ids.volunteerIds]);
  await tx.execute('select id from support_request where id = any(?::uuid[]) order by id for update', [pgArray(requestIds)]);
  await tx.execute('select id from volunteer where id = any(?::uuid[]) order by id for update', [pgArray(volunteerIds)]);
}

/**
 * Ends every live match of the case. The other person is told plainly, with no name; a person
 * seeking company whose volunteer was erased goes back to waiting, keeping their place, and is asked
 * how they have been if the match had started. Call after lockCase, in the same transaction.
 */
export async function endLiveMatches(tx: EntityManager, ids: CaseIds, by: Eraser, now: Date): Promise<Notice[]> {
  const matches = await tx.find(Match, liveFilter(ids), { populate: [...MATCH_POPULATE, 'proposedBy'], refresh: true });
  const notices: Notice[] = [];
  for (const match of matches) {
    const personErased = ids.seekerIds.includes(match.request.seeker.id);
    const wasActive = match.status === 'ACTIVE';
    match.endedAt = now;
    match.endedBy = by.userId ? tx.getReference(UserAccount, by.userId) : null;
    match.endReason = ERASURE_END_REASON;
    transition(tx, match, 'ENDED', { userId: by.userId, role: roleOf(by, personErased) }, now, ERASURE_END_REASON);
    const link = `/matches/${match.id}`;
    const schemeId = match.scheme.id;
    if (personErased) {
      notices.push({ userId: match.volunteer.user.id, schemeId, kind: 'MATCH_ENDED', text: endedWords.toVolunteer, link });
    } else {
      const request = match.request;
      const sessionPassed = match.kind === 'FIRST_SESSION_COMPANION' && !!request.sessionStartsAt && request.sessionStartsAt <= now;
      if (request.status === 'MATCHED') {
        request.status = sessionPassed ? 'CLOSED' : 'WAITING';
        request.closedReason = sessionPassed ? 'MATCH_ENDED' : null;
        request.statusChangedAt = now;
      }
      if (wasActive) scheduleEnding(tx, match, now);
      const account = request.seeker.account;
      if (account && match.volunteerAcceptedAt) notices.push({ userId: account.id, schemeId, kind: 'MATCH_ENDED', text: endedWords.toPerson, link });
    }
    if (match.proposedBy.id !== by.userId) notices.push({ userId: match.proposedBy.id, schemeId, kind: 'MATCH_ENDED', text: endedWords.toStaff, link });
  }
  return notices;
}
