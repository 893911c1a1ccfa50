/**
 * Triage: link workers record severity, actions and outcome. A serious concern pauses the match at
 * once and, about a volunteer, suspends them at once: the match takes no contact log, the engine
 * never suggests a suspended volunteer, and a pair a concern came between is never suggested again.
 * The people affected are told only that things are paused; staff lift pauses with a note. Every
 * step is in the audit log, without the words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { loadExclusions } from '../../../server/src/matching/engine/facts.ts';
import { createActivity } from './directory-helpers.ts';
import { mailTo } from '../support/mail.ts';
import { approvedVolunteer, waitingWalker } from './matching-support.ts';
import {
  CONCERN,
  END,
  LIFT,
  LOG_CONTACT,
  SUGGEST,
  TRIAGE,
  activePair,
  concernsOf,
  eventually,
  matchSeen,
  noticesOfKind,
  raised,
  triage,
  type ConcernView,
  type Pair,
} from './concerns-support.ts';

const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });
let cast: Cast;
let pair: Pair;
let vic: string;
let stanRequest: string;
beforeAll(async () => {
  cast = await buildCast(kindred);
  pair = await activePair(cast.linkWorker.client, cast.scheme.id, cast.volunteer, cast.seeker);
  vic = await approvedVolunteer(cast.linkWorker.client, cast.anotherVolunteer);
  stanRequest = await waitingWalker(cast.anotherSeeker);
}, 240_000);
afterAll(() => kindred.close());

type Suggest = { suggestMatches: { suggestions: Array<{ volunteerId: string }> } };
const suggested = async (requestId: string) =>
  expectSuccess(await cast.linkWorker.client.graphql<Suggest>(SUGGEST, { requestId })).suggestMatches.suggestions.map((s) => s.volunteerId);
const logContact = (who: Cast['seeker'], matchId = pair.matchId) => who.client.graphql(LOG_CONTACT, { input: { matchId, how: 'PHONE' } });
const lift = (who: Cast['seeker'], input: Record<string, unknown>) => who.client.graphql<{ liftSafeguardingPause: boolean }>(LIFT, { input });

describe('a concern a link worker raises about a match', () => {
  let concernId: string;

  it('pauses nothing by itself', async () => {
    concernId = (await raised(cast.linkWorker.client, 'MATCH', pair.matchId, 'Sue told the GP that Vera shouted at her.')).id;
    expect((await matchSeen(cast.seeker.client, pair.matchId)).paused).toBe(false);
    expectSuccess(await logContact(cast.volunteer));
  });

  it('triaged as serious, pauses the match at once and tells both people only that it is paused', async () => {
    const triaged = await triage(cast.admin.client, {
      concernId,
      severity: 'SERIOUS',
      actionsTaken: 'Rang Sue; she is safe. Visiting on Monday.',
      outcome: null,
    });
    expect(triaged).toMatchObject({
      status: 'TRIAGED',
      severity: 'SERIOUS',
      actionsTaken: 'Rang Sue; she is safe. Visiting on Monday.',
      triagedByName: 'Alex Admin',
      matchPaused: true,
      volunteerSuspended: false,
      matches: [{ matchId: pair.matchId, paused: true }],
    });
    for (const who of [cast.seeker, cast.volunteer]) {
      expect(await matchSeen(who.client, pair.matchId)).toMatchObject({ paused: true, contact: null });
      const told = await noticesOfKind(who.client, 'MATCH_PAUSED');
      expect(told.map((n) => n.text)).toEqual(['One of your matches is paused for now. Your link worker will be in touch.']);
    }
  });

  it('leaves the match refusing contact logs until it is lifted', async () => {
    for (const who of [cast.seeker, cast.volunteer, cast.linkWorker]) expectFieldProblem(await logContact(who), 'matchId');
  });

  it('is lifted by staff with a note: both are told they can carry on, and contact is logged again', async () => {
    expectFieldProblem(await lift(cast.linkWorker, { matchId: pair.matchId, note: '  ' }), 'note');
    expectFieldProblem(await lift(cast.linkWorker, { matchId: pair.matchId, volunteerId: pair.volunteerId, note: 'Both' }), 'matchId');
    expect(expectSuccess(await lift(cast.linkWorker, { matchId: pair.matchId, note: 'Spoke to both; a misunderstanding.' })).liftSafeguardingPause).toBe(true);
    expect(await matchSeen(cast.seeker.client, pair.matchId)).toMatchObject({ paused: false, contact: { name: expect.any(String) } });
    for (const who of [cast.seeker, cast.volunteer]) {
      expect((await noticesOfKind(who.client, 'SAFEGUARDING_PAUSE_LIFTED')).map((n) => n.text)).toEqual(['Your match is no longer paused. You can keep in touch again.']);
    }
    expectSuccess(await logContact(cast.seeker));
    const concern = expectSuccess(await cast.linkWorker.client.graphql<{ concern: ConcernView }>(CONCERN, { id: concernId })).concern;
    expect(concern).toMatchObject({ matchPaused: false, liftNote: 'Spoke to both; a misunderstanding.', liftedAt: expect.any(String) });
    // Lifting what is not paused says so.
    expectFieldProblem(await lift(cast.linkWorker, { matchId: pair.matchId, note: 'Again' }), 'matchId');
  });
});

describe('a serious concern about a volunteer', () => {
  let concernId: string;

  it('before it, both volunteers are suggested for a person waiting', async () => {
    expect(await suggested(stanRequest)).toEqual(expect.arrayContaining([pair.volunteerId, vic]));
  });

  it('raised by the person they support, pauses their match at once', async () => {
    const concern = await raised(cast.seeker.client, 'VOLUNTEER', pair.volunteerId, 'Vera asked for my bank card to do my shopping.');
    concernId = concern.id;
    expect(concern.matchPaused).toBe(true);
  });

  it('triaged as serious, suspends the volunteer at once and tells them only that their volunteering is paused', async () => {
    const pausedBefore = (await noticesOfKind(cast.volunteer.client, 'MATCH_PAUSED')).length;
    const triaged = await triage(cast.linkWorker.client, { concernId, severity: 'SERIOUS', actionsTaken: 'Reported to the adult safeguarding team.' });
    expect(triaged).toMatchObject({ volunteerSuspended: true, matchPaused: true, volunteer: { volunteerId: pair.volunteerId, suspended: true } });
    expect((await noticesOfKind(cast.volunteer.client, 'VOLUNTEER_SUSPENDED')).map((n) => n.text)).toEqual([
      'Your volunteering is paused for now while staff look into something. Your link worker will be in touch.',
    ]);
    // Told about the suspension once, not again about each match.
    expect(await noticesOfKind(cast.volunteer.client, 'MATCH_PAUSED')).toHaveLength(pausedBefore);
    const suspendedMail = () => mailTo(kindred, cast.volunteer.details.email).filter((m) => m.subject === 'Your volunteering is paused for now');
    await eventually(async () => expect(suspendedMail()).toHaveLength(1));
    const mail = suspendedMail()[0]!;
    expect(mail.text).not.toMatch(/Sue|bank|concern/i);
  });

  it('is never suggested while suspended, at once', async () => {
    const now = await suggested(stanRequest);
    expect(now).not.toContain(pair.volunteerId);
    expect(now).toContain(vic);
  });

  it('is suggested again once the suspension is lifted', async () => {
    expectErrorCode(await lift(cast.linkWorker, { volunteerId: '00000000-0000-4000-8000-000000000000', note: 'Cleared' }), 'NOT_FOUND');
    expectSuccess(await lift(cast.linkWorker, { volunteerId: pair.volunteerId, note: 'Police found nothing to act on; refresher training booked.' }));
    expect(await suggested(stanRequest)).toContain(pair.volunteerId);
    expect((await noticesOfKind(cast.volunteer.client, 'SAFEGUARDING_PAUSE_LIFTED')).at(0)?.text).toBe('Your volunteering is no longer paused. Thank you for your patience.');
    // Their match stays paused until staff lift it too.
    expect((await matchSeen(cast.volunteer.client, pair.matchId)).paused).toBe(true);
  });

  it('keeps the pair apart in every future suggestion, though each is suggested to others', async () => {
    expectSuccess(await cast.linkWorker.client.graphql(END, { input: { matchId: pair.matchId, reason: 'Ended after a safeguarding review' } }));
    const forSue = await suggested(pair.requestId);
    expect(forSue).toContain(vic);
    expect(forSue).not.toContain(pair.volunteerId);
    expect(await suggested(stanRequest)).toContain(pair.volunteerId);
    // The scheme-wide assignment reads the same exclusions, for every waiting request at once.
    const everyone = await loadExclusions(kindred.orm.em.fork() as never, { waitingInScheme: cast.scheme.id });
    expect([...(everyone.get(pair.requestId) ?? [])]).toEqual([pair.volunteerId]);
    expect(everyone.get(stanRequest)).toBeUndefined();
  });
});

describe('triage rules', () => {
  let activityConcern: string;
  beforeAll(async () => {
    const activity = await createActivity(cast.linkWorker.client, cast.scheme.id);
    activityConcern = (await raised(cast.anotherSeeker.client, 'ACTIVITY', activity.id, 'The organiser asked for my address.')).id;
  });
  const attempt = (input: Record<string, unknown>) => cast.linkWorker.client.graphql(TRIAGE, { input: { concernId: activityConcern, ...input } });

  it('asks for an outcome before closing, and keeps answers to 2,000 characters', async () => {
    expectFieldProblem(await attempt({ severity: 'LOW', close: true }), 'outcome');
    expectFieldProblem(await attempt({ severity: 'LOW', actionsTaken: 'x'.repeat(2001) }), 'actionsTaken');
  });

  it('has no volunteer to suspend for an activity', async () => {
    expectFieldProblem(await attempt({ severity: 'HIGH', suspendVolunteer: true }), 'suspendVolunteer');
  });

  it('closes with an outcome, and a closed concern stays closed', async () => {
    const closed = await triage(cast.linkWorker.client, { concernId: activityConcern, severity: 'MEDIUM', outcome: 'Spoke to the organiser; it was for a taxi.', close: true });
    expect(closed).toMatchObject({ status: 'CLOSED', closedAt: expect.any(String), outcome: 'Spoke to the organiser; it was for a taxi.', matchPaused: false });
    expectFieldProblem(await attempt({ severity: 'SERIOUS' }), 'concernId');
    expect((await concernsOf(cast.linkWorker.client, cast.scheme.id, 'CLOSED')).map((c) => c.id)).toEqual([activityConcern]);
  });

  it('puts serious concerns first in the queue, then the longest waiting', async () => {
    const queue = await concernsOf(cast.linkWorker.client, cast.scheme.id);
    const serious = queue.filter((c) => c.severity === 'SERIOUS');
    expect(serious).toHaveLength(2);
    expect(queue.slice(0, 2)).toEqual(serious);
    const rest = queue.slice(2).map((c) => c.raisedAt);
    expect(rest).toEqual([...rest].sort());
    expect(serious[0]!.raisedAt < serious[1]!.raisedAt).toBe(true);
  });
});

describe('the audit log', () => {
  it('records every safeguarding action by id, never the words', async () => {
    const rows = await kindred.orm.em.fork().getConnection().execute<Array<{ action: string; subject_type: string; subject_id: string | null; outcome: string }>>(
      `select action, subject_type, subject_id, outcome from audit_event where scheme_id = ? order by at`,
      [cast.scheme.id],
    );
    const actions = new Set(rows.map((r) => r.action));
    for (const action of ['CONCERN_RAISED', 'CONCERN_TRIAGED', 'MATCH_PAUSED', 'VOLUNTEER_SUSPENDED', 'SAFEGUARDING_PAUSE_LIFTED', 'CONCERNS_READ']) {
      expect(actions, action).toContain(action);
    }
    expect(rows).toContainEqual(expect.objectContaining({ action: 'VOLUNTEER_SUSPENDED', subject_type: 'Volunteer', subject_id: pair.volunteerId, outcome: 'ALLOWED' }));
    expect(rows).toContainEqual(expect.objectContaining({ action: 'MATCH_PAUSED', subject_type: 'Match', subject_id: pair.matchId }));
    expect(JSON.stringify(rows)).not.toMatch(/bank card|shouted|taxi/);
  });
});
