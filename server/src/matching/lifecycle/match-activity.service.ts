import type { EntityManager } from '@mikro-orm/postgresql';
import { londonDate, dateInWords } from '@kindred/shared';
import type { Viewer } from '../../accounts/sessions.js';
import { Scheme } from '../../accounts/scheme.entity.js';
import { UserAccount } from '../../accounts/user.entity.js';
import { Membership } from '../../accounts/membership.entity.js';
import type { AppServices } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { deliver, firstName, publishNotices, recordNotices, type Delivery, type Notice } from '../../notifications/notify.js';
import { sendOwedEmailsEverywhere } from '../../notifications/owed-emails.js';
import { assertCaseworkIn } from '../../seekers/seeker-access.js';
import { assertCompanion } from './companion.service.js';
import { assertNotPaused } from '../../safeguarding/concerns/pause.js';
import { words } from './lifecycle-words.js';
import { MATCH_STATUSES, Match, type MatchStatus } from './match.entity.js';
import { MATCH_POPULATE, matchFactsFor, matchFor, matchNotFound, type MatchSide } from './match-access.js';
import type { MatchFacts } from './match-facts.js';
import { MatchContactLogEntry, MatchReview } from './match-records.entity.js';
import type { AgreeMeetingPointInput, LogMatchContactInput, RecordAttendanceInput, RecordReviewInput } from './match.inputs.js';
import type { LifecycleDeps } from './propose.service.js';
import { endLockedMatch, lockMatch } from './respond.service.js';
import { threeMonthsAfter, WEEK_MS } from './transitions.js';

// Each mutation here answers with the match it changed. Its changes are flushed (committed) by
// then, so the entity holds what the database holds, and is presented without reading it again.

const mustBeActive = (match: Pick<Match, 'status'>) => {
  if (match.status !== 'ACTIVE') throw badInput([{ field: 'matchId', message: 'You can do this only while the match is active.' }]);
};

/** Staff review an active match; the next review is three months on, or the review ends the match. */
export async function recordReview(deps: LifecycleDeps, viewer: Viewer, input: RecordReviewInput): Promise<Match> {
  const now = deps.now ?? new Date();
  const seen = await matchFor(deps.em, viewer, input.matchId);
  if (!seen.sides.has('STAFF')) throw matchNotFound();
  const notes = input.notes.trim();
  if (!notes) throw badInput([{ field: 'notes', message: 'Write a few words about how the match is going' }]);
  let deliveries: Delivery[] = [];
  const reviewed = await deps.em.transactional(async (tx) => {
    const match = await lockMatch(tx, seen.match);
    mustBeActive(match);
    tx.create(MatchReview, { scheme: match.scheme, match, by: tx.getReference(UserAccount, viewer.id), at: now, notes, continues: input.continue });
    if (input.continue) {
      match.nextReviewDue = threeMonthsAfter(now);
    } else {
      match.nextReviewDue = null;
      deliveries = recordNotices(tx, await endLockedMatch(tx, match, { userId: viewer.id, role: 'STAFF' }, 'Ended at a review', now));
    }
    return match;
  });
  await deliver(deps.em, deps.app, deliveries);
  return reviewed;
}

/**
 * Either of the two, or staff, note that they were in touch. Read and answered as plain facts (the
 * match itself does not change): the new line leads the contact log it answers with, newest first,
 * as the log is read.
 */
export async function logMatchContact(deps: LifecycleDeps, viewer: Viewer, input: LogMatchContactInput): Promise<{ match: MatchFacts; sides: Set<MatchSide> }> {
  const { match, sides } = await matchFactsFor(deps.em, viewer, input.matchId);
  mustBeActive(match);
  assertNotPaused(match);
  const line = { at: deps.now ?? new Date(), how: input.how, note: input.note?.trim() || null };
  deps.em.create(MatchContactLogEntry, {
    scheme: deps.em.getReference(Scheme, match.schemeId),
    match: deps.em.getReference(Match, match.id),
    by: deps.em.getReference(UserAccount, viewer.id),
    ...line,
  });
  await deps.em.flush();
  return { match: { ...match, contactLog: [{ ...line, byName: viewer.displayName }, ...(match.contactLog ?? [])] }, sides };
}

/** Companion: where the two meet before the session. The other person is told. */
export async function agreeMeetingPoint(deps: LifecycleDeps, viewer: Viewer, input: AgreeMeetingPointInput): Promise<Match> {
  const { match } = await matchFor(deps.em, viewer, input.matchId);
  assertCompanion(match);
  mustBeActive(match);
  assertNotPaused(match);
  const point = input.meetingPoint.trim();
  if (!point) throw badInput([{ field: 'meetingPoint', message: 'Say where you will meet' }]);
  match.meetingPoint = point;
  const text = words.meetingPoint(point);
  const link = `/matches/${match.id}`;
  const notices: Notice[] = [{ userId: match.volunteer.user.id, schemeId: match.scheme.id, kind: 'MEETING_POINT_AGREED', link, ...text }];
  const account = match.request.seeker.account;
  if (account) notices.push({ userId: account.id, schemeId: match.scheme.id, kind: 'MEETING_POINT_AGREED', link, ...text });
  const deliveries = recordNotices(deps.em, notices.filter((n) => n.userId !== viewer.id));
  await deps.em.flush();
  await deliver(deps.em, deps.app, deliveries);
  return match;
}

/** Companion: the volunteer or staff record whether the person went. */
export async function recordAttendance(deps: LifecycleDeps, viewer: Viewer, input: RecordAttendanceInput): Promise<Match> {
  const { match, sides } = await matchFor(deps.em, viewer, input.matchId);
  if (!sides.has('VOLUNTEER') && !sides.has('STAFF')) throw matchNotFound();
  assertCompanion(match);
  mustBeActive(match);
  match.attended = input.attended;
  match.attendanceNote = input.note?.trim() || null;
  await deps.em.flush();
  return match;
}

/** A scheme's matches for its staff, newest first; optionally only those in one status. */
export async function schemeMatches(em: EntityManager, viewer: Viewer, schemeId: string, status?: MatchStatus | null): Promise<Match[]> {
  assertCaseworkIn(viewer, schemeId);
  if (status && !MATCH_STATUSES.includes(status)) throw badInput([{ field: 'status', message: 'Choose a match status' }]);
  return em.find(Match, { scheme: schemeId, ...(status ? { status } : {}) }, { populate: [...MATCH_POPULATE], orderBy: { proposedAt: 'desc' } });
}

/** Reviews due up to a week from now are "coming due": listed for staff, and reminded about. */
const reviewWindowEnd = (now: Date) => new Date(now.getTime() + WEEK_MS);

/** Active matches whose review is due within the week (or overdue), soonest first. */
export async function reviewsDue(em: EntityManager, viewer: Viewer, schemeId: string, now = new Date()): Promise<Match[]> {
  assertCaseworkIn(viewer, schemeId);
  return em.find(
    Match,
    { scheme: schemeId, status: 'ACTIVE', nextReviewDue: { $lte: reviewWindowEnd(now) } },
    { populate: [...MATCH_POPULATE], orderBy: { nextReviewDue: 'asc' } },
  );
}

type ClaimedReview = { id: string; scheme_id: string; next_review_due: Date };

/**
 * The daily job: tells each scheme's link workers about reviews coming due, once per review date,
 * however the job runs. The due matches are claimed with one UPDATE … RETURNING that sets
 * review_reminder_for to the date being reminded about, inside the transaction that records the
 * notices with their emails owed: a second process running this at the same moment waits for the
 * first's rows, then finds them claimed, and a rerun finds them claimed too. A new review date (a
 * review moved it on) is reminded about afresh. The emails are then sent, each marked sent under
 * its notice's row lock: every review reminder email still owed, this run's and any that a run which
 * died after its commit left behind (pg-boss runs the job again), each once. One that cannot go
 * fails the job, to be run again; once its retries are used up, the owed-email sweep sends it.
 * Returns how many notices this run recorded.
 */
export async function remindReviewsDue(deps: { em: EntityManager; app: Pick<AppServices, 'pubsub' | 'mailer' | 'publicUrl' | 'logger'> }, now: Date): Promise<number> {
  let deliveries: Delivery[] = [];
  await deps.em.transactional(async (tx) => {
    const claimed = await tx.getConnection().execute<ClaimedReview[]>(
      `update match set review_reminder_for = next_review_due
       where status = 'ACTIVE' and next_review_due <= ? and review_reminder_for is distinct from next_review_due
       returning id, scheme_id, next_review_due`,
      [reviewWindowEnd(now)],
      'all',
      tx.getTransactionContext(),
    );
    if (claimed.length === 0) return;
    const schemeIds = [...new Set(claimed.map((c) => c.scheme_id))];
    // The names for the notice text: the claimed matches (their rows are ours until the commit), each found in its scheme.
    const matches = await tx.find(Match, { id: { $in: claimed.map((c) => c.id) }, scheme: { $in: schemeIds } }, { populate: ['request.seeker', 'volunteer.user'] });
    const staff = await tx.find(Membership, { scheme: { $in: schemeIds }, role: 'LINK_WORKER' });
    const notices: Notice[] = [];
    for (const c of claimed) {
      const match = matches.find((m) => m.id === c.id)!;
      const when = dateInWords(londonDate(new Date(c.next_review_due)));
      const text = words.reviewDueToStaff(firstName(match.request.seeker.name), firstName(match.volunteer.user.displayName), when);
      for (const m of staff.filter((s) => s.scheme.id === c.scheme_id)) {
        notices.push({ userId: m.user.id, schemeId: c.scheme_id, kind: 'REVIEW_DUE', text, link: `/matches/${c.id}`, subject: 'A match review is due' });
      }
    }
    deliveries = recordNotices(tx, notices, { owingEmail: true });
    await tx.flush();
  });
  publishNotices(deps.app, deliveries);
  const { sent, failures } = await sendOwedEmailsEverywhere({ em: deps.em, app: deps.app }, { kind: 'REVIEW_DUE' });
  deps.app.logger.info({ reminded: deliveries.length, emailed: sent, notEmailed: failures.length }, 'review reminders sent');
  if (failures.length > 0) throw failures[0];
  return deliveries.length;
}
