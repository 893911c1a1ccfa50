/**
 * The lapsed-DBS check, run directly with a chosen date: the volunteer and their scheme's link
 * workers are emailed once, through real SMTP to this test's mail catcher, and never again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../server/src/logger.ts';
import { createMailer, type Mailer } from '../../../server/src/mail/mailer.ts';
import { notifyLapsedDbsChecks } from '../../../server/src/volunteers/dbs-lapse.ts';
import { appoint, buildCast, type Cast } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { mailTo } from '../support/mail.ts';
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
