/**
 * The daily reminder of a match review coming due reaches each of the scheme's link workers once
 * per review date, however the job runs: twice at once (a stalled process still running it when
 * another took it over) and again, or again after its process died between claiming the reviews and
 * sending their emails, or while another process was half-way through sending one. Each test moves
 * the match's review to a date of its own, as a review would. Real SMTP to this test's mail catcher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateInWords, londonDate } from '@kindred/shared';
import { createKindredPubSub, createLogger, createMailer, remindReviewsDue } from '@kindred/server';
import type { Mailer } from '../../../server/src/mail/mailer.ts';
import { appoint, buildCast, type Cast } from '../support/actors.ts';
import type { SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { mailTo } from '../support/mail.ts';
import { approvedVolunteer, notificationsOf, propose, respond, waitingWalker } from './matching-support.ts';
import { dyingMailer, senderHolding, untilSomeoneWaitsForALock } from './rerun-support.ts';

// The daily job stays off: each test runs it itself.
const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${kindred.mail.port}`, from: 'Kindred <no-reply@kindred.invalid>', logger: createLogger('silent') });
const remind = (using: Mailer = mailer) =>
  remindReviewsDue({ em: kindred.orm.em.fork(), app: { pubsub: createKindredPubSub(), mailer: using, publicUrl: kindred.url, logger: createLogger('silent') } }, new Date());

let cast: Cast;
/** The scheme's two link workers, each reminded of every review. */
let staff: SignedIn[];
let matchId: string;
beforeAll(async () => {
  cast = await buildCast(kindred);
  staff = [cast.linkWorker, await appoint(kindred, 'LINK_WORKER', cast.scheme, 'Lou Linkworker')];
  const vera = await approvedVolunteer(cast.linkWorker.client, cast.volunteer);
  matchId = (await propose(cast.linkWorker.client, await waitingWalker(cast.seeker), vera)).id;
  await respond(cast.volunteer.client, matchId, true);
  await respond(cast.seeker.client, matchId, true);
}, 180_000);
afterAll(async () => {
  await mailer.drain();
  mailer.close();
  await kindred.close();
});

/** Moves the match's next review to `days` from now (within the week the job reminds about); returns that date as the reminder words it. */
async function reviewDueIn(days: number): Promise<string> {
  const due = new Date(Date.now() + days * 86_400_000);
  await kindred.orm.em.fork().getConnection().execute(`update match set next_review_due = ? where id = ?`, [due, matchId]);
  return dateInWords(londonDate(due));
}

const SUBJECT = 'A match review is due';
/** Emails to each person reminding them of the review on `when`. */
const emailsTo = (people: SignedIn[], when: string) =>
  people.map((p) => mailTo(kindred, p.details.email).filter((m) => m.subject === SUBJECT && m.text.includes(when)).length);
/** In-app reminders, to each person, of the review on `when`. */
const noticesTo = (people: SignedIn[], when: string) =>
  Promise.all(people.map(async (p) => (await notificationsOf(p.client)).filter((n) => n.kind === 'REVIEW_DUE' && n.text.includes(when)).length));

describe('a review reminder job run more than once', () => {
  it('reminds each link worker once, although the job ran twice at once and then again', async () => {
    // The review set at the start is six weeks off: nobody is reminded yet.
    expect(await remind()).toBe(0);
    const when = await reviewDueIn(2);
    const runs = await Promise.all([remind(), remind()]);
    // One run claimed the match and told both; the other found it claimed.
    expect(runs.sort()).toEqual([0, 2]);
    expect(await remind()).toBe(0);
    expect(emailsTo(staff, when)).toEqual([1, 1]);
    expect(await noticesTo(staff, when)).toEqual([1, 1]);
    // Another scheme's link worker hears nothing of it.
    expect(await noticesTo([cast.otherSchemeLinkWorker], when)).toEqual([0]);
    expect(emailsTo([cast.otherSchemeLinkWorker], when)).toEqual([0]);
  });

  it('sends the email still owed once, after the process died between claiming and sending it', async () => {
    const when = await reviewDueIn(3);
    // Lou's email leaves; the process dies before Lin's does.
    const toLin = (to: string) => to.toLowerCase() === cast.linkWorker.details.email.toLowerCase();
    await expect(remind(dyingMailer(mailer, toLin))).rejects.toThrow(/died/);
    // Both are reminded in the app, and Lin's email is owed.
    expect(await noticesTo(staff, when)).toEqual([1, 1]);
    expect(emailsTo(staff, when)).toEqual([0, 1]);

    // pg-boss runs the job again; here twice at once, as a stalled process and its successor would, and once more.
    expect(await Promise.all([remind(), remind()])).toEqual([0, 0]);
    expect(await remind()).toBe(0);
    expect(emailsTo(staff, when)).toEqual([1, 1]);
    expect(await noticesTo(staff, when)).toEqual([1, 1]);
    const mail = mailTo(kindred, cast.linkWorker.details.email).find((m) => m.subject === SUBJECT && m.text.includes(when));
    expect(mail?.text).toContain(`${kindred.url}/matches/${matchId}`);
  });

  it('sends every email owed when the process died before any left, and waits for another process caught sending them', async () => {
    const when = await reviewDueIn(4);
    await expect(remind(dyingMailer(mailer))).rejects.toThrow(/died/);
    expect(emailsTo(staff, when)).toEqual([0, 0]);

    // Another process is half-way through sending this review's emails; it dies without finishing.
    const other = await senderHolding(kindred, `select id from notification where link = $1 and kind = 'REVIEW_DUE' and emailed_at is null for update`, [
      `/matches/${matchId}`,
    ]);
    const rerun = remind();
    await untilSomeoneWaitsForALock(kindred);
    expect(emailsTo(staff, when)).toEqual([0, 0]);
    await other.dies();
    expect(await rerun).toBe(0);
    expect(emailsTo(staff, when)).toEqual([1, 1]);
    expect(await noticesTo(staff, when)).toEqual([1, 1]);
  });
});
