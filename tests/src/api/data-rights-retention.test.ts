/**
 * The daily retention job, run directly with a chosen clock: a person whose support has ended and
 * with whom nothing has happened for RETENTION_MONTHS (72 by default) is anonymised exactly as an
 * erasure would; a day short of that, or while anything is still open, nothing changes. With
 * SCHEDULED_JOBS=false the job is not scheduled; otherwise it runs daily.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymiseClosedCases, createLogger, loadConfig, retentionCutoff } from '@kindred/server';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { buildPerson, signIn, signUp, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { GRANT_ROLE, SIGN_IN, SIGN_OUT } from '../support/operations.ts';
import { searchEverywhere, sql } from './data-rights-support.ts';
import { ABOUT_MARGARET, askForBefriender, refer, saveAboutMe, WITHDRAW_MY_REQUEST } from './seekers-support.ts';

const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
const run = (now: Date) => anonymiseClosedCases({ em: () => kindred.orm.em.fork(), retentionMonths: 72, logger: createLogger('silent') }, now);

const MONTH_MS = 30.5 * 86_400_000;
const monthsOn = (months: number, days = 0) => {
  const at = new Date();
  at.setUTCMonth(at.getUTCMonth() + months);
  return new Date(at.getTime() + days * 86_400_000);
};

let cast: Cast;
/** Someone who asked, then stopped waiting, and signed out: a closed case. */
async function closedCase(person: SignedIn, about: Record<string, unknown>): Promise<string> {
  await saveAboutMe(person.client, { ...ABOUT_MARGARET, ...about, profile: { ...ABOUT_MARGARET.profile, ...(about.profile as object | undefined) } });
  const request = await askForBefriender(person.client, { notes: `${person.details.displayName} likes brass bands` });
  expectSuccess(await person.client.graphql(WITHDRAW_MY_REQUEST, { requestId: request.id }));
  expectSuccess(await person.client.graphql(SIGN_OUT));
  const [row] = await sql<{ id: string }>(kindred, 'select id from seeker where account_id = ?', [person.viewer.id]);
  return row!.id;
}

let closed: SignedIn;
let closedSeekerId: string;
let waiting: SignedIn;
let alsoVolunteer: SignedIn;
let alsoVolunteerSeekerId: string;
let referredId: string;

beforeAll(async () => {
  cast = await buildCast(kindred);
  closed = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Cordelia Longago' }), cast.scheme);
  closedSeekerId = await closedCase(closed, { whatMattersToMe: 'Cordelia misses the mill', contact: { phone: '07700 900555', preferredContact: 'PHONE' }, profile: { postcode: 'HX7 3QQ' } });

  waiting = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Hester Stillwaiting' }), cast.scheme);
  await saveAboutMe(waiting.client, { ...ABOUT_MARGARET, whatMattersToMe: 'Hester is still waiting' });
  await askForBefriender(waiting.client);

  alsoVolunteer = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Ignatius Bothways' }), cast.scheme);
  expectSuccess(await cast.admin.client.graphql(GRANT_ROLE, { input: { email: alsoVolunteer.details.email, schemeId: cast.scheme.id, role: 'SEEKER' } }));
  alsoVolunteerSeekerId = await closedCase(alsoVolunteer, { whatMattersToMe: 'Ignatius wanted company once' });

  const referral = await refer(cast.linkWorker.client, cast.scheme.id, { name: 'Jemima Nophone', contact: { phone: '01422 700111', preferredContact: 'PHONE' } });
  referredId = referral.id;
  // A link worker closed her request long ago (there is no API for that yet: set in the database).
  await sql(kindred, `update support_request set status = 'CLOSED', closed_reason = 'WITHDRAWN_BY_PERSON' where seeker_id = ?`, [referredId]);
}, 120_000);
afterAll(() => kindred.close());

const nameOf = async (seekerId: string) => (await sql<{ name: string }>(kindred, 'select name from seeker where id = ?', [seekerId]))[0]?.name;

describe('the retention job', () => {
  it('works out the cutoff in calendar months', () => {
    expect(retentionCutoff(new Date('2032-03-31T12:00:00Z'), 72).toISOString()).toBe('2026-03-31T12:00:00.000Z');
    expect(Math.round((Date.now() - retentionCutoff(new Date(), 72).getTime()) / MONTH_MS)).toBe(72);
  });

  it('leaves a closed case alone until the retention period has passed', async () => {
    expect(await run(monthsOn(72, -1))).toEqual({ anonymised: 0 });
    expect(await nameOf(closedSeekerId)).toBe('Cordelia Longago');
    expect(await nameOf(referredId)).toBe('Jemima Nophone');
  });

  it('anonymises closed cases once it has, like an erasure, and never one still waiting', async () => {
    const { anonymised } = await run(monthsOn(72, 2));
    expect(anonymised).toBeGreaterThanOrEqual(3);
    expect(await nameOf(closedSeekerId)).toBe('Erased person');
    expect(await nameOf(referredId)).toBe('Erased person');
    expect(await nameOf(alsoVolunteerSeekerId)).toBe('Erased person');
    const [stillWaiting] = await sql<{ name: string }>(kindred, 'select name from seeker where account_id = ?', [waiting.viewer.id]);
    expect(stillWaiting?.name).toBe('Hester Stillwaiting');
    const hits = await searchEverywhere(kindred, ['Cordelia', 'Longago', closed.details.email, '07700 900555', 'HX7 3QQ', 'Jemima', 'Nophone', '01422 700111', 'Ignatius wanted company']);
    expect(hits.map((h) => `${h.table}.${h.column}: ${h.value}`)).toEqual([]);
    // The request is still counted.
    const [request] = await sql<{ kind: string; status: string; notes: string | null }>(kindred, 'select kind, status, notes from support_request where seeker_id = ?', [closedSeekerId]);
    expect(request).toEqual({ kind: 'BEFRIENDING', status: 'CLOSED', notes: null });
  }, 60_000);

  it('erases an account that existed only for the case, and keeps one with other roles', async () => {
    expectErrorCode(await kindred.person().graphql(SIGN_IN, { input: { email: closed.details.email, password: closed.details.password } }), 'UNAUTHENTICATED');
    const back = await signIn(kindred, alsoVolunteer.details, kindred.person());
    expect(back.viewer.displayName).toBe('Ignatius Bothways');
    // Their own consent on the old case now belongs to an empty stand-in, so it does not lead back to them.
    const consents = await sql<{ recorded_by_id: string }>(kindred, 'select recorded_by_id from consent_record where seeker_id = ?', [alsoVolunteerSeekerId]);
    expect(consents.length).toBeGreaterThan(0);
    expect(consents.every((c) => c.recorded_by_id !== alsoVolunteer.viewer.id)).toBe(true);
  });

  it('records each anonymisation, with no person named, and does nothing a second time', async () => {
    const records = await sql<{ way: string; erased_by_id: string | null; reason: string }>(
      kindred,
      'select way, erased_by_id, reason from erasure_record where subject_id = any(?::uuid[])',
      [`{${closedSeekerId},${referredId}}`],
    );
    expect(records).toHaveLength(2);
    expect(records.every((r) => r.way === 'BY_RETENTION' && r.erased_by_id === null && /72 months/.test(r.reason))).toBe(true);
    const audit = await sql<{ actor_id: string | null }>(kindred, `select actor_id from audit_event where action = 'PERSON_ERASED' and subject_id = ?`, [closedSeekerId]);
    expect(audit).toEqual([{ actor_id: null }]);
    expect(await run(monthsOn(72, 3))).toEqual({ anonymised: 0 });
  });

  it('runs daily when scheduled jobs are on, and is not scheduled with SCHEDULED_JOBS=false', async () => {
    expect(await sql(kindred, `select name from pgboss.schedule where name = 'data-retention'`)).toEqual([]);
    const scheduled = await startTestKindred();
    try {
      const rows = await scheduled.orm.em.fork().getConnection().execute<Array<{ cron: string; timezone: string }>>(
        `select cron, timezone from pgboss.schedule where name = 'data-retention'`,
      );
      expect(rows).toEqual([{ cron: '45 3 * * *', timezone: 'Europe/London' }]);
    } finally {
      await scheduled.close();
    }
  }, 60_000);

  it('takes its period from RETENTION_MONTHS, 72 unless set, and refuses nonsense', () => {
    expect(loadConfig({}).retentionMonths).toBe(72);
    expect(loadConfig({ RETENTION_MONTHS: '24' }).retentionMonths).toBe(24);
    expect(() => loadConfig({ RETENTION_MONTHS: 'soon' })).toThrow(/RETENTION_MONTHS/);
    expect(() => loadConfig({ RETENTION_MONTHS: '0' })).toThrow(/RETENTION_MONTHS/);
  });
});
