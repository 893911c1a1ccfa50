/**
 * Capacity over time, reconstructed from recorded timestamps, against a small timeline worked out by
 * hand: volunteers approved, paused and with DBS checks that lapse and are renewed; requests waiting,
 * matched, withdrawn, ended and put back on the list; a declined proposal that never held a place.
 * Every column is checked for every week of an 8-week window, then the bounds of `weeks`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectErrorCode, expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { createScheme, theAdmin, type Admin } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { execute as executeOn } from './assignment-support.ts';
import { CAPACITY, dateOf, dbsCheck, matchIn, midweek as W, mondayOf, requestIn, volunteerIn, type CapacityWeek } from './community-capacity-support.ts';

const kindred = await startTestKindred();
const execute = executeOn(kindred);
let admin: Admin;
let schemeId: string;
const DAY_MS = 86_400_000;
const days = (from: Date, to: Date) => Math.round(((to.getTime() - from.getTime()) / DAY_MS) * 10) / 10;
const farFuture = dateOf(new Date(Date.now() + 700 * DAY_MS));

// The requests' waits, in days, for the weeks they were matched in.
const waits = { r1: days(W(7), W(5)), r4: days(W(5), W(5, 2)), r3: days(W(6, 1), W(2, 1)), r5: days(W(4), W(2, 1)) };

beforeAll(async () => {
  admin = await theAdmin(kindred);
  const scheme = await createScheme(kindred, 'Capacity timeline');
  schemeId = scheme.id;
  const by = admin.viewer.id;

  // V1: two places, approved six weeks ago, paused three weeks ago (and still paused).
  const v1 = await volunteerIn(execute, schemeId, { capacity: 2, approvedAt: W(6), pausedAt: W(3) });
  await dbsCheck(execute, schemeId, v1, { recordedAt: W(7), recheckDueOn: farFuture });
  // V2: three places; the first check lapsed on the Wednesday four weeks ago, a new one was recorded two weeks ago.
  const v2 = await volunteerIn(execute, schemeId, { capacity: 3, approvedAt: W(7) });
  await dbsCheck(execute, schemeId, v2, { recordedAt: W(7, 0, -1), recheckDueOn: dateOf(W(4)), supersededAt: W(2) });
  await dbsCheck(execute, schemeId, v2, { recordedAt: W(2), recheckDueOn: farFuture });
  // Never active: approved with no DBS check, and a DBS check with no approval.
  await volunteerIn(execute, schemeId, { capacity: 4, approvedAt: W(7) });
  const unapproved = await volunteerIn(execute, schemeId, { capacity: 4, approvedAt: null });
  await dbsCheck(execute, schemeId, unapproved, { recordedAt: W(7), recheckDueOn: farFuture });

  // R1: asked 7 weeks ago, matched with V1 five weeks ago, still matched.
  const r1 = await requestIn(execute, schemeId, by, { createdAt: W(7), status: 'MATCHED', matchedAt: W(5), statusChangedAt: W(5) });
  await matchIn(execute, schemeId, by, { requestId: r1, volunteerId: v1, proposedAt: W(6, 1), activatedAt: W(5), status: 'ACTIVE' });
  // R2: asked 6 weeks ago, withdrew 4 weeks ago.
  await requestIn(execute, schemeId, by, { createdAt: W(6), status: 'CLOSED', statusChangedAt: W(4), closedReason: 'WITHDRAWN_BY_PERSON' });
  // R3: V2 declined within the week it was proposed; matched with V2 two weeks ago.
  const r3 = await requestIn(execute, schemeId, by, { createdAt: W(6, 1), status: 'MATCHED', matchedAt: W(2, 1), statusChangedAt: W(2, 1) });
  await matchIn(execute, schemeId, by, { requestId: r3, volunteerId: v2, proposedAt: W(6, 2), endedAt: W(6, 3), status: 'DECLINED' });
  await matchIn(execute, schemeId, by, { requestId: r3, volunteerId: v2, proposedAt: W(2, 0, 1), activatedAt: W(2, 1), status: 'ACTIVE' });
  // R4: matched with V1 in the week it asked; the match ended (planned) last week, closing the request.
  const r4 = await requestIn(execute, schemeId, by, { createdAt: W(5), status: 'CLOSED', matchedAt: W(5, 2), statusChangedAt: W(1), closedReason: 'MATCH_ENDED' });
  await matchIn(execute, schemeId, by, { requestId: r4, volunteerId: v1, proposedAt: W(5, 0, 1), activatedAt: W(5, 2), endedAt: W(1), status: 'ENDED' });
  // R5: matched with V2 two weeks ago; the match ended early last week, putting the person back on the list.
  const r5 = await requestIn(execute, schemeId, by, { createdAt: W(4), status: 'WAITING', matchedAt: W(2, 1), statusChangedAt: W(1) });
  await matchIn(execute, schemeId, by, { requestId: r5, volunteerId: v2, proposedAt: W(2, 0, 2), activatedAt: W(2, 1), endedAt: W(1), status: 'ENDED' });
  // R7: asked last week, waiting.
  await requestIn(execute, schemeId, by, { createdAt: W(1) });
  // V5: one place, approved last week, yet holding two matches (R8 and R9, asked and matched last week): no spare place, never less.
  const v5 = await volunteerIn(execute, schemeId, { capacity: 1, approvedAt: W(1) });
  await dbsCheck(execute, schemeId, v5, { recordedAt: W(1), recheckDueOn: farFuture });
  for (let n = 0; n < 2; n++) {
    const r = await requestIn(execute, schemeId, by, { createdAt: W(1, 1), status: 'MATCHED', matchedAt: W(1, 2), statusChangedAt: W(1, 2) });
    await matchIn(execute, schemeId, by, { requestId: r, volunteerId: v5, proposedAt: W(1, 1, 1), activatedAt: W(1, 2), status: 'ACTIVE' });
  }

  // Another scheme's volunteer and request never count here.
  const other = await createScheme(kindred, 'Somewhere else');
  const elsewhere = await volunteerIn(execute, other.id, { capacity: 5, approvedAt: W(7) });
  await dbsCheck(execute, other.id, elsewhere, { recordedAt: W(7), recheckDueOn: farFuture });
  await requestIn(execute, other.id, by, { createdAt: W(7) });
}, 60_000);
afterAll(() => kindred.close());

async function capacity(weeks?: number): Promise<CapacityWeek[]> {
  return expectSuccess(await admin.client.graphql<{ capacityOverTime: CapacityWeek[] }>(CAPACITY, { schemeId, weeks })).capacityOverTime;
}

describe('capacity over time', () => {
  it('reconstructs every column of every week from the recorded timestamps', async () => {
    const expected: Array<Omit<CapacityWeek, 'weekStarting'>> = [
      // 7 weeks ago: V2 only; R1 waiting.
      { activeVolunteers: 1, sparePlaces: 3, peopleWaiting: 1, matchesMade: 0, medianDaysToMatch: null },
      // 6 weeks ago: V1 (one place held by R1's proposal) and V2 (the declined proposal holds nothing).
      { activeVolunteers: 2, sparePlaces: 4, peopleWaiting: 3, matchesMade: 0, medianDaysToMatch: null },
      // 5 weeks ago: V1 full (R1, R4); R1 and R4 matched.
      { activeVolunteers: 2, sparePlaces: 3, peopleWaiting: 2, matchesMade: 2, medianDaysToMatch: (waits.r1 + waits.r4) / 2 },
      // 4 weeks ago: V2's check lapsed; R2 withdrew; R5 asked.
      { activeVolunteers: 1, sparePlaces: 0, peopleWaiting: 2, matchesMade: 0, medianDaysToMatch: null },
      // 3 weeks ago: V1 paused.
      { activeVolunteers: 0, sparePlaces: 0, peopleWaiting: 2, matchesMade: 0, medianDaysToMatch: null },
      // 2 weeks ago: V2's new check; R3 and R5 matched with V2.
      { activeVolunteers: 1, sparePlaces: 1, peopleWaiting: 0, matchesMade: 2, medianDaysToMatch: Math.round(((waits.r3 + waits.r5) / 2) * 10) / 10 },
      // last week: R5's match ended early (back on the list), R4's ended and closed; R7 asked; V5 approved, R8 and R9 matched.
      { activeVolunteers: 2, sparePlaces: 2, peopleWaiting: 2, matchesMade: 2, medianDaysToMatch: 1 },
      // this week, now.
      { activeVolunteers: 2, sparePlaces: 2, peopleWaiting: 2, matchesMade: 0, medianDaysToMatch: null },
    ];
    const weeks = await capacity(8);
    expect(weeks.map((w) => w.weekStarting)).toEqual([7, 6, 5, 4, 3, 2, 1, 0].map((n) => mondayOf(n)));
    expect(weeks).toEqual(expected.map((week, i) => ({ weekStarting: mondayOf(7 - i), ...week })));
    expect(waits).toEqual({ r1: 14, r4: 2, r3: 28, r5: 15 });
  });

  it('gives 26 weeks unless asked, each starting on a Monday, the current week last', async () => {
    const weeks = await capacity();
    expect(weeks).toHaveLength(26);
    expect(weeks.at(-1)?.weekStarting).toBe(mondayOf(0));
    expect(weeks[0]?.weekStarting).toBe(mondayOf(25));
    for (const w of weeks) expect(new Date(`${w.weekStarting}T00:00:00Z`).getUTCDay()).toBe(1);
    // Weeks before anything happened are empty, not missing.
    expect(weeks[0]).toMatchObject({ activeVolunteers: 0, sparePlaces: 0, peopleWaiting: 0, matchesMade: 0, medianDaysToMatch: null });
  });

  it('accepts 1 to 104 weeks and refuses anything else with a message', async () => {
    expect(await capacity(1)).toHaveLength(1);
    expect(await capacity(104)).toHaveLength(104);
    for (const weeks of [0, -3, 105, 1000]) {
      const message = expectFieldProblem(await admin.client.graphql(CAPACITY, { schemeId, weeks }), 'weeks');
      expect(message).toBe('Choose between 1 and 104 weeks');
    }
  });

  it('treats an id that is not a scheme as one that does not exist', async () => {
    expectErrorCode(await admin.client.graphql(CAPACITY, { schemeId: 'not-an-id' }), 'NOT_FOUND');
    expectErrorCode(await admin.client.graphql(CAPACITY, { schemeId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
  });
});
