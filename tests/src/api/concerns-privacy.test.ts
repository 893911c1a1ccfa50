/**
 * Who may raise a concern about what (only what they can see; anything else is "not found"), who
 * may read, triage and lift (staff of the scheme only), and that nothing about a concern ever
 * reaches the person it is about: not through the concerns queries, their own raised concerns,
 * their match, their notifications or their email, even when they are staff themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint, buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import type { SignedIn } from '../support/factories.ts';
import { startTestKindred, type GraphQLResult, type Person } from '../support/kindred.ts';
import { mailTo } from '../support/mail.ts';
import { GRANT_ROLE } from '../support/operations.ts';
import { createActivity } from './directory-helpers.ts';
import { approvedVolunteer, MY_MATCHES, notificationsOf, waitingWalker } from './matching-support.ts';
import { waitingListOf } from './seekers-support.ts';
import { myVolunteer } from './volunteers-support.ts';
import {
  CONCERN,
  CONCERNS,
  LIFT,
  MY_RAISED,
  TRIAGE,
  activePair,
  concernsOf,
  matchSeen,
  noticesOfKind,
  raise,
  raised,
  triage,
  type Pair,
  type Raised,
} from './concerns-support.ts';

const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
let cast: Cast;
let pair: Pair;
let stan: string;
let vic: string;
let activity: string;
let otherActivity: string;
const NO_SUCH = '00000000-0000-4000-8000-000000000000';
beforeAll(async () => {
  cast = await buildCast(kindred);
  pair = await activePair(cast.linkWorker.client, cast.scheme.id, cast.volunteer, cast.seeker);
  vic = await approvedVolunteer(cast.linkWorker.client, cast.anotherVolunteer);
  const stanRequest = await waitingWalker(cast.anotherSeeker);
  stan = (await waitingListOf(cast.linkWorker.client, cast.scheme.id)).find((e) => e.request.id === stanRequest)!.seekerId;
  activity = (await createActivity(cast.linkWorker.client, cast.scheme.id)).id;
  otherActivity = (await createActivity(cast.otherSchemeLinkWorker.client, cast.otherScheme.id)).id;
}, 240_000);
afterAll(() => kindred.close());

type Subjects = Record<'sue' | 'stan' | 'vera' | 'vic' | 'match' | 'activity' | 'otherActivity', [kind: string, id: string]>;
const subjects = (): Subjects => ({
  sue: ['PERSON', pair.seekerId],
  stan: ['PERSON', stan],
  vera: ['VOLUNTEER', pair.volunteerId],
  vic: ['VOLUNTEER', vic],
  match: ['MATCH', pair.matchId],
  activity: ['ACTIVITY', activity],
  otherActivity: ['ACTIVITY', otherActivity],
});

/** Tries every subject as `who`: those listed in `may` must be received, every other one "not found". */
async function expectMayRaiseOnly(who: SignedIn, may: Array<keyof Subjects>): Promise<void> {
  for (const [name, [kind, id]] of Object.entries(subjects())) {
    const result = await raise(who.client, kind, id, `A check by ${who.details.displayName} about ${name}.`);
    if (may.includes(name as keyof Subjects)) expect(expectSuccess(result).raiseConcern.received, `${who.details.displayName} about ${name}`).toBe(true);
    else expectErrorCode(result, 'NOT_FOUND');
  }
}

describe('raising a concern', () => {
  it('needs someone signed in', async () => {
    for (const [kind, id] of Object.values(subjects())) expectErrorCode(await raise(cast.nobody, kind, id), 'UNAUTHENTICATED');
  });

  it('about something that does not exist is "not found", whoever asks', async () => {
    for (const kind of ['PERSON', 'VOLUNTEER', 'MATCH', 'ACTIVITY']) {
      for (const who of [cast.seeker, cast.linkWorker, cast.admin]) expectErrorCode(await raise(who.client, kind, NO_SUCH), 'NOT_FOUND');
    }
  });

  it('a person: about their volunteer and their match and the scheme’s activities; never themself or anyone else', async () => {
    await expectMayRaiseOnly(cast.seeker, ['vera', 'match', 'activity']);
  });

  it('a volunteer: about the person they support and their match and the scheme’s activities; never themself or anyone else', async () => {
    await expectMayRaiseOnly(cast.volunteer, ['sue', 'match', 'activity']);
  });

  it('another person and another volunteer of the scheme: only about its activities', async () => {
    await expectMayRaiseOnly(cast.anotherSeeker, ['activity']);
    await expectMayRaiseOnly(cast.anotherVolunteer, ['activity']);
  });

  it('a community builder: only about activities, not people they do not see', async () => {
    await expectMayRaiseOnly(cast.communityBuilder, ['activity']);
  });

  it('a link worker and an administrator: about anyone and anything in their scheme', async () => {
    await expectMayRaiseOnly(cast.linkWorker, ['sue', 'stan', 'vera', 'vic', 'match', 'activity']);
    await expectMayRaiseOnly(cast.admin, ['sue', 'stan', 'vera', 'vic', 'match', 'activity', 'otherActivity']);
  });

  it('a link worker of another scheme: nothing in this one', async () => {
    await expectMayRaiseOnly(cast.otherSchemeLinkWorker, ['otherActivity']);
  });
});

describe('reading, triaging and lifting: staff of the scheme only', () => {
  let concernId: string;
  beforeAll(async () => {
    concernId = (await raised(cast.linkWorker.client, 'PERSON', stan, 'Stan mentioned a lodger who takes his pension.')).id;
  });
  const operations = (): Array<[string, (client: Person) => Promise<GraphQLResult<unknown>>]> => [
    ['concerns', (c) => c.graphql(CONCERNS, { schemeId: cast.scheme.id })],
    ['concern', (c) => c.graphql(CONCERN, { id: concernId })],
    ['triageConcern', (c) => c.graphql(TRIAGE, { input: { concernId, severity: 'LOW' } })],
    ['liftSafeguardingPause', (c) => c.graphql(LIFT, { input: { matchId: pair.matchId, note: 'All fine' } })],
  ];

  it('nobody signed in is asked to sign in', async () => {
    for (const [, run] of operations()) expectErrorCode(await run(cast.nobody), 'UNAUTHENTICATED');
  });

  it('people, volunteers and community builders may not', async () => {
    for (const who of [cast.seeker, cast.anotherSeeker, cast.volunteer, cast.anotherVolunteer, cast.communityBuilder]) {
      for (const [name, run] of operations()) expect((await run(who.client)).errors?.[0]?.extensions?.code, name).toBe('FORBIDDEN');
    }
  });

  it('a link worker of another scheme finds nothing', async () => {
    for (const [name, run] of operations()) expect((await run(cast.otherSchemeLinkWorker.client)).errors?.[0]?.extensions?.code, name).toBe('NOT_FOUND');
    expect(await concernsOf(cast.otherSchemeLinkWorker.client, cast.otherScheme.id)).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ id: concernId })]),
    );
  });

  it('the scheme’s link workers and administrator may', async () => {
    for (const who of [cast.linkWorker, cast.admin]) {
      expect((await concernsOf(who.client, cast.scheme.id)).some((c) => c.id === concernId)).toBe(true);
      expect(expectSuccess(await who.client.graphql<{ concern: { id: string } }>(CONCERN, { id: concernId })).concern.id).toBe(concernId);
    }
    expect((await triage(cast.admin.client, { concernId, severity: 'LOW' })).severity).toBe('LOW');
  });

  it('each person sees only the concerns they raised themself', async () => {
    expectErrorCode(await cast.nobody.graphql(MY_RAISED), 'UNAUTHENTICATED');
    const mine = expectSuccess(await cast.linkWorker.client.graphql<{ myRaisedConcerns: Raised[] }>(MY_RAISED)).myRaisedConcerns;
    expect(mine.map((c) => c.id)).toContain(concernId);
    for (const who of [cast.seeker, cast.admin, cast.otherSchemeLinkWorker]) {
      const theirs = expectSuccess(await who.client.graphql<{ myRaisedConcerns: Raised[] }>(MY_RAISED)).myRaisedConcerns;
      expect(theirs.map((c) => c.id)).not.toContain(concernId);
    }
  });
});

describe('the person a concern is about never sees it', () => {
  const SECRET = 'Sue-specific words 7731: she left the gas on twice.';
  let concernId: string;
  beforeAll(async () => {
    concernId = (await raised(cast.volunteer.client, 'PERSON', pair.seekerId, SECRET)).id;
  });

  it('not through anything Sue can reach: concerns, her raised concerns, her match, her notifications, her email', async () => {
    expectErrorCode(await cast.seeker.client.graphql(CONCERNS, { schemeId: cast.scheme.id }), 'FORBIDDEN');
    expectErrorCode(await cast.seeker.client.graphql(CONCERN, { id: concernId }), 'FORBIDDEN');
    // The values she is sent, without the names of the fields that carry them.
    const reached = [
      expectSuccess(await cast.seeker.client.graphql<{ myRaisedConcerns: Raised[] }>(MY_RAISED)).myRaisedConcerns,
      await matchSeen(cast.seeker.client, pair.matchId),
      expectSuccess(await cast.seeker.client.graphql<{ myMatches: unknown[] }>(MY_MATCHES)).myMatches,
      await notificationsOf(cast.seeker.client),
      mailTo(kindred, cast.seeker.details.email).map((m) => `${m.subject}\n${m.text}`),
    ];
    const everything = JSON.stringify(reached);
    expect(everything).not.toContain('7731');
    expect(everything).not.toMatch(/gas on|concern|Vera Volunteer/i);
    expect(everything).not.toContain(concernId);
    // What she may know: the match is paused, and someone will be in touch.
    expect((await matchSeen(cast.seeker.client, pair.matchId)).paused).toBe(true);
  });

  it('not even when they are staff: a link worker who also volunteers never sees a concern about their volunteering', async () => {
    const lee = await appoint(kindred, 'LINK_WORKER', cast.scheme, 'Lee Worker');
    expectSuccess(await cast.admin.client.graphql(GRANT_ROLE, { input: { email: lee.details.email, schemeId: cast.scheme.id, role: 'VOLUNTEER' } }));
    const leeAsVolunteer = (await myVolunteer(lee.client)).id;
    const about = await raised(cast.linkWorker.client, 'VOLUNTEER', leeAsVolunteer, 'Lee 5512 gave a client a lift without insurance.');

    expect((await concernsOf(lee.client, cast.scheme.id)).map((c) => c.id)).not.toContain(about.id);
    expectErrorCode(await lee.client.graphql(CONCERN, { id: about.id }), 'NOT_FOUND');
    expectErrorCode(await lee.client.graphql(TRIAGE, { input: { concernId: about.id, severity: 'LOW' } }), 'NOT_FOUND');
    expect((await noticesOfKind(lee.client, 'CONCERN_RAISED')).some((n) => n.link === `/concerns/${about.id}`)).toBe(false);
    // With the only other link worker having raised it, the administrator is told instead.
    expect((await noticesOfKind(cast.admin.client, 'CONCERN_RAISED')).some((n) => n.link === `/concerns/${about.id}`)).toBe(true);

    // Suspended after a serious triage, Lee can neither see why nor lift it.
    await triage(cast.admin.client, { concernId: about.id, severity: 'SERIOUS' });
    expectErrorCode(await lee.client.graphql(LIFT, { input: { volunteerId: leeAsVolunteer, note: 'I am fine' } }), 'NOT_FOUND');
    expect(JSON.stringify(await notificationsOf(lee.client))).not.toMatch(/5512|insurance|Lin Worker/);
  });
});
