/**
 * Who may see capacity over time, activities to start and stale listings: the scheme's community
 * builders, link workers and administrators. Nobody signed in is asked to sign in; people seeking
 * company and volunteers are refused by role; staff of another scheme are told the scheme does not
 * exist. What the allowed see carries no name, postcode or coordinates of a person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { createActivity } from './directory-helpers.ts';
import { refer } from './seekers-support.ts';
import { CAPACITY, STALE, TO_START } from './community-capacity-support.ts';

const kindred = await startTestKindred();
let cast: Cast;
beforeAll(async () => {
  cast = await buildCast(kindred);
  // Three people in HX7 who enjoy walking, and an old listing, so every answer has something in it.
  for (const [name, postcode] of [['Agnes Whitworth', 'HX7 8AA'], ['Bernard Whitworth', 'HX7 8AB'], ['Clara Whitworth', 'HX7 6BC']]) {
    await refer(cast.linkWorker.client, cast.scheme.id, {
      name,
      contact: { phone: '01422 845123', address: '4 Mill Lane, Hebden Bridge', preferredContact: 'PHONE' },
      profile: { interests: ['walking'], accessNeeds: [], contactModes: ['IN_PERSON'], postcode },
    });
  }
  const listing = await createActivity(cast.linkWorker.client, cast.scheme.id, { title: 'Old listing' });
  await kindred.orm.em.fork().getConnection().execute(`update activity set last_checked_at = now() - interval '1 year' where id = ?`, [listing.id]);
}, 120_000);
afterAll(() => kindred.close());

const OPERATIONS = [
  ['capacityOverTime', CAPACITY, (schemeId: string) => ({ schemeId, weeks: 4 })],
  ['activitiesToStart', TO_START, (schemeId: string) => ({ schemeId })],
  ['staleListings', STALE, (schemeId: string) => ({ schemeId })],
] as const;

describe.each(OPERATIONS)('%s', (name, operation, variables) => {
  it('asks nobody signed in to sign in', async () => {
    expectErrorCode(await cast.nobody.graphql(operation, variables(cast.scheme.id)), 'UNAUTHENTICATED');
  });

  it('refuses people seeking company and volunteers of the scheme, with no data', async () => {
    for (const who of [cast.seeker, cast.volunteer]) {
      const result = await who.client.graphql(operation, variables(cast.scheme.id));
      expectErrorCode(result, 'FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    }
  });

  it('treats the scheme as unknown to a link worker of another scheme', async () => {
    const result = await cast.otherSchemeLinkWorker.client.graphql(operation, variables(cast.scheme.id));
    expectErrorCode(result, 'NOT_FOUND');
    expect(result.errors?.[0]?.message).toBe('That scheme could not be found');
  });

  it('answers the scheme’s community builder, link worker and administrator alike, with no names, postcodes or places', async () => {
    const answers = [];
    for (const who of [cast.communityBuilder, cast.linkWorker, cast.admin]) {
      const result = await who.client.graphql<Record<string, unknown[]>>(operation, variables(cast.scheme.id));
      const data = expectSuccess(result);
      expect(data[name]!.length).toBeGreaterThan(0);
      expect(result.text).not.toMatch(/Whitworth|Agnes|Mill Lane|01422|HX7 8AA|HX7 8AB|HX7 6BC|latitude|longitude/);
      answers.push(data);
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});

describe('what the community builder sees in answers', () => {
  it('the walking group by district only, and the listing by its own title and district', async () => {
    const groups = expectSuccess(await cast.communityBuilder.client.graphql<{ activitiesToStart: unknown[] }>(TO_START, { schemeId: cast.scheme.id })).activitiesToStart;
    expect(groups).toEqual([{ interest: 'walking', interestLabel: 'Walking', area: 'HX7', people: 3, nearestKm: null, nearestTitle: null }]);
    const stale = expectSuccess(await cast.communityBuilder.client.graphql<{ staleListings: unknown[] }>(STALE, { schemeId: cast.scheme.id })).staleListings;
    expect(stale).toEqual([expect.objectContaining({ title: 'Old listing', area: 'HX7', monthsSinceChecked: 12 })]);
  });
});
