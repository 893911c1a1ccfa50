/**
 * suggestMatches: the best volunteers for one waiting request, with reasons in words, only for the
 * link workers of its scheme; and, when nobody fits, why not (stored for community builders).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { startTestKindred } from '../support/kindred.ts';
import { ABOUT_MARGARET, askForBefriender, saveAboutMe } from './seekers-support.ts';
import { APPROVE_VOLUNTEER, PAUSE_MY_VOLUNTEERING, RESUME_MY_VOLUNTEERING, sendApplication, vetUpToApproval } from './volunteers-support.ts';

const SUGGEST = `query Suggest($requestId: ID!, $limit: Int) {
  suggestMatches(requestId: $requestId, limit: $limit) {
    requestId
    suggestions { volunteerId firstName area approximateDistance fit fitInWords reasons { text audience } waysToKeepInTouch }
    unmatchedReasons { kind text volunteersBlocked onlyBlocker }
  }
}`;
type Suggestions = {
  suggestMatches: {
    requestId: string;
    suggestions: Array<{ volunteerId: string; firstName: string; area: string | null; fit: number; fitInWords: string; reasons: Array<{ text: string; audience: string }>; waysToKeepInTouch: string[] }>;
    unmatchedReasons: Array<{ kind: string; text: string; volunteersBlocked: number }>;
  };
};

// Someone who enjoys walking, free on Tuesday afternoons in Hebden Bridge, happy to meet or talk on the phone.
const ABOUT_WALKER = {
  ...ABOUT_MARGARET,
  profile: { ...ABOUT_MARGARET.profile, interests: ['walking', 'gardening'], accessNeeds: [], contactModes: ['IN_PERSON', 'PHONE'] },
  volunteerGender: 'NO_PREFERENCE',
};

const kindred = await startTestKindred();
let cast: Cast;
let volunteerId: string;
let walkerRequest: string;
let textOnlyRequest: string;
beforeAll(async () => {
  cast = await buildCast(kindred);
  const sent = await sendApplication(cast.volunteer);
  await vetUpToApproval(cast.linkWorker.client, sent);
  expectSuccess(await cast.linkWorker.client.graphql(APPROVE_VOLUNTEER, { volunteerId: sent.id }));
  volunteerId = sent.id;
  await saveAboutMe(cast.seeker.client, ABOUT_WALKER);
  walkerRequest = (await askForBefriender(cast.seeker.client)).id;
  // Someone who needs written contact; the only volunteer meets in person and by phone.
  await saveAboutMe(cast.anotherSeeker.client, { ...ABOUT_MARGARET, volunteerGender: 'NO_PREFERENCE' });
  textOnlyRequest = (await askForBefriender(cast.anotherSeeker.client)).id;
}, 120_000);
afterAll(() => kindred.close());

const suggest = (who: { graphql: (q: string, v?: Record<string, unknown>) => Promise<unknown> }, requestId = walkerRequest, limit?: number) =>
  who.graphql(SUGGEST, { requestId, limit }) as ReturnType<typeof cast.nobody.graphql<Suggestions>>;

describe('suggestMatches refuses', () => {
  it('nobody signed in', async () => expectErrorCode(await suggest(cast.nobody), 'UNAUTHENTICATED'));
  it('the person themself, volunteers and community builders', async () => {
    for (const who of [cast.seeker, cast.volunteer, cast.anotherVolunteer, cast.communityBuilder]) expectErrorCode(await suggest(who.client), 'FORBIDDEN');
  });
  it('a link worker of another scheme, as if the request did not exist', async () => {
    expectErrorCode(await suggest(cast.otherSchemeLinkWorker.client), 'NOT_FOUND');
  });
  it('an unknown request, and a silly limit', async () => {
    expectErrorCode(await suggest(cast.linkWorker.client, '00000000-0000-4000-8000-000000000000'), 'NOT_FOUND');
    expectErrorCode(await suggest(cast.linkWorker.client, 'not-an-id'), 'NOT_FOUND');
    expectErrorCode(await suggest(cast.linkWorker.client, walkerRequest, 0), 'BAD_USER_INPUT');
    expectErrorCode(await suggest(cast.linkWorker.client, walkerRequest, 500), 'BAD_USER_INPUT');
  });
});

describe('suggestMatches', () => {
  it('offers the scheme’s link worker and admin the approved volunteer, with reasons in words', async () => {
    for (const staff of [cast.linkWorker, cast.admin]) {
      const { suggestions, unmatchedReasons } = expectSuccess(await suggest(staff.client)).suggestMatches;
      expect(unmatchedReasons).toEqual([]);
      expect(suggestions).toHaveLength(1);
      const [s] = suggestions;
      expect(s).toMatchObject({ volunteerId, firstName: 'Vera', area: 'HX7', waysToKeepInTouch: ['IN_PERSON', 'PHONE'] });
      expect(s!.fit).toBeGreaterThan(0);
      expect(s!.reasons).toContainEqual({ text: 'You both enjoy walking', audience: 'EVERYONE' });
      expect(s!.reasons).toContainEqual({ text: 'Both free on Tuesday afternoons', audience: 'EVERYONE' });
      expect(s!.reasons.some((r) => r.audience === 'STAFF' && /free place/.test(r.text))).toBe(true);
    }
  });

  it('says why nobody fits, in words, and keeps it for the community builders', async () => {
    const { suggestions, unmatchedReasons } = expectSuccess(await suggest(cast.linkWorker.client, textOnlyRequest)).suggestMatches;
    expect(suggestions).toEqual([]);
    expect(unmatchedReasons[0]).toMatchObject({ kind: 'NO_SHARED_CONTACT_MODE', volunteersBlocked: 1 });
    expect(unmatchedReasons[0]!.text).toMatch(/ways asked for/);
    const stored = await kindred.orm.em.fork().getConnection().execute('select reasons from unmatched_request where request_id = ?', [textOnlyRequest]);
    expect(stored).toHaveLength(1);
  });

  it('stops suggesting a volunteer as soon as they pause, and again when they resume', async () => {
    const stored = () => kindred.orm.em.fork().getConnection().execute<Array<{ reasons: Array<{ kind: string }> }>>('select reasons from unmatched_request where request_id = ?', [walkerRequest]);
    expectSuccess(await cast.volunteer.client.graphql(PAUSE_MY_VOLUNTEERING, { volunteerId, reason: 'On holiday' }));
    await expect.poll(async () => expectSuccess(await suggest(cast.linkWorker.client)).suggestMatches.suggestions.length, { timeout: 3000 }).toBe(0);
    // Why nobody fits is kept for the community builders while it holds, and forgotten once someone fits again.
    expect((await stored()).map((r) => r.reasons.map((reason) => reason.kind))).toEqual([['NO_AVAILABLE_VOLUNTEER']]);
    expectSuccess(await cast.volunteer.client.graphql(RESUME_MY_VOLUNTEERING, { volunteerId }));
    await expect.poll(async () => expectSuccess(await suggest(cast.linkWorker.client)).suggestMatches.suggestions.length, { timeout: 3000 }).toBe(1);
    expect(await stored()).toEqual([]);
  });
});
