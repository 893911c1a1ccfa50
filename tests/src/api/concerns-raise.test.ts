/**
 * Raising a safeguarding concern: received at once, the scheme's link workers told at once (in the
 * app and by email, without the words or who raised it), and a concern raised by one of the two
 * people of a match about that match, or about the other person, pauses it at once pending triage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { mailTo } from '../support/mail.ts';
import { hasOpenConcern } from '../../../server/src/safeguarding/concerns/open-concerns.ts';
import { createActivity } from './directory-helpers.ts';
import { notificationsOf } from './matching-support.ts';
import {
  LOG_CONTACT,
  MY_RAISED,
  activePair,
  concernsOf,
  eventually,
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
let sueAndVera: Pair;
let stanAndVic: Pair;
let activityId: string;
beforeAll(async () => {
  cast = await buildCast(kindred);
  sueAndVera = await activePair(cast.linkWorker.client, cast.scheme.id, cast.volunteer, cast.seeker);
  stanAndVic = await activePair(cast.linkWorker.client, cast.scheme.id, cast.anotherVolunteer, cast.anotherSeeker);
  activityId = (await createActivity(cast.linkWorker.client, cast.scheme.id)).id;
}, 240_000);
afterAll(() => kindred.close());

const WORDS = 'He asked me to lend him money for his gas bill on Tuesday.';

describe('a volunteer raises a concern about their match', () => {
  let received: Raised;

  it('is told it was received, and that the match is paused until a link worker has looked', async () => {
    received = await raised(cast.volunteer.client, 'MATCH', sueAndVera.matchId, `  ${WORDS}  `);
    expect(received).toEqual({ id: expect.any(String), raisedAt: expect.any(String), received: true, matchPaused: true });
  });

  it('pauses the match at once: both people see only "paused" and no longer see how to reach each other', async () => {
    for (const who of [cast.volunteer, cast.seeker]) {
      const seen = await matchSeen(who.client, sueAndVera.matchId);
      expect(seen).toMatchObject({ status: 'ACTIVE', paused: true, contact: null });
      expect(JSON.stringify(seen)).not.toMatch(/concern|gas bill/i);
    }
    // Staff still reach both of them.
    expect(await matchSeen(cast.linkWorker.client, sueAndVera.matchId)).toMatchObject({ paused: true, contact: { name: expect.any(String) } });
  });

  it('takes no contact log from anyone while paused, with a plain reason', async () => {
    for (const who of [cast.volunteer, cast.seeker, cast.linkWorker]) {
      const message = expectFieldProblem(await who.client.graphql(LOG_CONTACT, { input: { matchId: sueAndVera.matchId, how: 'PHONE' } }), 'matchId');
      expect(message).toMatch(/paused/i);
    }
  });

  it('tells the scheme’s link workers at once, in the app and by email, without the words or who raised it', async () => {
    const [notice] = await noticesOfKind(cast.linkWorker.client, 'CONCERN_RAISED');
    expect(notice).toMatchObject({ link: `/concerns/${received.id}`, readAt: null });
    expect(notice!.text).toMatch(/safeguarding concern/i);
    expect(notice!.text).not.toMatch(/gas bill|Vera|Sue/);
    const mail = await kindred.mail.waitForMail(cast.linkWorker.details.email, { timeoutMs: 10_000 });
    expect(mail.subject).toBe('A safeguarding concern needs looking at');
    expect(mail.text).toContain(`/concerns/${received.id}`);
    expect(mail.text).not.toMatch(/gas bill|Vera|Sue/);
    // The scheme has a link worker, so its administrator is not troubled as well.
    expect(await noticesOfKind(cast.admin.client, 'CONCERN_RAISED')).toEqual([]);
  });

  it('tells the other person only that the match is paused, and the raiser nothing more', async () => {
    const paused = await noticesOfKind(cast.seeker.client, 'MATCH_PAUSED');
    expect(paused).toEqual([expect.objectContaining({ text: 'One of your matches is paused for now. Your link worker will be in touch.', link: `/matches/${sueAndVera.matchId}` })]);
    const pausedMail = () => mailTo(kindred, cast.seeker.details.email).filter((m) => m.subject === 'Your match is paused for now');
    await eventually(async () => expect(pausedMail()).toHaveLength(1));
    expect(pausedMail()[0]!.text).not.toMatch(/gas bill|Vera|concern/i);
    expect(await noticesOfKind(cast.volunteer.client, 'MATCH_PAUSED')).toEqual([]);
    expect(await noticesOfKind(cast.volunteer.client, 'CONCERN_RAISED')).toEqual([]);
  });

  it('shows the raiser only that it was received; the other person has raised nothing', async () => {
    const mine = expectSuccess(await cast.volunteer.client.graphql<{ myRaisedConcerns: Raised[] }>(MY_RAISED)).myRaisedConcerns;
    expect(mine).toEqual([received]);
    expect(expectSuccess(await cast.seeker.client.graphql<{ myRaisedConcerns: Raised[] }>(MY_RAISED)).myRaisedConcerns).toEqual([]);
  });

  it('is in the link workers’ queue with its words, who raised it, what it is about and that it paused the match', async () => {
    const concern = (await concernsOf(cast.linkWorker.client, cast.scheme.id)).find((c) => c.id === received.id);
    expect(concern).toMatchObject({
      subjectKind: 'MATCH',
      subjectId: sueAndVera.matchId,
      subjectLabel: 'The match of Sue and Vera',
      subjectLink: `/matches/${sueAndVera.matchId}`,
      text: WORDS,
      raisedByName: 'Vera Volunteer',
      status: 'OPEN',
      severity: null,
      pausedWhenRaised: true,
      matchPaused: true,
      volunteerSuspended: false,
      matches: [{ matchId: sueAndVera.matchId, label: 'Sue and Vera', paused: true }],
      volunteer: { volunteerId: sueAndVera.volunteerId, name: 'Vera Volunteer', suspended: false },
    });
  });
});

/** The check the messages module asks before staff may read what two people said. */
const openConcern = (about: { matchId: string } | { userId: string }) => hasOpenConcern(kindred.orm.em.fork() as never, about);

describe('concerns from elsewhere', () => {
  it('before any concern about them, nothing is open for Stan, Vic or their match', async () => {
    expect(await openConcern({ matchId: stanAndVic.matchId })).toBe(false);
    expect(await openConcern({ userId: cast.anotherSeeker.viewer.id })).toBe(false);
    expect(await openConcern({ userId: cast.anotherVolunteer.viewer.id })).toBe(false);
    // Sue and Vera's match has one, about the match: open for it and for both of them.
    expect(await openConcern({ matchId: sueAndVera.matchId })).toBe(true);
    expect(await openConcern({ userId: cast.seeker.viewer.id })).toBe(true);
    expect(await openConcern({ userId: cast.volunteer.viewer.id })).toBe(true);
  });

  it('a link worker raises one about a person: it pauses nothing until it is triaged', async () => {
    const concern = await raised(cast.linkWorker.client, 'PERSON', stanAndVic.seekerId, 'Stan’s neighbour rang the surgery, worried about him.');
    expect(concern.matchPaused).toBe(false);
    expect((await matchSeen(cast.anotherSeeker.client, stanAndVic.matchId)).paused).toBe(false);
    // The link worker who raised it is not told about their own concern; nobody it is about is told at all.
    expect((await noticesOfKind(cast.linkWorker.client, 'CONCERN_RAISED')).some((n) => n.link === `/concerns/${concern.id}`)).toBe(false);
    expect(await noticesOfKind(cast.anotherSeeker.client, 'MATCH_PAUSED')).toEqual([]);
    // Open for Stan and for his match; not (yet) for Vic, whom it is not about.
    expect(await openConcern({ userId: cast.anotherSeeker.viewer.id })).toBe(true);
    expect(await openConcern({ matchId: stanAndVic.matchId })).toBe(true);
    expect(await openConcern({ userId: cast.anotherVolunteer.viewer.id })).toBe(false);
  });

  it('a person raises one about their volunteer: the match pauses at once, and the volunteer hears only that', async () => {
    const concern = await raised(cast.anotherSeeker.client, 'VOLUNTEER', stanAndVic.volunteerId, 'Vic keeps turning up late and seemed to have been drinking.');
    expect(concern.matchPaused).toBe(true);
    expect((await matchSeen(cast.anotherVolunteer.client, stanAndVic.matchId)).paused).toBe(true);
    const told = await noticesOfKind(cast.anotherVolunteer.client, 'MATCH_PAUSED');
    expect(told.map((n) => n.text)).toEqual(['One of your matches is paused for now. Your link worker will be in touch.']);
    // Nothing since the match began names Stan or says what he wrote.
    const since = (await notificationsOf(cast.anotherVolunteer.client)).filter((n) => !['MATCH_OFFERED', 'MATCH_ACTIVE'].includes(n.kind));
    expect(JSON.stringify(since)).not.toMatch(/Stan|drinking|late|concern/i);
    expect(await openConcern({ userId: cast.anotherVolunteer.viewer.id })).toBe(true);
  });

  it('a closed concern is no longer open', async () => {
    const about = await raised(cast.linkWorker.client, 'PERSON', sueAndVera.seekerId, 'Checking in after the GP’s call.');
    for (const concern of await concernsOf(cast.linkWorker.client, cast.scheme.id)) {
      if (concern.status !== 'CLOSED' && concern.subjectKind !== 'ACTIVITY' && [sueAndVera.matchId, sueAndVera.seekerId, sueAndVera.volunteerId].includes(concern.subjectId)) {
        await triage(cast.linkWorker.client, { concernId: concern.id, severity: 'LOW', outcome: 'All is well.', close: true });
      }
    }
    expect(about.received).toBe(true);
    expect(await openConcern({ matchId: sueAndVera.matchId })).toBe(false);
    expect(await openConcern({ userId: cast.seeker.viewer.id })).toBe(false);
  });

  it('anyone in the scheme raises one about an activity; it pauses nothing', async () => {
    const concern = await raised(cast.seeker.client, 'ACTIVITY', activityId, 'The fire exit at the hall was locked during the session.');
    expect(concern).toMatchObject({ received: true, matchPaused: false });
    const queued = (await concernsOf(cast.linkWorker.client, cast.scheme.id)).find((c) => c.id === concern.id);
    expect(queued).toMatchObject({ subjectKind: 'ACTIVITY', subjectLink: `/activities/${activityId}`, matches: [], volunteer: null, raisedByName: 'Sue Seeker' });
  });
});

describe('what a concern must say', () => {
  it('asks for a few words when there are none', async () => {
    expect(expectFieldProblem(await raise(cast.seeker.client, 'MATCH', sueAndVera.matchId, '   '), 'text')).toBe('Write a few words about your concern');
  });

  it('takes up to 2,000 characters, counted as people count them, and no more', async () => {
    expect((await raised(cast.seeker.client, 'ACTIVITY', activityId, '😀'.repeat(2000))).received).toBe(true);
    expect(expectFieldProblem(await raise(cast.seeker.client, 'ACTIVITY', activityId, 'a'.repeat(2001)), 'text')).toMatch(/2000 characters or fewer/);
  });

  it('refuses hidden control characters that would make the words display as something else', async () => {
    expectFieldProblem(await raise(cast.seeker.client, 'ACTIVITY', activityId, 'Looks fine \u202Eenif skool'), 'text');
    expectFieldProblem(await raise(cast.seeker.client, 'ACTIVITY', activityId, 'nul\u0000byte'), 'text');
  });

  it('refuses a kind of subject that does not exist, and an id that is not one', async () => {
    const unknownKind = await raise(cast.seeker.client, 'NEIGHBOUR', activityId);
    expect(unknownKind.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expectErrorCode(await raise(cast.seeker.client, 'ACTIVITY', 'not-an-id'), 'NOT_FOUND');
  });
});
