/**
 * The demo gives the capacity and activities pages something true to show for Calder Valley's
 * community builder: singers near Hebden Bridge with the only choir out of reach, would-be dancers
 * in Todmorden with no dancing at all, a listing unchecked for eight months, and weeks of history.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kindred/server';
import { expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { SIGN_IN } from '../support/operations.ts';
import { CAPACITY, STALE, TO_START, type ActivityToStart, type CapacityWeek, type StaleListing } from './community-capacity-support.ts';
import { waitingListOf } from './seekers-support.ts';

const kindred = await startTestKindred({ env: { DEMO_DATA: 'true' } });
afterAll(() => kindred.close());

async function demo(email: string) {
  const client = kindred.person(email);
  const viewer = expectSuccess(await client.graphql<{ signIn: { memberships: Array<{ scheme: { id: string; name: string } }> } }>(SIGN_IN, {
    input: { email, password: DEMO_PASSWORD },
  })).signIn;
  return { client, calder: viewer.memberships.find((m) => m.scheme.name === 'Calder Valley Connect')!.scheme.id };
}

describe('the demo, for Calder Valley’s community builder', () => {
  it('suggests a singing group near Hebden Bridge and a dancing group in Todmorden', async () => {
    const { client, calder } = await demo('communitybuilder@example.org');
    const groups = expectSuccess(await client.graphql<{ activitiesToStart: ActivityToStart[] }>(TO_START, { schemeId: calder })).activitiesToStart;
    expect(groups.find((g) => g.interest === 'singing' && g.area === 'HX7')).toMatchObject({
      people: 4,
      nearestTitle: 'Calder Valley Community Choir',
      nearestKm: expect.any(Number),
    });
    expect(groups.find((g) => g.interest === 'dancing')).toEqual({
      interest: 'dancing', interestLabel: 'Dancing', area: 'OL14', people: 3, nearestKm: null, nearestTitle: null,
    });
  });

  it('lists the Friday Lunch Club, unchecked for eight months', async () => {
    const { client, calder } = await demo('communitybuilder@example.org');
    const stale = expectSuccess(await client.graphql<{ staleListings: StaleListing[] }>(STALE, { schemeId: calder })).staleListings;
    expect(stale.map((l) => [l.title, l.area, l.monthsSinceChecked])).toEqual([['Friday Lunch Club', 'HX7', 8]]);
  });

  it('shows weeks of history, with this week’s waiting list as the link worker sees it', async () => {
    const { client, calder } = await demo('communitybuilder@example.org');
    const weeks = expectSuccess(await client.graphql<{ capacityOverTime: CapacityWeek[] }>(CAPACITY, { schemeId: calder })).capacityOverTime;
    const staff = await demo('linkworker@example.org');
    expect(weeks.at(-1)!.peopleWaiting).toBe((await waitingListOf(staff.client, staff.calder)).length);
    expect(new Set(weeks.map((w) => w.peopleWaiting)).size).toBeGreaterThan(3);
    expect(new Set(weeks.map((w) => w.activeVolunteers)).size).toBeGreaterThan(1);
    expect(weeks.reduce((sum, w) => sum + w.matchesMade, 0)).toBeGreaterThanOrEqual(2);
    // Joan waited five weeks; nobody was matched before they asked.
    expect(weeks.map((w) => w.medianDaysToMatch)).toContain(35);
    for (const w of weeks) if (w.medianDaysToMatch !== null) expect(w.medianDaysToMatch).toBeGreaterThanOrEqual(0);
  });
});
