/**
 * auditEvents: administrators search the audit log of the schemes they administer, newest first,
 * a page at a time. Everyone else is refused; an administrator of another scheme sees nothing of
 * this scheme's events or its people's sign-ins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { buildPerson, createAdmin, signUp, type Admin, type SignedIn } from '../support/factories.ts';
import { startTestKindred, type Person } from '../support/kindred.ts';
import { SIGN_IN } from '../support/operations.ts';
import { AUDIT_EVENTS, auditRowsSince, type AuditEventView, type AuditPage } from './audit-support.ts';
import { refer, seekerRecord } from './seekers-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
let pat: SignedIn;
let stranger: Admin;
let ellenId: string;
const SIGN_INS = 5;
const unknownAddress = 'no-such-person@example.org';

const signInAs = (email: string, password: string) => kindred.person('signing in').graphql(SIGN_IN, { input: { email, password } });

beforeAll(async () => {
  cast = await buildCast(kindred);
  pat = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Pat Person' }), cast.scheme);
  for (let i = 1; i < SIGN_INS; i++) expectSuccess(await signInAs(pat.details.email, pat.details.password));
  expectErrorCode(await signInAs(pat.details.email, 'a wrong password'), 'UNAUTHENTICATED');
  expectErrorCode(await signInAs(unknownAddress, 'a wrong password'), 'UNAUTHENTICATED');
  ellenId = (await refer(cast.linkWorker.client, cast.scheme.id)).id;
  await seekerRecord(cast.linkWorker.client, ellenId);
  // An administrator of a scheme of their own, and nothing to do with this one.
  stranger = await createAdmin(kindred, buildPerson({ displayName: 'Sid Stranger' }), { name: 'Elsewhere Befriending', area: 'York' });
}, 120_000);
afterAll(() => kindred.close());

async function search(client: Person, filter: Record<string, unknown> = {}, first?: number, after?: string): Promise<AuditPage> {
  return expectSuccess(await client.graphql<{ auditEvents: AuditPage }>(AUDIT_EVENTS, { filter, first, after })).auditEvents;
}
const admin = () => cast.admin.client;

describe('who may search', () => {
  it('refuses nobody, and everyone who is not an administrator', async () => {
    expectErrorCode(await cast.nobody.graphql(AUDIT_EVENTS, {}), 'UNAUTHENTICATED');
    for (const who of [cast.seeker, cast.volunteer, cast.linkWorker, cast.communityBuilder, cast.otherSchemeLinkWorker]) {
      expectErrorCode(await who.client.graphql(AUDIT_EVENTS, {}), 'FORBIDDEN');
    }
  });

  it('answers an administrator with the events of their schemes, newest first', async () => {
    const page = await search(admin());
    expect(page.events.length).toBeGreaterThan(0);
    const times = page.events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe('searching for a person', () => {
  it('finds their sign-ins by their email address, with their name, and nobody else’s', async () => {
    const page = await search(admin(), { actorEmail: pat.details.email.toUpperCase(), action: 'SIGN_IN' });
    expect(page.events).toHaveLength(SIGN_INS);
    for (const event of page.events) {
      expect(event).toMatchObject({ actorName: 'Pat Person', actorEmail: pat.details.email, schemeName: null, action: 'SIGN_IN', subjectType: 'UserAccount', subjectId: pat.viewer.id, outcome: 'ALLOWED' });
    }
  });

  it('finds the failed attempts on their account too, which name no actor', async () => {
    const page = await search(admin(), { actorEmail: pat.details.email, outcome: 'FAILED' });
    expect(page.events).toEqual([
      expect.objectContaining({ actorName: null, actorEmail: null, action: 'SIGN_IN_FAILED', subjectType: 'UserAccount', subjectId: pat.viewer.id, outcome: 'FAILED' }),
    ]);
  });

  it('finds nothing for an address with no account', async () => {
    expect(await search(admin(), { actorEmail: 'nobody-at-all@example.org' })).toEqual({ events: [], nextCursor: null });
  });
});

describe('filters', () => {
  it('by action and subject: the one read of Ellen’s record, by the link worker, in the scheme', async () => {
    const page = await search(admin(), { action: 'SPECIAL_CATEGORY_READ', subjectId: ellenId });
    // Referring returned the record (one read), and the link worker looked again (another).
    expect(page.events).toHaveLength(2);
    for (const event of page.events) {
      expect(event).toMatchObject({ actorEmail: cast.linkWorker.details.email, schemeName: cast.scheme.name, subjectType: 'Seeker', subjectId: ellenId, outcome: 'ALLOWED' });
    }
  });

  it('by outcome: refusals', async () => {
    expectErrorCode(await cast.seeker.client.graphql(AUDIT_EVENTS, {}), 'FORBIDDEN');
    const page = await search(admin(), { outcome: 'DENIED', actorEmail: cast.seeker.details.email });
    expect(page.events[0]).toMatchObject({ action: 'ACCESS_DENIED', subjectType: 'Query.auditEvents', outcome: 'DENIED', actorName: 'Sue Seeker' });
    expect(page.events.every((e) => e.outcome === 'DENIED')).toBe(true);
  });

  it('by time: from and to, both inclusive', async () => {
    const mine = { actorEmail: pat.details.email, action: 'SIGN_IN' };
    const [newest, second] = (await search(admin(), mine)).events;
    // Each sign-in checks a password hash first, so two never share a millisecond.
    expect(Date.parse(newest!.at)).toBeGreaterThan(Date.parse(second!.at));
    expect((await search(admin(), { ...mine, from: newest!.at })).events.map((e) => e.id)).toEqual([newest!.id]);
    const upToSecond = (await search(admin(), { ...mine, to: second!.at })).events.map((e) => e.id);
    expect(upToSecond).toHaveLength(SIGN_INS - 1);
    expect(upToSecond[0]).toBe(second!.id);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await search(admin(), { from: future })).events).toEqual([]);
  });

  it('by scheme: one the administrator runs; another scheme looks like one that does not exist', async () => {
    const page = await search(admin(), { schemeId: cast.scheme.id, action: 'SPECIAL_CATEGORY_READ' });
    expect(page.events.length).toBeGreaterThan(0);
    expect(page.events.every((e) => e.schemeName === cast.scheme.name)).toBe(true);
    // The other scheme the admin runs has had no reads at all.
    expect((await search(admin(), { schemeId: cast.otherScheme.id, action: 'SPECIAL_CATEGORY_READ' })).events).toEqual([]);
    expectErrorCode(await admin().graphql(AUDIT_EVENTS, { filter: { schemeId: stranger.scheme.id } }), 'NOT_FOUND');
    expectErrorCode(await admin().graphql(AUDIT_EVENTS, { filter: { schemeId: 'not-a-scheme' } }), 'NOT_FOUND');
  });

  it('refuses bad input, naming the field', async () => {
    expectFieldProblem(await admin().graphql(AUDIT_EVENTS, { first: 0 }), 'first');
    expectFieldProblem(await admin().graphql(AUDIT_EVENTS, { first: 5000 }), 'first');
    expectFieldProblem(await admin().graphql(AUDIT_EVENTS, { filter: { outcome: 'MAYBE' } }), 'outcome');
    expectFieldProblem(await admin().graphql(AUDIT_EVENTS, { filter: { action: "SIGN_IN' or 1=1 --" } }), 'action');
    expectFieldProblem(await admin().graphql(AUDIT_EVENTS, { after: 'not a cursor' }), 'after');
    expectFieldProblem(await admin().graphql(AUDIT_EVENTS, { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } }), 'to');
  });
});

describe('pages', () => {
  it('walks every event once, newest first, with no cursor after the last page', async () => {
    const filter = { actorEmail: pat.details.email };
    const whole = (await search(admin(), filter, 50)).events;
    expect(whole.length).toBe(SIGN_INS + 2); // sign-ins, the role granted at sign-up, the failed attempt
    const walked: AuditEventView[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await search(admin(), filter, 2, after);
      walked.push(...page.events);
      after = page.nextCursor ?? undefined;
      pages += 1;
      expect(page.events.length).toBeLessThanOrEqual(2);
    } while (after && pages < 20);
    expect(pages).toBe(Math.ceil(whole.length / 2));
    expect(walked.map((e) => e.id)).toEqual(whole.map((e) => e.id));
  });
});

describe('an administrator of another scheme', () => {
  it('sees none of this scheme’s events, nor its people’s sign-ins, but does see their own', async () => {
    const everything: AuditEventView[] = [];
    let after: string | undefined;
    do {
      const page = await search(stranger.client, {}, 200, after);
      everything.push(...page.events);
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(everything.some((e) => e.schemeName === cast.scheme.name || e.schemeName === cast.otherScheme.name)).toBe(false);
    const people = [pat, cast.linkWorker, cast.seeker, cast.admin].map((p) => p.details.email);
    expect(everything.filter((e) => e.actorEmail && people.includes(e.actorEmail))).toEqual([]);
    expect(everything.filter((e) => e.subjectId === pat.viewer.id || e.subjectId === ellenId)).toEqual([]);
    expect(everything.some((e) => e.action === 'SIGN_IN' && e.actorEmail === stranger.details.email)).toBe(true);
    expect((await search(stranger.client, { actorEmail: pat.details.email })).events).toEqual([]);
  });

  it('sees, like every administrator, a failed sign-in that names nobody', async () => {
    for (const [who, seesPat] of [[admin(), true], [stranger.client, false]] as const) {
      const page = await search(who, { action: 'SIGN_IN_FAILED', outcome: 'FAILED' });
      expect(page.events.some((e) => e.subjectId === null && e.actorEmail === null)).toBe(true);
      expect(page.events.some((e) => e.subjectId === pat.viewer.id)).toBe(seesPat);
    }
  });
});

describe('searching is itself recorded', () => {
  it('writes one AUDIT_SEARCHED row per search, with no filter values', async () => {
    const since = new Date(Date.now() - 1);
    await search(admin(), { actorEmail: pat.details.email, schemeId: cast.scheme.id });
    const rows = await auditRowsSince(kindred, since, 'AUDIT_SEARCHED');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: cast.admin.viewer.id, scheme_id: cast.scheme.id, subject_type: 'AuditEvent', subject_id: null, outcome: 'ALLOWED' });
    expect(JSON.stringify(rows[0])).not.toContain(pat.details.email);
  });
});
