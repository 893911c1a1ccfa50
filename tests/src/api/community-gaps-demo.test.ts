/**
 * The demo's gaps are real under the engine: the community builder of Calder Valley sees the BSL
 * users of Todmorden, the person who can only text and the one free only in the evenings with no
 * volunteer who fits, a trend going back eight weeks, and a signer near OL14 as what would help most.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kindred/server';
import { expectSuccess } from '../support/assertions.ts';
import type { Person } from '../support/kindred.ts';
import { startTestKindred } from '../support/kindred.ts';
import { SIGN_IN } from '../support/operations.ts';
import { gapPictureOf, recruitSuggestionsOf, type GapPicture } from './community-gaps-support.ts';

const kindred = await startTestKindred({ env: { DEMO_DATA: 'true' } });
afterAll(() => kindred.close());

async function demo(email: string, scheme: string): Promise<{ client: Person; schemeId: string }> {
  const client = kindred.person(email);
  const viewer = expectSuccess(
    await client.graphql<{ signIn: { memberships: Array<{ scheme: { id: string; name: string } }> } }>(SIGN_IN, { input: { email, password: DEMO_PASSWORD } }),
  ).signIn;
  return { client, schemeId: viewer.memberships.find((m) => m.scheme.name === scheme)?.scheme.id ?? '' };
}

let calder: GapPicture;
let builder: { client: Person; schemeId: string };
beforeAll(async () => {
  builder = await demo('communitybuilder@example.org', 'Calder Valley Connect');
  calder = await gapPictureOf(builder.client, builder.schemeId);
});

const blocker = (picture: GapPicture, key: string) => picture.byBlocker.find((g) => g.key === key);

describe('the demo gap picture', () => {
  it('shows Calder Valley’s people with no volunteer who fits, and why', () => {
    expect(calder.none).toBeGreaterThanOrEqual(5);
    expect(blocker(calder, 'SKILL:SIGNS_BSL')).toMatchObject({ people: 2, none: 2 });
    expect(blocker(calder, 'CONTACT_MODE')?.none).toBeGreaterThanOrEqual(1);
    expect(blocker(calder, 'TIME')?.none).toBeGreaterThanOrEqual(1);
    const todmorden = calder.areas.find((a) => a.area === 'OL14');
    expect(todmorden).toMatchObject({ latitude: 53.714, longitude: -2.101 });
    expect(todmorden!.none).toBeGreaterThanOrEqual(3);
    // Every district on the map has a centre, and the page has something in each table.
    expect(calder.areas.every((a) => a.latitude !== null && a.longitude !== null)).toBe(true);
    expect(calder.requests.length).toBe(calder.none + calder.few);
  });

  it('has a week-by-week trend going back eight weeks, oldest first, that grew as people joined', () => {
    expect(calder.trend).toHaveLength(9);
    const weeks = calder.trend.map((w) => w.weekStarting);
    expect(weeks).toEqual([...weeks].sort());
    expect(calder.trend[0]!.waiting).toBeLessThan(calder.trend.at(-1)!.waiting);
    expect(calder.trend.at(-1)).toMatchObject({ waiting: calder.waiting, none: calder.none, few: calder.few });
  });

  it('suggests a volunteer who signs BSL near Todmorden first', async () => {
    const [top] = await recruitSuggestionsOf(builder.client, builder.schemeId);
    expect(top).toMatchObject({ contactMode: 'IN_PERSON', skills: ['SIGNS_BSL'], area: 'OL14', peopleUnblocked: 2 });
  });

  it('shows Leeds its own people, who have no volunteers at all yet', async () => {
    const leeds = await demo('leeds.linkworker@example.org', 'Leeds North West Befriending');
    const picture = await gapPictureOf(leeds.client, leeds.schemeId);
    expect(picture).toMatchObject({ none: picture.waiting });
    expect(picture.waiting).toBeGreaterThanOrEqual(3);
    expect(picture.areas.map((a) => a.area).sort()).toEqual(['LS16', 'LS6']);
    const [top] = await recruitSuggestionsOf(leeds.client, leeds.schemeId);
    expect(top).toMatchObject({ area: 'LS6', band: 'WEEKDAY_EVENINGS', peopleUnblocked: 2 });
  });
});
