/**
 * The daily check-in reminder is sent once to each person, however the job runs: twice at once (a
 * stalled process still running it when another took it over) and again, or again after its process
 * died between claiming the check-ins and sending their emails. Real SMTP to this test's mail catcher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKindredPubSub, createLogger, createMailer, remindCheckInsDue } from '@kindred/server';
import type { Mailer } from '../../../server/src/mail/mailer.ts';
import { buildCast, type Cast } from '../support/actors.ts';
import { buildPerson, signUp, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { mailTo } from '../support/mail.ts';
import { notificationsOf } from './matching-support.ts';
import { myCheckIns } from './outcomes-check-ins-support.ts';
import { dyingMailer, senderHolding, untilSomeoneWaitsForALock } from './rerun-support.ts';
import { askForBefriender, saveAboutMe } from './seekers-support.ts';

// The daily job stays off: each test runs it itself.
const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${kindred.mail.port}`, from: 'Kindred <no-reply@kindred.invalid>', logger: createLogger('silent') });
const remind = (using: Mailer = mailer) =>
  remindCheckInsDue({ em: kindred.orm.em.fork(), app: { pubsub: createKindredPubSub(), mailer: using, publicUrl: kindred.url, logger: createLogger('silent') } }, new Date());

let cast: Cast;
beforeAll(async () => {
  cast = await buildCast(kindred);
});
afterAll(async () => {
  await mailer.drain();
  mailer.close();
  await kindred.close();
});

/** Someone whose first check-in is due now. */
async function waitingPerson(name: string): Promise<{ person: SignedIn; checkInId: string }> {
  const person = await signUp(kindred, 'SEEKER', buildPerson({ displayName: name }), cast.scheme);
  await saveAboutMe(person.client);
  await askForBefriender(person.client);
  const [baseline] = await myCheckIns(person.client);
  return { person, checkInId: baseline!.id };
}

const SUBJECT = 'A few questions about how you’ve been';
const emailsTo = (people: SignedIn[]) => people.map((p) => mailTo(kindred, p.details.email).filter((m) => m.subject === SUBJECT).length);
const noticesTo = (people: SignedIn[]) => Promise.all(people.map(async (p) => (await notificationsOf(p.client)).filter((n) => n.kind === 'CHECK_IN_DUE').length));

describe('a check-in reminder job run more than once', () => {
  it('reminds each person once, although the job ran twice at once and then again', async () => {
    const people = [(await waitingPerson('Ada Twice')).person, (await waitingPerson('Bo Twice')).person];
    const runs = await Promise.all([remind(), remind()]);
    expect(runs.reduce((sum, r) => sum + r.reminded, 0)).toBe(2);
    expect(await remind()).toEqual({ reminded: 0 });
    expect(emailsTo(people)).toEqual([1, 1]);
    expect(await noticesTo(people)).toEqual([1, 1]);
  });

  it('sends the email still owed once, after the process died between claiming and sending it', async () => {
    const cora = await waitingPerson('Cora Crash');
    const dan = await waitingPerson('Dan Crash');
    const people = [cora.person, dan.person];
    // Dan's email leaves; the process dies before Cora's does.
    const toCora = (to: string) => to.toLowerCase() === cora.person.details.email.toLowerCase();
    await expect(remind(dyingMailer(mailer, toCora))).rejects.toThrow(/died/);
    // Both are reminded in the app, and Cora's email is owed.
    expect(await noticesTo(people)).toEqual([1, 1]);
    expect(emailsTo(people)).toEqual([0, 1]);

    // pg-boss runs the job again; here twice at once, as a stalled process and its successor would, and once more.
    const reruns = await Promise.all([remind(), remind()]);
    expect(reruns).toEqual([{ reminded: 0 }, { reminded: 0 }]);
    await remind();
    expect(emailsTo(people)).toEqual([1, 1]);
    expect(await noticesTo(people)).toEqual([1, 1]);
    const [mail] = mailTo(kindred, cora.person.details.email);
    expect(mail?.text).toContain(`${kindred.url}/check-in/${cora.checkInId}`);
  });

  it('sends every email owed when the process died before any left, and waits for another process caught sending one', async () => {
    const eve = await waitingPerson('Eve Everyone');
    const fay = await waitingPerson('Fay Everyone');
    const people = [eve.person, fay.person];
    await expect(remind(dyingMailer(mailer))).rejects.toThrow(/died/);
    expect(emailsTo(people)).toEqual([0, 0]);

    // Another process is half-way through sending Eve's email; it dies without finishing.
    const other = await senderHolding(kindred, `select id from notification where link = $1 and kind = 'CHECK_IN_DUE' for update`, [`/check-in/${eve.checkInId}`]);
    const rerun = remind();
    await untilSomeoneWaitsForALock(kindred);
    await other.dies();
    expect(await rerun).toEqual({ reminded: 0 });
    expect(emailsTo(people)).toEqual([1, 1]);
    expect(await noticesTo(people)).toEqual([1, 1]);
  });
});
