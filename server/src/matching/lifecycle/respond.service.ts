import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { volunteerGates } from '@kindred/shared';
import type { Viewer } from '../../accounts/sessions.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { badInput } from '../../graphql/errors.js';
import { deliver, firstName, recordNotices, type Delivery, type Notice } from '../../notifications/notify.js';
import { scheduleEnding } from '../../outcomes/check-ins/scheduling.service.js';
import type { SupportRequest } from '../../seekers/support-request.entity.js';
import { toMatchVolunteer } from '../engine/adapters.js';
import { loadVolunteerFacts } from '../engine/facts.js';
import { inviteAttachments, scheduleCompanionJobs } from './companion.service.js';
import { blockersInWords, words } from './lifecycle-words.js';
import { LIVE_STATUSES, Match } from './match.entity.js';
import { MATCH_POPULATE, matchFor, matchNotFound, type MatchSide } from './match-access.js';
import type { MatchActorRole } from './match-records.entity.js';
import type { EndMatchInput, RespondToMatchInput } from './match.inputs.js';
import { lockRequestAndVolunteer, volunteerIsFull, type LifecycleDeps } from './propose.service.js';
import { inTurn, pairKeys } from './in-turn.js';
import { firstReviewAfter, transition } from './transitions.js';

const notWaiting = () => badInput([{ field: 'matchId', message: 'This match is no longer waiting for an answer.' }]);

/**
 * Locks request, volunteer, then match (the proposal order), rereading each under its lock. The
 * locked match is the instance the caller loaded (one identity map), so its other relations (the
 * person, their account, the volunteer's account: rows nobody locks) are the ones loaded with it
 * at the start of the request; populate reads only any that are missing.
 */
async function lockMatch(tx: EntityManager, match: Match): Promise<Match> {
  const { request, volunteer } = await lockRequestAndVolunteer(tx, match.scheme.id, match.request.id, match.volunteer.id);
  const locked = request && volunteer ? await tx.findOne(Match, { id: match.id, scheme: match.scheme.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!locked) throw matchNotFound();
  return tx.populate(locked, [...MATCH_POPULATE]);
}

/** Saying yes must not take the volunteer past their capacity or around a lapsed DBS check or a pause. */
async function assertVolunteerCanTakeIt(tx: EntityManager, match: Match, now: Date): Promise<void> {
  // One statement: the DBS recheck date and the live matches (counted under the volunteer's lock).
  const facts = (await loadVolunteerFacts(tx, { schemeId: match.scheme.id, volunteerIds: [match.volunteer.id] })).get(match.volunteer.id);
  if (!facts) throw matchNotFound();
  const live = facts.liveMatches;
  if (live > match.volunteer.capacity) throw volunteerIsFull();
  // This match already holds one of the places, so it is left out of the count here.
  const engineVolunteer = toMatchVolunteer(match.volunteer, { dbsRecheckDueOn: facts.dbsRecheckDueOn, liveMatches: live - 1 });
  const blockers = volunteerGates(engineVolunteer, now);
  if (blockers.length > 0) throw badInput([{ field: 'matchId', message: blockersInWords(blockers) }]);
}

function staffNotice(match: Match, text: string, kind: Notice['kind']): Notice {
  return { userId: match.proposedBy.id, schemeId: match.scheme.id, kind, text, link: `/matches/${match.id}` };
}

function personNotice(match: Match, notice: Omit<Notice, 'userId' | 'schemeId' | 'link'>): Notice[] {
  const account = match.request.seeker.account;
  return account ? [{ userId: account.id, schemeId: match.scheme.id, link: `/matches/${match.id}`, ...notice }] : [];
}

function volunteerNotice(match: Match, notice: Omit<Notice, 'userId' | 'schemeId' | 'link'>): Notice {
  return { userId: match.volunteer.user.id, schemeId: match.scheme.id, link: `/matches/${match.id}`, ...notice };
}

function activate(tx: EntityManager, match: Match, request: SupportRequest, now: Date): void {
  match.activatedAt = now;
  match.nextReviewDue = firstReviewAfter(now);
  request.status = 'MATCHED';
  request.matchedAt = now;
  request.statusChangedAt = now;
}

/**
 * The volunteer answers a proposal; once they say yes, the person answers (or their link worker
 * records the person's answer, for someone without an account). A yes from the person makes the
 * match active: contact details are revealed and the request is matched.
 */
export async function respondToMatch(deps: LifecycleDeps, viewer: Viewer, input: RespondToMatchInput): Promise<Match> {
  const now = deps.now ?? new Date();
  const seen = await matchFor(deps.em, viewer, input.matchId);
  const reason = input.reason?.trim() || null;
  let deliveries: Delivery[] = [];
  let activated: Match | null = null;
  const answered = await inTurn(pairKeys(seen.match.request.id, seen.match.volunteer.id), () => deps.em.transactional(async (tx) => {
    const match = await lockMatch(tx, seen.match);
    const person = firstName(match.request.seeker.name);
    const volunteer = firstName(match.volunteer.user.displayName);
    const notices: Notice[] = [];
    if (match.status === 'PROPOSED') {
      if (!seen.sides.has('VOLUNTEER')) throw badInput([{ field: 'matchId', message: `It is for ${volunteer} to answer this offer first.` }]);
      if (input.accept) {
        await assertVolunteerCanTakeIt(tx, match, now);
        match.volunteerAcceptedAt = now;
        transition(tx, match, 'VOLUNTEER_ACCEPTED', { userId: viewer.id, role: 'VOLUNTEER' }, now, reason);
        notices.push(...personNotice(match, { kind: 'MATCH_OFFERED', ...words.offeredToPerson(volunteer) }));
        notices.push(staffNotice(match, `${volunteer} said yes to supporting ${person}. It is now for ${person} to decide.`, 'MATCH_ACCEPTED'));
      } else {
        if (!reason) throw badInput([{ field: 'reason', message: 'Say why you are saying no, so your link worker can find a better match' }]);
        endAs(tx, match, 'DECLINED', viewer.id, reason, now, 'VOLUNTEER');
        notices.push(staffNotice(match, words.volunteerDeclinedToStaff(volunteer, person), 'MATCH_DECLINED'));
      }
    } else if (match.status === 'VOLUNTEER_ACCEPTED') {
      const role: MatchActorRole | null = seen.sides.has('PERSON') ? 'PERSON' : seen.sides.has('STAFF') ? 'STAFF' : null;
      if (!role) throw notWaiting();
      if (input.accept) {
        await assertVolunteerCanTakeIt(tx, match, now);
        activate(tx, match, match.request, now);
        transition(tx, match, 'ACTIVE', { userId: viewer.id, role }, now, reason);
        const active = words.activeToVolunteer(person);
        notices.push(volunteerNotice(match, { kind: 'MATCH_ACTIVE', ...active, ...(await inviteAttachments(tx, match, deps.app.publicUrl, 'VOLUNTEER')) }));
        notices.push(...personNotice(match, { kind: 'MATCH_ACTIVE', ...words.activeToPerson(volunteer), ...(await inviteAttachments(tx, match, deps.app.publicUrl, 'PERSON')) }));
        notices.push(staffNotice(match, words.activeToStaff(person, volunteer), 'MATCH_ACTIVE'));
        activated = match;
      } else {
        endAs(tx, match, 'DECLINED', viewer.id, reason, now, role);
        notices.push(volunteerNotice(match, { kind: 'MATCH_DECLINED', ...words.personDeclinedToVolunteer(person) }));
        notices.push(staffNotice(match, words.personDeclinedToStaff(person, volunteer), 'MATCH_DECLINED'));
      }
    } else {
      throw notWaiting();
    }
    deliveries = recordNotices(tx, withoutActor(notices, viewer.id));
    return match;
  }));
  await deliver(deps.em, deps.app, deliveries);
  if (activated) await scheduleCompanionJobs(deps.app, activated, now);
  // Read under the locks and changed only through its entities, all committed: what the answer shows.
  return answered;
}

/**
 * Nobody is told about what they did themself, except that a match is now active: that message
 * carries the contact details' arrival and the calendar invite, which both people need.
 */
function withoutActor(notices: Notice[], actorId: string): Notice[] {
  return notices.filter((n) => n.userId !== actorId || n.kind === 'MATCH_ACTIVE');
}

function endAs(tx: EntityManager, match: Match, to: 'DECLINED' | 'ENDED', userId: string | null, reason: string | null, now: Date, role: MatchActorRole): void {
  match.endedAt = now;
  match.endedBy = userId ? tx.getReference(UserAccount, userId) : null;
  match.endReason = reason;
  transition(tx, match, to, { userId, role }, now, reason);
}

/**
 * What ending does to the request. Decided for issue 4: a match that ends early (a befriending
 * match before its first review was due, a companion match before the session) or before it was
 * active puts the person back on the waiting list, keeping their place; a later ending is the
 * planned ending, and closes the request (the person can ask again at any time).
 */
export function requestAfterEnding(match: Match, now: Date): 'WAITING' | 'CLOSED' {
  if (!match.activatedAt) return 'WAITING';
  const early =
    match.kind === 'FIRST_SESSION_COMPANION'
      ? !!match.request.sessionStartsAt && now < match.request.sessionStartsAt
      : now < firstReviewAfter(match.activatedAt);
  return early ? 'WAITING' : 'CLOSED';
}

/** Either of the two, or staff, ends a live match, with a reason. Used by reviews too. */
export async function endLockedMatch(tx: EntityManager, match: Match, by: { userId: string; role: MatchActorRole }, reason: string, now: Date): Promise<Notice[]> {
  if (!LIVE_STATUSES.includes(match.status)) throw badInput([{ field: 'matchId', message: 'This match has already ended.' }]);
  const wasActive = match.status === 'ACTIVE';
  const request = match.request;
  if (wasActive) {
    const next = requestAfterEnding(match, now);
    request.status = next;
    request.closedReason = next === 'CLOSED' ? 'MATCH_ENDED' : null;
    request.statusChangedAt = now;
  }
  endAs(tx, match, 'ENDED', by.userId, reason, now, by.role);
  // Support that really happened ends with a check-in on how the person has been.
  if (wasActive) scheduleEnding(tx, match, now);
  const person = firstName(request.seeker.name);
  const volunteer = firstName(match.volunteer.user.displayName);
  const notices: Notice[] = [volunteerNotice(match, { kind: 'MATCH_ENDED', ...words.ended(person) })];
  // The person only ever heard of the match once the volunteer said yes.
  if (match.volunteerAcceptedAt) notices.push(...personNotice(match, { kind: 'MATCH_ENDED', ...words.ended(volunteer) }));
  notices.push(staffNotice(match, words.endedToStaff(person, volunteer), 'MATCH_ENDED'));
  return withoutActor(notices, by.userId);
}

export function actingRole(sides: Set<MatchSide>): MatchActorRole {
  return sides.has('VOLUNTEER') ? 'VOLUNTEER' : sides.has('PERSON') ? 'PERSON' : 'STAFF';
}

export async function endMatch(deps: LifecycleDeps, viewer: Viewer, input: EndMatchInput): Promise<Match> {
  const now = deps.now ?? new Date();
  const seen = await matchFor(deps.em, viewer, input.matchId);
  const reason = input.reason.trim();
  if (!reason) throw badInput([{ field: 'reason', message: 'Say why the match is ending' }]);
  let deliveries: Delivery[] = [];
  const ended = await inTurn(pairKeys(seen.match.request.id, seen.match.volunteer.id), () => deps.em.transactional(async (tx) => {
    const match = await lockMatch(tx, seen.match);
    deliveries = recordNotices(tx, await endLockedMatch(tx, match, { userId: viewer.id, role: actingRole(seen.sides) }, reason, now));
    return match;
  }));
  await deliver(deps.em, deps.app, deliveries);
  return ended;
}

export { lockMatch };
