/**
 * The companion journey: matched for a first session, a meeting point agreed, the invite attached
 * to the acceptance email and served at /calendar/matches/:id.ics for the two people only, the
 * reminders the day before (10:00) and that morning (08:00) and the follow-up two days later, run
 * at a chosen `now`, and attendance recorded by the volunteer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companionTimes, createKindredPubSub, createLogger, createMailer, runSessionFollowUp, runSessionReminder } from '@kindred/server';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { ATTENDANCE, MEETING_POINT, approvedVolunteer, notificationsOf, propose, respond, companionRequest, type MatchView } from './matching-support.ts';

// Recurring jobs stay off: the tests run the job handlers themselves with a chosen clock.
const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });

let cast: Cast;
let match: MatchView;
let sessionStartsAt: Date;
const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${kindred.mail.port}`, from: 'Kindred <no-reply@kindred.invalid>', logger: createLogger('silent') });
const deps = () => ({ em: kindred.orm.em.fork(), app: { pubsub: createKindredPubSub(), mailer, publicUrl: kindred.url, logger: createLogger('silent') } });

beforeAll(async () => {
  cast = await buildCast(kindred);
  const volunteerId = await approvedVolunteer(cast.linkWorker.client, cast.volunteer);
  const { requestId, sessionStartsAt: startsAt } = await companionRequest(cast.linkWorker.client, cast.scheme.id, cast.seeker.client, {
    title: 'Tuesday afternoon singing group',
    organiserName: 'Calder Valley Voices',
    venueName: 'Hope Chapel',
  });
  sessionStartsAt = new Date(startsAt);
  match = await propose(cast.linkWorker.client, requestId, volunteerId);
  await respond(cast.volunteer.client, match.id, true);
  match = await respond(cast.seeker.client, match.id, true);
}, 180_000);
afterAll(async () => {
  await mailer.drain();
  mailer.close();
  await kindred.close();
});

describe('a companion match', () => {
  it('shows the session and venue', () => {
    expect(match).toMatchObject({ status: 'ACTIVE', kind: 'FIRST_SESSION_COMPANION' });
    expect(match.companion).toMatchObject({ activityTitle: 'Tuesday afternoon singing group', venueName: 'Hope Chapel', meetingPoint: null, attended: null });
    expect(Date.parse(match.companion!.sessionStartsAt)).toBe(sessionStartsAt.getTime());
  });

  it('attaches the invite to the acceptance email', async () => {
    const acceptance = () => kindred.mail.messages.filter((m) => m.to.includes(cast.seeker.details.email.toLowerCase()) && m.subject === 'You and Vera are matched');
    await expect.poll(() => acceptance().length, { timeout: 10_000 }).toBe(1);
    const mails = acceptance();
    const invite = mails[0]!.attachments.find((a) => a.filename.endsWith('.ics'));
    expect(invite?.content).toContain('BEGIN:VEVENT');
    expect(invite?.content).toContain(`UID:match-${match.id}@kindred`);
  });

  it('agrees a meeting point, telling the other person', async () => {
    const agreed = expectSuccess(
      await cast.volunteer.client.graphql<{ agreeMeetingPoint: MatchView }>(MEETING_POINT, { input: { matchId: match.id, meetingPoint: 'The bench outside the Co-op' } }),
    ).agreeMeetingPoint;
    expect(agreed.companion?.meetingPoint).toBe('The bench outside the Co-op');
    expect((await notificationsOf(cast.seeker.client))[0]).toMatchObject({ kind: 'MEETING_POINT_AGREED' });
  });

  it('serves the invite at /calendar/matches/:id.ics to the two people only', async () => {
    for (const who of [cast.volunteer, cast.seeker]) {
      const response = await who.client.fetch(`/calendar/matches/${match.id}.ics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/calendar/);
      const text = await response.text();
      expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z/);
      expect(text).toContain('The bench outside the Co-op');
    }
    for (const who of [cast.nobody, cast.anotherVolunteer.client, cast.anotherSeeker.client, cast.otherSchemeLinkWorker.client, cast.linkWorker.client]) {
      expect((await who.fetch(`/calendar/matches/${match.id}.ics`)).status).toBe(404);
    }
  });

  it('times the reminders in London time', () => {
    const times = companionTimes(sessionStartsAt);
    const london = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' }).format(d);
    expect(london(times.dayBefore)).toBe('10:00');
    expect(london(times.morning)).toBe('08:00');
    expect(london(times.followUp)).toBe('10:00');
    expect(times.followUp.getTime() - sessionStartsAt.getTime()).toBeGreaterThan(36 * 3_600_000);
  });

  it('reminds both the day before and that morning, and nobody once the session has begun', async () => {
    const times = companionTimes(sessionStartsAt);
    expect(await runSessionReminder(deps(), { matchId: match.id, which: 'DAY_BEFORE' }, times.dayBefore)).toBe(2);
    expect(await runSessionReminder(deps(), { matchId: match.id, which: 'MORNING' }, times.morning)).toBe(2);
    expect(await runSessionReminder(deps(), { matchId: match.id, which: 'MORNING' }, new Date(sessionStartsAt.getTime() + 60_000))).toBe(0);
    const kinds = (await notificationsOf(cast.seeker.client)).map((n) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['SESSION_REMINDER', 'SESSION_TODAY']));
    const reminder = await kindred.mail.waitForMail(cast.volunteer.details.email, { timeoutMs: 10_000, after: new Date(Date.now() - 5_000) });
    expect(reminder.text).not.toMatch(/lonel/i);
  });

  it('records attendance by the volunteer, and follows up about the next sessions two days later', async () => {
    expectErrorCode(await cast.seeker.client.graphql(ATTENDANCE, { input: { matchId: match.id, attended: true } }), 'NOT_FOUND');
    const recorded = expectSuccess(await cast.volunteer.client.graphql<{ recordAttendance: MatchView }>(ATTENDANCE, { input: { matchId: match.id, attended: true } })).recordAttendance;
    expect(recorded.companion?.attended).toBe(true);
    const times = companionTimes(sessionStartsAt);
    expect(await runSessionFollowUp(deps(), { matchId: match.id }, times.followUp)).toBe(2);
    const followUp = (await notificationsOf(cast.seeker.client)).find((n) => n.kind === 'SESSION_FOLLOW_UP');
    expect(followUp?.text).toMatch(/next sessions are/);
  });
});
