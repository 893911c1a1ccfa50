/**
 * The owed-email sweep (every 15 minutes): an email a job recorded as owed and then gave up on (the
 * mail server was down through all its retries) is sent by the sweep, once, in whichever scheme it
 * is owed, even when two sweeps run at once; an email owed only a moment ago is left to its job; and
 * one another process is sending is never sent twice. The emails here are check-in reminders,
 * owed like every job's notice emails. Real SMTP to this test's mail catcher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKindredPubSub, createLogger, createMailer, freePort, remindCheckInsDue } from '@kindred/server';
import type { Mailer } from '../../../server/src/mail/mailer.ts';
import { OWED_EMAIL_GRACE_MS, sweepOwedEmails } from '../../../server/src/notifications/owed-emails.ts';
import { buildCast, type Cast } from '../support/actors.ts';
import { buildPerson, signUp, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { mailTo } from '../support/mail.ts';
import type { Scheme } from '../support/operations.ts';
import { notificationsOf } from './matching-support.ts';
import { myCheckIns } from './outcomes-check-ins-support.ts';
import { senderHolding } from './rerun-support.ts';
import { askForBefriender, saveAboutMe } from './seekers-support.ts';

// The schedules stay off: each test runs the check-in job and the sweep itself, with a chosen clock.
const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
const logger = createLogger('silent');
const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${kindred.mail.port}`, from: 'Kindred <no-reply@kindred.invalid>', logger });
// A mail server that is down: nothing listens on its port, so every email is refused at once.
const downMailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${await freePort()}`, from: 'Kindred <no-reply@kindred.invalid>', logger });
const app = (using: Mailer) => ({ pubsub: createKindredPubSub(), mailer: using, publicUrl: kindred.url, logger });
const remind = (using: Mailer = mailer) => remindCheckInsDue({ em: kindred.orm.em.fork(), app: app(using) }, new Date());
const sweep = (now: Date) => sweepOwedEmails({ em: kindred.orm.em.fork(), app: app(mailer) }, now);
/** A sweep once the emails recorded so far have been owed for longer than the grace period. */
const sweepLater = () => sweep(new Date(Date.now() + OWED_EMAIL_GRACE_MS + 60_000));

let cast: Cast;
beforeAll(async () => {
  cast = await buildCast(kindred);
});
afterAll(async () => {
  await mailer.drain();
  mailer.close();
  downMailer.close();
  await kindred.close();
});

/** Someone in `scheme` whose first check-in is due now. */
async function waitingPerson(name: string, scheme: Scheme = cast.scheme): Promise<{ person: SignedIn; checkInId: string }> {
  const person = await signUp(kindred, 'SEEKER', buildPerson({ displayName: name }), scheme);
  await saveAboutMe(person.client);
  await askForBefriender(person.client);
  const [baseline] = await myCheckIns(person.client);
  return { person, checkInId: baseline!.id };
}

/** The check-in job runs while the mail server is down, through every retry, and gives up: the reminders are in the app, their emails owed. */
async function jobGivesUp(people: SignedIn[]): Promise<void> {
  await expect(remind(downMailer)).rejects.toThrow();
  await expect(remind(downMailer)).rejects.toThrow();
  expect(await noticesTo(people)).toEqual(people.map(() => 1));
  expect(emailsTo(people)).toEqual(people.map(() => 0));
}

const SUBJECT = 'A few questions about how you’ve been';
const emailsTo = (people: SignedIn[]) => people.map((p) => mailTo(kindred, p.details.email).filter((m) => m.subject === SUBJECT).length);
const noticesTo = (people: SignedIn[]) => Promise.all(people.map(async (p) => (await notificationsOf(p.client)).filter((n) => n.kind === 'CHECK_IN_DUE').length));

describe('the sweep of emails owed', () => {
  it('sends what a job left owed once, in every scheme, although two sweeps ran at once', async () => {
    const here = await waitingPerson('Gil Gaveup');
    const there = await waitingPerson('Hana Otherscheme', cast.otherScheme);
    const people = [here.person, there.person];
    await jobGivesUp(people);

    const sweeps = await Promise.all([sweepLater(), sweepLater()]);
    expect(sweeps.reduce((sum, s) => sum + s.sent, 0)).toBe(2);
    expect(sweeps.map((s) => s.failed)).toEqual([0, 0]);
    expect(emailsTo(people)).toEqual([1, 1]);
    expect(mailTo(kindred, there.person.details.email)[0]?.text).toContain(`${kindred.url}/check-in/${there.checkInId}`);

    expect(await sweepLater()).toEqual({ sent: 0, failed: 0 });
    expect(emailsTo(people)).toEqual([1, 1]);
    expect(await noticesTo(people)).toEqual([1, 1]);
  });

  it('leaves an email owed for less than the grace period to its job', async () => {
    const { person } = await waitingPerson('Ivo Inwindow');
    await jobGivesUp([person]);
    expect(await sweep(new Date())).toEqual({ sent: 0, failed: 0 });
    expect(await sweep(new Date(Date.now() + OWED_EMAIL_GRACE_MS - 60_000))).toEqual({ sent: 0, failed: 0 });
    expect(emailsTo([person])).toEqual([0]);

    // The job's next attempt sends it; the sweep then finds nothing owed.
    await remind();
    expect(emailsTo([person])).toEqual([1]);
    expect(await sweepLater()).toEqual({ sent: 0, failed: 0 });
    expect(emailsTo([person])).toEqual([1]);
  });

  it('keeps what could not go owed, while the mail server is still down', async () => {
    const { person } = await waitingPerson('Jo Stilldown');
    await jobGivesUp([person]);
    const down = await sweepOwedEmails({ em: kindred.orm.em.fork(), app: app(downMailer) }, new Date(Date.now() + OWED_EMAIL_GRACE_MS + 60_000));
    expect(down).toEqual({ sent: 0, failed: 1 });
    expect(await sweepLater()).toEqual({ sent: 1, failed: 0 });
    expect(emailsTo([person])).toEqual([1]);
  });

  const HOLD = `select id from notification where link = $1 and kind = 'CHECK_IN_DUE' for update`;

  it('leaves an email another process is sending to it, and sends it at a later sweep when that process died', async () => {
    const { person, checkInId } = await waitingPerson('Kit Caught');
    await jobGivesUp([person]);
    const other = await senderHolding(kindred, HOLD, [`/check-in/${checkInId}`]);
    // The sweep does not wait for the other process (it would never finish here if it did).
    expect(await sweepLater()).toEqual({ sent: 0, failed: 0 });
    await other.dies();
    expect(await sweepLater()).toEqual({ sent: 1, failed: 0 });
    expect(emailsTo([person])).toEqual([1]);
  });

  it('sends nothing more when the other process finishes sending it', async () => {
    const { person, checkInId } = await waitingPerson('Lou Finished');
    await jobGivesUp([person]);
    const other = await senderHolding(kindred, HOLD, [`/check-in/${checkInId}`]);
    expect(await sweepLater()).toEqual({ sent: 0, failed: 0 });
    // Its email left (not to this catcher: that process is staged), and it marks it sent.
    await other.finishes(`update notification set emailed_at = now() where link = $1 and kind = 'CHECK_IN_DUE'`, [`/check-in/${checkInId}`]);
    expect(await sweepLater()).toEqual({ sent: 0, failed: 0 });
    expect(emailsTo([person])).toEqual([0]);
  });
});
