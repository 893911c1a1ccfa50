/**
 * The lapsed-DBS check, run directly with a chosen date: the volunteer and their scheme's link
 * workers are emailed once, through real SMTP to this test's mail catcher, and never again; not
 * even when a run dies part-way (pg-boss then runs the job again) or two processes run it at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../server/src/logger.ts';
import { createMailer, type Mailer } from '../../../server/src/mail/mailer.ts';
import { claimLapsedDbsChecks, notifyLapsedDbsChecks } from '../../../server/src/volunteers/dbs-lapse.ts';
import { appoint, buildCast, type Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { mailTo } from '../support/mail.ts';
import { dyingMailer, senderHolding, untilSomeoneWaitsForALock } from './rerun-support.ts';
import { APPROVE_VOLUNTEER, myVolunteer, RECORD_DBS_CHECK, sendApplication, vetUpToApproval, type VolunteerView } from './volunteers-support.ts';

// The hourly and start-up checks stay off: each test runs the check itself with a chosen clock.
const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
let cast: Cast;
let mailer: Mailer;
beforeAll(async () => {
  cast = await buildCast(kindred);
  mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${kindred.mail.port}`, from: 'Kindred <no-reply@kindred.invalid>', logger: createLogger('silent') });
});
afterAll(async () => {
  mailer?.close();
  await kindred.close();
});

const notify = async (now: Date) => {
  const result = await notifyLapsedDbsChecks({ em: kindred.orm.em.fork(), mailer, publicUrl: kindred.url }, now);
  await mailer.drain();
  return result;
};

/** An approved volunteer whose DBS check was issued on `issuedOn` (re-check due 3 years later). */
async function approvedWithDbs(name: string, issuedOn: string, scheme = cast.scheme, staff = cast.linkWorker.client): Promise<VolunteerView & { email: string }> {
  const volunteer = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: name }), scheme);
  const ready = await vetUpToApproval(staff, await sendApplication(volunteer));
  expectSuccess(await staff.graphql(APPROVE_VOLUNTEER, { volunteerId: ready.id }));
  expectSuccess(await staff.graphql(RECORD_DBS_CHECK, { input: { volunteerId: ready.id, level: 'ENHANCED', issuedOn } }));
  return { ...(await myVolunteer(volunteer.client)), email: volunteer.details.email };
}

describe('telling people about lapsed DBS checks', () => {
  it('tells nobody while every check is current', async () => {
    const current = await approvedWithDbs('Carol Current', '2025-03-01');
    expect(await notify(new Date('2028-02-28T12:00:00Z'))).toEqual({ volunteersTold: 0, staffTold: 0 });
    expect(mailTo(kindred, current.email)).toHaveLength(0);
  });

  it('emails the volunteer and each link worker of their scheme once, and records that it did', async () => {
    const secondLinkWorker = await appoint(kindred, 'LINK_WORKER', cast.scheme, 'Lena Second');
    const lapsing = await approvedWithDbs('Larry Lapsing', '2024-05-10');
    const elsewhere = await approvedWithDbs('Otto Elsewhere', '2024-05-10', cast.otherScheme, cast.otherSchemeLinkWorker.client);

    // The day before the re-check date: still current.
    await notify(new Date('2027-05-09T12:00:00Z'));
    expect(mailTo(kindred, lapsing.email)).toHaveLength(0);

    // On the re-check date (early morning in London, still the day before in UTC), it has lapsed.
    const first = await notify(new Date('2027-05-09T23:30:00Z'));
    expect(first.volunteersTold).toBe(2);

    const toVolunteer = mailTo(kindred, lapsing.email);
    expect(toVolunteer).toHaveLength(1);
    expect(toVolunteer[0]?.subject).toBe('Your DBS check needs renewing');
    expect(toVolunteer[0]?.text).toContain('10 May 2027');
    expect(toVolunteer[0]?.text).toContain(`${kindred.url}/volunteering`);

    for (const staff of [cast.linkWorker, secondLinkWorker]) {
      const mails = mailTo(kindred, staff.details.email);
      expect(mails, `${staff.details.displayName} is told`).toHaveLength(1);
      expect(mails[0]?.text).toContain('Larry Lapsing');
      expect(mails[0]?.text).toContain(`${kindred.url}/volunteers/${lapsing.id}`);
      expect(mails[0]?.text, 'nothing of another scheme').not.toContain('Otto Elsewhere');
    }
    expect(mailTo(kindred, cast.otherSchemeLinkWorker.details.email)[0]?.text).toContain('Otto Elsewhere');
    expect(mailTo(kindred, cast.admin.details.email), 'administrators are not told when the scheme has link workers').toHaveLength(0);

    // Once only: a later run sends nothing more.
    expect(await notify(new Date('2027-05-10T13:00:00Z'))).toEqual({ volunteersTold: 0, staffTold: 0 });
    expect(await notify(new Date('2027-06-01T13:00:00Z'))).toEqual({ volunteersTold: 0, staffTold: 0 });
    expect(mailTo(kindred, lapsing.email)).toHaveLength(1);
    expect(mailTo(kindred, cast.linkWorker.details.email)).toHaveLength(1);

    const row = await kindred.orm.em.fork().getConnection().execute<Array<{ lapse_notified_at: string | null }>>(
      'select lapse_notified_at from volunteer_dbs_check where volunteer_id = ? and superseded_at is null',
      [lapsing.id],
    );
    expect(new Date(row[0]?.lapse_notified_at ?? 0)).toEqual(new Date('2027-05-09T23:30:00Z'));
    expect(elsewhere.vetting.stage).toBe('APPROVED');
  });

  it('tells again about a renewed check when that one lapses in turn', async () => {
    const renewing = await approvedWithDbs('Rita Renewing', '2023-01-15');
    await notify(new Date('2026-01-15T12:00:00Z'));
    expect(mailTo(kindred, renewing.email)).toHaveLength(1);
    expectSuccess(await cast.linkWorker.client.graphql(RECORD_DBS_CHECK, { input: { volunteerId: renewing.id, level: 'ENHANCED', issuedOn: '2026-01-20' } }));
    await notify(new Date('2028-01-01T12:00:00Z'));
    expect(mailTo(kindred, renewing.email)).toHaveLength(1);
    await notify(new Date('2029-01-20T12:00:00Z'));
    expect(mailTo(kindred, renewing.email)).toHaveLength(2);
  });

  it('sends each notice once even when two processes run at the same moment', async () => {
    const raced = await approvedWithDbs('Rachel Race', '2022-08-01');
    const results = await Promise.all([notify(new Date('2025-08-02T09:00:00Z')), notify(new Date('2025-08-02T09:00:00Z'))]);
    expect(results.reduce((sum, r) => sum + r.volunteersTold, 0)).toBeGreaterThanOrEqual(1);
    expect(mailTo(kindred, raced.email)).toHaveLength(1);
  });
});

describe('running the check again after a process died part-way', () => {
  const run = (now: Date, using: Mailer = mailer) => notifyLapsedDbsChecks({ em: kindred.orm.em.fork(), mailer: using, publicUrl: kindred.url }, now);
  /** The link worker's lapse emails that name this volunteer. */
  const staffMailsNaming = (name: string) => mailTo(kindred, cast.linkWorker.details.email).filter((m) => m.text.includes(name));
  const marks = async (volunteerId: string) =>
    (
      await kindred.orm.em.fork().getConnection().execute<Array<{ volunteer_told: boolean; staff_told: boolean }>>(
        'select lapse_volunteer_told_at is not null as volunteer_told, lapse_staff_told_at is not null as staff_told from volunteer_dbs_check where volunteer_id = ? and superseded_at is null',
        [volunteerId],
      )
    )[0];

  it('sends what a run that died after claiming left owed, once, although two reruns run at once', async () => {
    const clara = await approvedWithDbs('Clara Claimed', '2021-02-01');
    const at = new Date('2024-02-02T09:00:00Z');
    // The run claims the lapsed check, and its process dies before any email leaves.
    expect(await claimLapsedDbsChecks(kindred.orm.em.fork(), at)).toBeGreaterThanOrEqual(1);
    expect(mailTo(kindred, clara.email)).toHaveLength(0);
    expect(await marks(clara.id)).toEqual({ volunteer_told: false, staff_told: false });

    const reruns = await Promise.all([run(at), run(at)]);
    expect(reruns.reduce((sum, r) => sum + r.volunteersTold, 0)).toBe(1);
    expect(mailTo(kindred, clara.email)).toHaveLength(1);
    expect(staffMailsNaming('Clara Claimed')).toHaveLength(1);
    expect(await marks(clara.id)).toEqual({ volunteer_told: true, staff_told: true });

    expect(await run(at)).toEqual({ volunteersTold: 0, staffTold: 0 });
    expect(mailTo(kindred, clara.email)).toHaveLength(1);
    expect(staffMailsNaming('Clara Claimed')).toHaveLength(1);
  });

  it('sends the link workers’ email, and not the volunteer’s again, after dying between the two', async () => {
    const dora = await approvedWithDbs('Dora Between', '2021-03-01');
    const at = new Date('2024-03-02T09:00:00Z');
    // The volunteer's email leaves; the process dies before the link workers' does.
    const toDora = (to: string) => to.toLowerCase() === dora.email.toLowerCase();
    await expect(run(at, dyingMailer(mailer, (to) => !toDora(to)))).rejects.toThrow(/died/);
    expect(mailTo(kindred, dora.email)).toHaveLength(1);
    expect(staffMailsNaming('Dora Between')).toHaveLength(0);
    expect(await marks(dora.id)).toEqual({ volunteer_told: true, staff_told: false });

    await run(at);
    await run(at);
    expect(mailTo(kindred, dora.email)).toHaveLength(1);
    expect(staffMailsNaming('Dora Between')).toHaveLength(1);
    expect(await marks(dora.id)).toEqual({ volunteer_told: true, staff_told: true });
  });

  const HOLD_CHECK = 'select id from volunteer_dbs_check where volunteer_id = $1 and superseded_at is null for update';

  it('waits for another process caught sending, and sends once when that process dies without finishing', async () => {
    const eve = await approvedWithDbs('Eve Interrupted', '2021-04-01');
    const at = new Date('2024-04-02T09:00:00Z');
    await claimLapsedDbsChecks(kindred.orm.em.fork(), at);
    const other = await senderHolding(kindred, HOLD_CHECK, [eve.id]);
    const rerun = run(at);
    await untilSomeoneWaitsForALock(kindred);
    expect(mailTo(kindred, eve.email)).toHaveLength(0);
    await other.dies();
    expect((await rerun).volunteersTold).toBe(1);
    expect(mailTo(kindred, eve.email)).toHaveLength(1);
    expect(staffMailsNaming('Eve Interrupted')).toHaveLength(1);
  });

  it('waits for another process caught sending, and sends nothing more when that process finishes', async () => {
    const fay = await approvedWithDbs('Fay Finished', '2021-05-01');
    const at = new Date('2024-05-02T09:00:00Z');
    await claimLapsedDbsChecks(kindred.orm.em.fork(), at);
    const other = await senderHolding(kindred, HOLD_CHECK, [fay.id]);
    const rerun = run(at);
    await untilSomeoneWaitsForALock(kindred);
    // The other process's email left (it is not in this catcher: that process is staged), and it marks it sent.
    await other.finishes('update volunteer_dbs_check set lapse_volunteer_told_at = now() where volunteer_id = $1 and superseded_at is null', [fay.id]);
    expect((await rerun).volunteersTold).toBe(0);
    expect(mailTo(kindred, fay.email)).toHaveLength(0);
    expect(staffMailsNaming('Fay Finished')).toHaveLength(1);
  });
});
