/** The demo people seeking company load as described in the README, and their link workers see them. */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kindred/server';
import { expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { SIGN_IN } from '../support/operations.ts';
import { mySupport, seekerRecord, waitingListOf } from './seekers-support.ts';

const kindred = await startTestKindred({ env: { DEMO_DATA: 'true' } });
afterAll(() => kindred.close());

async function demo(email: string) {
  const client = kindred.person(email);
  const viewer = expectSuccess(await client.graphql<{ signIn: { memberships: Array<{ role: string; scheme: { id: string; name: string } }> } }>(SIGN_IN, {
    input: { email, password: DEMO_PASSWORD },
  })).signIn;
  return { client, viewer };
}

describe('demo people seeking company', () => {
  it('shows Calder Valley’s waiting list longest wait first, with a referred person who has no account', async () => {
    const { client, viewer } = await demo('linkworker@example.org');
    const calder = viewer.memberships.find((m) => m.scheme.name === 'Calder Valley Connect')!.scheme;
    const list = await waitingListOf(client, calder.id);
    // Joan is matched with Arthur in the demo (server/src/matching/demo-matches.ts), so she is no longer waiting.
    // The gaps demo (server/src/community/gaps/demo.ts) adds other people who wait; these are the seekers demo's own.
    const own = list.filter((e) => ['Margaret Sutcliffe', 'Ellen Greenwood', 'Derek Holroyd', 'Joan Ackroyd'].includes(e.name));
    expect(own.map((e) => e.name)).toEqual(['Margaret Sutcliffe', 'Ellen Greenwood', 'Derek Holroyd']);
    expect(list[0]?.name, 'longest wait first').toBe('Margaret Sutcliffe');
    expect(own[0]?.lastContactedAt).not.toBeNull();
    expect(own[2]?.lastContactedAt).toBeNull();
    const ellen = await seekerRecord(client, own[1]!.seekerId);
    expect(ellen).toMatchObject({ hasAccount: false, referral: { route: 'LINK_WORKER', referredByName: 'Sam Okafor' } });
    expect(ellen.consents.map((c) => c.purpose).sort()).toEqual(['ACCESS_NEEDS', 'REFERRAL', 'SHARE_WITH_VOLUNTEER']);
  });

  it('tells Margaret where she stands', async () => {
    const { client } = await demo('seeker@example.org');
    const support = await mySupport(client);
    expect(support.aboutMe.whatMattersToMe).toMatch(/garden/);
    expect(support.requests[0]?.queue?.inWords).toBe('You are next in the queue for a befriender.');
  });

  it('keeps Kwame in Leeds, out of sight of Calder Valley’s link worker', async () => {
    const { client: leeds, viewer } = await demo('leeds.linkworker@example.org');
    const list = await waitingListOf(leeds, viewer.memberships[0]!.scheme.id);
    const kwame = list.find((e) => e.name === 'Kwame Mensah');
    expect(kwame, 'Kwame waits in Leeds').toBeDefined();
    const { client: calder } = await demo('linkworker@example.org');
    const attempt = await calder.graphql('query Seeker($id: ID!) { seeker(id: $id) { id } }', { id: kwame!.seekerId });
    expect(attempt.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
