/** The demo directory loads as the README describes: realistic groups, most checked lately, two not. */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kindred/server';
import { expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { SIGN_IN } from '../support/operations.ts';
import { search } from './directory-helpers.ts';

const kindred = await startTestKindred({ env: { DEMO_DATA: 'true' } });
afterAll(() => kindred.close());

async function demo(email: string) {
  const client = kindred.person(email);
  const viewer = expectSuccess(
    await client.graphql<{ signIn: { memberships: Array<{ scheme: { id: string; name: string } }> } }>(SIGN_IN, { input: { email, password: DEMO_PASSWORD } }),
  ).signIn;
  return { client, calder: viewer.memberships.find((m) => m.scheme.name === 'Calder Valley Connect')?.scheme };
}

describe('the demo directory', () => {
  it('finds the step-free Tuesday-afternoon arts group near Hebden Bridge for Margaret', async () => {
    const { client, calder } = await demo('seeker@example.org');
    const page = await search(client, {
      schemeId: calder!.id,
      postcode: 'HX7 8AF',
      withinKm: 5,
      day: 'TUE',
      partOfDay: 'AFTERNOON',
      interests: ['painting'],
      features: ['STEP_FREE'],
    });
    expect(page.results.map((r) => r.activity.title)).toEqual(['Tuesday Afternoon Art Group']);
  });

  it('lists the two listings nobody has checked for over 90 days for the link worker', async () => {
    const { client, calder } = await demo('linkworker@example.org');
    const stale = await search(client, { schemeId: calder!.id, needsChecking: true });
    expect(stale.results.map((r) => r.activity.title)).toEqual(['Friday Lunch Club', 'Growing Together Community Garden']);
    const all = await search(client, { schemeId: calder!.id, first: 50 });
    expect(all.totalCount).toBe(11);
  });
});
