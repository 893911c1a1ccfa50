/**
 * The daily check-in reminder, run directly with a chosen clock: a person whose check-in has become
 * due is emailed once (through real SMTP to this test's mail catcher) and told in the app, with a
 * link to the check-in; never twice, not even when two processes run it at the same moment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKindredPubSub, createLogger, createMailer, remindCheckInsDue } from '@kindred/server';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { mailTo } from '../support/mail.ts';
import { REVOKE_ROLE } from '../support/operations.ts';
import { notificationsOf } from './matching-support.ts';
import { answersFor, myCheckIns, sql, storedCheckIn, submit, type CheckInView } from './outcomes-check-ins-support.ts';
import { askForBefriender, refer, saveAboutMe } from './seekers-support.ts';

// The daily job stays off: each test runs it itself with a chosen clock.
const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${kindred.mail.port}`, from: 'Kindred <no-reply@kindred.invalid>', logger: createLogger('silent') });
const remind = async (now: Date) => {
  const result = await remindCheckInsDue({ em: kindred.orm.em.fork(), app: { pubsub: createKindredPubSub(), mailer, publicUrl: kindred.url, logger: createLogger('silent') } }, now);
  await mailer.drain();
  return result;
};

let cast: Cast;
beforeAll(async () => {
  cast = await buildCast(kindred);
});
afterAll(async () => {
  mailer.close();
  await kindred.close();
});

async function waitingPerson(name: string): Promise<{ person: SignedIn; baseline: CheckInView; seekerId: string }> {
  const person = await signUp(kindred, 'SEEKER', buildPerson({ displayName: name }), cast.scheme);
  await saveAboutMe(person.client);
  await askForBefriender(person.client);
  const [baseline] = await myCheckIns(person.client);
  return { person, baseline: baseline!, seekerId: (await storedCheckIn(kindred, baseline!.id)).seeker_id };
}

const remindersTo = (email: string) => mailTo(kindred, email).filter((m) => m.subject === 'A few questions about how you’ve been');

describe('reminding people of check-ins that have become due', () => {
  it('emails the person once, kindly, with a link to the check-in, and tells them in the app', async () => {
    const { person, baseline } = await waitingPerson('Rhoda Reminded');
    const first = await remind(new Date());
    expect(first.reminded).toBeGreaterThanOrEqual(1);

    const mails = remindersTo(person.details.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain('Hello Rhoda,');
    expect(mails[0]?.text).toContain(`${kindred.url}/check-in/${baseline.id}`);
    expect(mails[0]?.text).toMatch(/skip any question/);
    expect(mails[0]?.text).not.toMatch(/lonel/i);
    const notices = (await notificationsOf(person.client)).filter((n) => n.kind === 'CHECK_IN_DUE');
    expect(notices).toEqual([expect.objectContaining({ link: `/check-in/${baseline.id}`, readAt: null })]);
    expect((await storedCheckIn(kindred, baseline.id)).reminded_at).not.toBeNull();

    // Never twice: later runs, the same day or weeks on, leave her alone.
    expect(await remind(new Date())).toEqual({ reminded: 0 });
    await remind(new Date(Date.now() + 30 * 86_400_000));
    expect(remindersTo(person.details.email)).toHaveLength(1);
    expect((await notificationsOf(person.client)).filter((n) => n.kind === 'CHECK_IN_DUE')).toHaveLength(1);
  });

  it('reminds of a follow-up only once its day has come, by the chosen clock', async () => {
    const { person, baseline } = await waitingPerson('Felix Followup');
    await submit(person.client, baseline.id, answersFor());
    await remind(new Date());
    const [followUp] = await sql<{ id: string; due_on: string }>(
      kindred,
      `select id, to_char(due_on, 'YYYY-MM-DD') as due_on from check_in where seeker_id = (select seeker_id from check_in where id = ?) and months_after_baseline = 3`,
      [baseline.id],
    );
    const dueAt = new Date(`${followUp!.due_on}T12:00:00Z`);
    expect(remindersTo(person.details.email), 'the baseline was answered before any reminder').toHaveLength(0);

    await remind(new Date(dueAt.getTime() - 86_400_000));
    expect(remindersTo(person.details.email), 'the day before: not yet').toHaveLength(0);
    await remind(dueAt);
    const mails = remindersTo(person.details.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(`/check-in/${followUp!.id}`);
    expect(mails[0]?.text).toMatch(/since you last told us/);
    await remind(new Date(dueAt.getTime() + 86_400_000));
    expect(remindersTo(person.details.email)).toHaveLength(1);
  });

  it('sends each reminder once when two processes run at the same moment', async () => {
    const { person } = await waitingPerson('Rachel Race');
    const results = await Promise.all([remind(new Date()), remind(new Date())]);
    expect(results.reduce((sum, r) => sum + r.reminded, 0)).toBeGreaterThanOrEqual(1);
    expect(remindersTo(person.details.email)).toHaveLength(1);
    expect((await notificationsOf(person.client)).filter((n) => n.kind === 'CHECK_IN_DUE')).toHaveLength(1);
  });

  it('writes to nobody for a person without an account, who stays on the link workers’ list', async () => {
    const before = kindred.mail.messages.length;
    const ellen = await refer(cast.linkWorker.client, cast.scheme.id, { name: 'Ellen Noaccount' });
    await remind(new Date());
    const [row] = await sql<{ reminded_at: Date | null; status: string }>(kindred, 'select reminded_at, status from check_in where seeker_id = ?', [ellen.id]);
    expect(row?.status).toBe('DUE');
    expect(kindred.mail.messages.slice(before).filter((m) => m.subject === 'A few questions about how you’ve been')).toHaveLength(0);
  });

  it('does not write to someone who no longer seeks company in the scheme', async () => {
    const { person } = await waitingPerson('Lena Left');
    expectSuccess(await cast.admin.client.graphql(REVOKE_ROLE, { input: { email: person.details.email, schemeId: cast.scheme.id, role: 'SEEKER' } }));
    await remind(new Date());
    expect(remindersTo(person.details.email)).toHaveLength(0);
  });
});
