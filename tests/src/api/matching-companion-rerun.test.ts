/**
 * A companion match's reminders (the day before, that morning) and follow-up are sent once to each
 * of the two people, however the job runs: twice, twice at once (a stalled process still running it
 * when another took it over), or again after its process died between recording the reminders and
 * sending their emails, or in the middle of sending. Real SMTP to this test's mail catcher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companionTimes, createKindredPubSub, createLogger, createMailer, runSessionFollowUp, runSessionReminder } from '@kindred/server';
import type { Mailer } from '../../../server/src/mail/mailer.ts';
import { buildCast, type Cast } from '../support/actors.ts';
import { startTestKindred } from '../support/kindred.ts';
import { mailTo } from '../support/mail.ts';
import { approvedVolunteer, notificationsOf, propose, respond, companionRequest } from './matching-support.ts';
import { dyingMailer, senderHolding, untilSomeoneWaitsForALock } from './rerun-support.ts';

// Recurring jobs stay off, and the match's own reminder jobs are due days from now: the tests run the handlers.
const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
const TITLE = 'Tuesday afternoon art class';

let cast: Cast;
let matchId: string;
let times: ReturnType<typeof companionTimes>;
const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${kindred.mail.port}`, from: 'Kindred <no-reply@kindred.invalid>', logger: createLogger('silent') });
const deps = (using: Mailer = mailer) => ({ em: kindred.orm.em.fork(), app: { pubsub: createKindredPubSub(), mailer: using, publicUrl: kindred.url, logger: createLogger('silent') } });

beforeAll(async () => {
  cast = await buildCast(kindred);
  const volunteerId = await approvedVolunteer(cast.linkWorker.client, cast.volunteer);
  const { requestId, sessionStartsAt } = await companionRequest(cast.linkWorker.client, cast.scheme.id, cast.seeker.client, {
    title: TITLE,
    organiserName: 'Calder Arts',
    venueName: 'The Arts Centre',
  });
  times = companionTimes(new Date(sessionStartsAt));
  matchId = (await propose(cast.linkWorker.client, requestId, volunteerId)).id;
  await respond(cast.volunteer.client, matchId, true);
  await respond(cast.seeker.client, matchId, true);
}, 180_000);
afterAll(async () => {
  await mailer.drain();
  mailer.close();
  await kindred.close();
});

/** Emails to each of the two people with this subject. */
const mailsWith = (subject: string) => [cast.volunteer, cast.seeker].map((who) => mailTo(kindred, who.details.email).filter((m) => m.subject === subject).length);
/** In-app notices of this kind, to each of the two. */
const noticesOf = async (kind: string) => Promise.all([cast.volunteer, cast.seeker].map(async (who) => (await notificationsOf(who.client)).filter((n) => n.kind === kind).length));

describe('a companion reminder job run more than once', () => {
  it('reminds each person once the day before, although the job ran twice at once and then again', async () => {
    const job = { matchId, which: 'DAY_BEFORE' as const };
    const told = await Promise.all([runSessionReminder(deps(), job, times.dayBefore), runSessionReminder(deps(), job, times.dayBefore)]);
    expect(told.sort()).toEqual([0, 2]);
    expect(await runSessionReminder(deps(), job, times.dayBefore)).toBe(0);
    expect(mailsWith(`Tomorrow: ${TITLE}`)).toEqual([1, 1]);
    expect(await noticesOf('SESSION_REMINDER')).toEqual([1, 1]);
  });

  it('sends the morning emails once when the process died after recording the reminders and before any email left', async () => {
    const job = { matchId, which: 'MORNING' as const };
    await expect(runSessionReminder(deps(dyingMailer(mailer)), job, times.morning)).rejects.toThrow(/died/);
    // The reminders are recorded (in the app), their emails owed.
    expect(await noticesOf('SESSION_TODAY')).toEqual([1, 1]);
    expect(mailsWith(`Today: ${TITLE}`)).toEqual([0, 0]);

    // pg-boss runs the job again; here twice at once, as a stalled process and its successor would.
    await Promise.all([runSessionReminder(deps(), job, times.morning), runSessionReminder(deps(), job, times.morning)]);
    await runSessionReminder(deps(), job, times.morning);
    expect(mailsWith(`Today: ${TITLE}`)).toEqual([1, 1]);
    expect(await noticesOf('SESSION_TODAY')).toEqual([1, 1]);
  });

  it('sends the follow-up still owed once, after a process died half-way and another died mid-send', async () => {
    const job = { matchId };
    const subjects = [`How did ${TITLE} go?`, `How was ${TITLE}?`];
    const followUps = () => [cast.volunteer, cast.seeker].map((who, i) => mailTo(kindred, who.details.email).filter((m) => m.subject === subjects[i]).length);
    // The volunteer's email leaves; sending the person's fails, as if the process had died there.
    const toSeeker = (to: string) => to.toLowerCase() === cast.seeker.details.email.toLowerCase();
    await expect(runSessionFollowUp(deps(dyingMailer(mailer, toSeeker)), job, times.followUp)).rejects.toThrow(/died/);
    expect(followUps()).toEqual([1, 0]);

    // Its rerun is caught by another process half-way through sending the person's email, which then dies.
    const other = await senderHolding(
      kindred,
      `select n.id from notification n join person_account u on u.id = n.user_id
        where n.link = $1 and n.kind = 'SESSION_FOLLOW_UP' and lower(u.email) = lower($2) for update of n`,
      [`/matches/${matchId}`, cast.seeker.details.email],
    );
    const rerun = runSessionFollowUp(deps(), job, times.followUp);
    await untilSomeoneWaitsForALock(kindred);
    expect(followUps()).toEqual([1, 0]);
    await other.dies();
    expect(await rerun).toBe(0);
    expect(followUps()).toEqual([1, 1]);

    expect(await runSessionFollowUp(deps(), job, times.followUp)).toBe(0);
    expect(followUps()).toEqual([1, 1]);
    expect(await noticesOf('SESSION_FOLLOW_UP')).toEqual([1, 1]);
  });
});
