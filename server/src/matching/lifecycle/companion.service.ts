import type { EntityManager } from '@mikro-orm/postgresql';
import { describeSession, londonWallClock, sessionDateInWords, upcomingSessions } from '@kindred/shared';
import type { AppServices } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { Activity } from '../../directory/activity.entity.js';
import { firstName, publishNotices, recordNotices, sendOwedNoticeEmails, type Delivery, type Notice } from '../../notifications/notify.js';
import { inviteAttachment, type Invite } from './calendar-invite.js';
import { companionTimes, sessionEndsAt } from './companion-times.js';
import { Match } from './match.entity.js';
import { MATCH_POPULATE } from './match-access.js';

export const SESSION_REMINDER_QUEUE = 'match-session-reminder';
export const FOLLOW_UP_QUEUE = 'match-session-follow-up';
export type ReminderJob = { matchId: string; which: 'DAY_BEFORE' | 'MORNING' };
export type FollowUpJob = { matchId: string };

type Deps = { em: EntityManager; app: Pick<AppServices, 'pubsub' | 'mailer' | 'publicUrl' | 'logger'> };

/** The invite for a companion match, or null for befriending or a request without a session. */
export async function inviteFor(em: EntityManager, match: Match, publicUrl: string, forSide: 'VOLUNTEER' | 'PERSON'): Promise<Invite | null> {
  const request = match.request;
  if (match.kind !== 'FIRST_SESSION_COMPANION' || !request.activity || !request.sessionStartsAt) return null;
  const activity = await em.findOneOrFail(Activity, { id: request.activity.id, scheme: match.scheme.id });
  const v = activity.venue;
  return {
    matchId: match.id,
    title: `${activity.title}: first session`,
    startsAt: request.sessionStartsAt,
    endsAt: sessionEndsAt(activity.schedules, request.sessionStartsAt),
    venue: [v.name, v.addressLine1, v.town, v.postcode].filter(Boolean).join(', '),
    meetingPoint: match.meetingPoint ?? null,
    withName: forSide === 'PERSON' ? firstName(match.volunteer.user.displayName) : firstName(request.seeker.name),
    publicUrl,
  };
}

/** The acceptance email carries the invite; only the two people get one. */
export async function inviteAttachments(em: EntityManager, match: Match, publicUrl: string, side: 'VOLUNTEER' | 'PERSON') {
  const invite = await inviteFor(em, match, publicUrl, side);
  return invite ? { attachments: [inviteAttachment(invite)] } : {};
}

/** Queues the reminders and the follow-up once a companion match is active. Past times are skipped. */
export async function scheduleCompanionJobs(app: Pick<AppServices, 'jobs' | 'logger'>, match: Match, now: Date): Promise<void> {
  const startsAt = match.request.sessionStartsAt;
  if (match.kind !== 'FIRST_SESSION_COMPANION' || !startsAt) return;
  const times = companionTimes(startsAt);
  try {
    if (times.dayBefore > now) await app.jobs.send<ReminderJob>(SESSION_REMINDER_QUEUE, { matchId: match.id, which: 'DAY_BEFORE' }, { startAfter: times.dayBefore, singletonKey: `${match.id}:DAY_BEFORE` });
    if (times.morning > now) await app.jobs.send<ReminderJob>(SESSION_REMINDER_QUEUE, { matchId: match.id, which: 'MORNING' }, { startAfter: times.morning, singletonKey: `${match.id}:MORNING` });
    await app.jobs.send<FollowUpJob>(FOLLOW_UP_QUEUE, { matchId: match.id }, { startAfter: times.followUp, singletonKey: `${match.id}:FOLLOW_UP` });
  } catch (error) {
    app.logger.error({ err: error, match: match.id }, 'companion reminders could not be queued');
  }
}

async function loadLive(em: EntityManager, matchId: string): Promise<Match | null> {
  const match = await em.findOne(Match, { id: matchId }, { populate: [...MATCH_POPULATE] });
  return match && match.status === 'ACTIVE' && match.kind === 'FIRST_SESSION_COMPANION' && match.request.sessionStartsAt ? match : null;
}

function bothOf(match: Match, make: (side: 'VOLUNTEER' | 'PERSON', other: string) => Omit<Notice, 'userId' | 'schemeId' | 'link'>): Notice[] {
  const link = `/matches/${match.id}`;
  const notices: Notice[] = [
    { userId: match.volunteer.user.id, schemeId: match.scheme.id, link, ...make('VOLUNTEER', firstName(match.request.seeker.name)) },
  ];
  const account = match.request.seeker.account;
  if (account) notices.push({ userId: account.id, schemeId: match.scheme.id, link, ...make('PERSON', firstName(match.volunteer.user.displayName)) });
  return notices;
}

/** The reminder the day before and the confirmation that morning. Nothing once the match ended or the session began. */
export async function runSessionReminder(deps: Deps, job: ReminderJob, now: Date): Promise<number> {
  const match = await loadLive(deps.em, job.matchId);
  const startsAt = match?.request.sessionStartsAt;
  if (!match || !startsAt || startsAt <= now) return 0;
  const activity = await deps.em.findOneOrFail(Activity, { id: match.request.activity!.id, scheme: match.scheme.id });
  const { time } = londonWallClock(startsAt);
  const where = match.meetingPoint ? ` You are meeting at ${match.meetingPoint}.` : '';
  const notices = bothOf(match, (_side, other) =>
    job.which === 'DAY_BEFORE'
      ? { kind: 'SESSION_REMINDER', subject: `Tomorrow: ${activity.title}`, text: `A reminder that you are going to ${activity.title} with ${other} tomorrow at ${time}.${where}` }
      : { kind: 'SESSION_TODAY', subject: `Today: ${activity.title}`, text: `Today is the day: ${activity.title} with ${other} at ${time}.${where} Enjoy it.` },
  );
  return tellBothOnce(deps, match, job.which === 'DAY_BEFORE' ? 'day_before_reminder_at' : 'morning_reminder_at', notices, now);
}

/** Two days on: how did it go, and would the person like to go to the next two sessions. */
export async function runSessionFollowUp(deps: Deps, job: FollowUpJob, now: Date): Promise<number> {
  const match = await loadLive(deps.em, job.matchId);
  if (!match) return 0;
  const activity = await deps.em.findOneOrFail(Activity, { id: match.request.activity!.id, scheme: match.scheme.id });
  const next = upcomingSessions(activity.schedules, now, 2);
  const nextWords = next.length > 0 ? ` The next sessions are ${next.map((s) => describeSession(s)).join(' and ')}.` : '';
  const notices = bothOf(match, (side, other) =>
    side === 'PERSON'
      ? {
          kind: 'SESSION_FOLLOW_UP',
          subject: `How was ${activity.title}?`,
          text: `We hope you enjoyed ${activity.title} with ${other}.${nextWords} Would you like to go again, on your own or with company? Let us know, and we will help.`,
        }
      : {
          kind: 'SESSION_FOLLOW_UP',
          subject: `How did ${activity.title} go?`,
          text: `Thank you for going to ${activity.title} with ${other}. Please record whether they went, if you have not yet.${nextWords}`,
        },
  );
  return tellBothOnce(deps, match, 'follow_up_at', notices, now);
}

/**
 * Tells the two people once per match, however often the job runs (pg-boss runs it again when its
 * process died mid-job, and a stalled process may still be running it when another takes over).
 * The match's column is claimed with one UPDATE … WHERE it is null, in the transaction that records
 * the notices with their emails owed (as the check-in reminders are claimed); a second run finds it
 * claimed and records nothing. The emails are sent after the commit, each marked as it leaves; a run
 * that died after the commit left them owed, and the rerun sends them. Returns how many were told.
 */
async function tellBothOnce(deps: Deps, match: Match, claim: 'day_before_reminder_at' | 'morning_reminder_at' | 'follow_up_at', notices: Notice[], now: Date): Promise<number> {
  let deliveries: Delivery[] = [];
  await deps.em.fork().transactional(async (tx) => {
    const claimed = await tx.getConnection().execute(
      `update match set ${claim} = ? where id = ? and scheme_id = ? and ${claim} is null and status = 'ACTIVE' returning id`,
      [now, match.id, match.scheme.id],
      'all',
      tx.getTransactionContext(),
    );
    if (claimed.length > 0) deliveries = recordNotices(tx, notices, { owingEmail: true });
  });
  publishNotices(deps.app, deliveries);
  for (const kind of new Set(notices.map((n) => n.kind))) {
    await sendOwedNoticeEmails(deps.em, deps.app, { schemeId: match.scheme.id, kind, link: `/matches/${match.id}` });
  }
  return deliveries.length;
}

export function sessionInWords(startsAt: Date): string {
  const { date, time } = londonWallClock(startsAt);
  return `${sessionDateInWords(date)} at ${time}`;
}

export function assertCompanion(match: Match): void {
  if (match.kind !== 'FIRST_SESSION_COMPANION') throw badInput([{ field: 'matchId', message: 'This is not a companion match.' }]);
}
