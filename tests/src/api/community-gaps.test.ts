/**
 * The gap picture and "what would help most": a scheme built so that we know exactly who is blocked
 * and why, checked against the matching engine's own suggestions; the weekly snapshots, by the page
 * and by the daily job at a chosen time; and who may see any of it (no names, no postcodes).
 */
import { addDays } from '@kindred/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotEveryScheme } from '../../../server/src/community/gaps/gap-snapshot-job.ts';
import { addWeeks, weekStartingOf } from '../../../server/src/community/gaps/week.ts';
import { MatchingEngine } from '../../../server/src/matching/engine/matching-engine.ts';
import { appoint, buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { buildPerson, signUp } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { GAP_PICTURE, gapPictureOf, RECRUIT_SUGGESTIONS, recruitSuggestionsOf, referWaiting, type GapPicture } from './community-gaps-support.ts';
import { approvedVolunteer } from './matching-support.ts';
import { ABOUT_MARGARET, askForBefriender, saveAboutMe } from './seekers-support.ts';
import { CONFIRM_SKILL, myVolunteer, UPDATE_MY_PROFILE } from './volunteers-support.ts';

// The daily snapshot job stays off: the test runs it itself at chosen times.
const kindred = await startTestKindred({ env: { SCHEDULED_JOBS: 'false' } });

const SUGGEST = `query Suggest($requestId: ID!) { suggestMatches(requestId: $requestId, limit: 10) { suggestions { volunteerId } unmatchedReasons { kind text } } }`;
type Suggest = { suggestMatches: { suggestions: Array<{ volunteerId: string }>; unmatchedReasons: Array<{ kind: string; text: string }> } };

/**
 * The only approved volunteer (READY_PROFILE) lives in HX7, meets in person or by phone, free on
 * Tuesday afternoons and Saturday mornings, with no confirmed skills. Against them:
 */
const PEOPLE = {
  // Free when the volunteer is and close by, but uses BSL: only a signer will do.
  bslOne: { name: 'Beryl Signer', postcode: 'HX7 6AB', accessNeeds: ['BSL'], contactModes: ['IN_PERSON'], free: [['TUE', 'AFTERNOON']] },
  bslTwo: { name: 'Basil Signer', postcode: 'HX7 5QL', accessNeeds: ['BSL'], contactModes: ['IN_PERSON'], free: [['TUE', 'AFTERNOON']] },
  // Only by text message; the volunteer meets and phones.
  textOnly: { name: 'Tessa Texter', postcode: 'HX7 8BD', accessNeeds: ['TEXT_CONTACT'], contactModes: ['TEXT'], free: [['TUE', 'AFTERNOON']] },
  // Free only on Monday evenings.
  evenings: { name: 'Eddie Evening', postcode: 'HX7 6AA', contactModes: ['IN_PERSON', 'PHONE'], free: [['MON', 'EVENING']] },
  // In Leeds, in person only: 30 km away.
  farAway: { name: 'Fiona Faraway', postcode: 'LS6 1AA', contactModes: ['IN_PERSON'], free: [['TUE', 'AFTERNOON']] },
  // Fits the volunteer: one volunteer who fits is "too few".
  fits: { name: 'Frank Fitting', postcode: 'HX7 8AF', contactModes: ['IN_PERSON', 'PHONE'], free: [['TUE', 'AFTERNOON']] },
} as const;
type Who = keyof typeof PEOPLE;

let cast: Cast;
let volunteerId: string;
const requestOf = {} as Record<Who, string>;
beforeAll(async () => {
  cast = await buildCast(kindred);
  volunteerId = await approvedVolunteer(cast.linkWorker.client, cast.volunteer);
  for (const [who, person] of Object.entries(PEOPLE)) {
    requestOf[who as Who] = await referWaiting(cast.linkWorker.client, cast.scheme.id, person);
  }
}, 120_000);
afterAll(() => kindred.close());

const groupOf = (groups: GapPicture['byBlocker'], key: string) => groups.find((g) => g.key === key);

/** How suggestMatches sees each person: the volunteers it offers, and why nobody fits. */
async function engineView(who: Who) {
  return expectSuccess(await cast.linkWorker.client.graphql<Suggest>(SUGGEST, { requestId: requestOf[who] })).suggestMatches;
}

describe('the gap picture', () => {
  it('counts who waits with no volunteer, and with too few, grouped by what blocks them and where', async () => {
    const picture = await gapPictureOf(cast.communityBuilder.client, cast.scheme.id);
    expect(picture).toMatchObject({ waiting: 6, none: 5, few: 1 });

    const blockers = Object.fromEntries(picture.byBlocker.map((g) => [g.key, { people: g.people, none: g.none, few: g.few }]));
    expect(blockers).toEqual({
      'SKILL:SIGNS_BSL': { people: 2, none: 2, few: 0 },
      CONTACT_MODE: { people: 1, none: 1, few: 0 },
      TIME: { people: 1, none: 1, few: 0 },
      DISTANCE: { people: 1, none: 1, few: 0 },
      // Why no more than one volunteer fits the person who fits: nobody else can take anyone new.
      CAPACITY: { people: 1, none: 0, few: 1 },
    });
    expect(groupOf(picture.byBlocker, 'SKILL:SIGNS_BSL')?.label).toBe('Needs a volunteer who signs BSL');

    const areas = Object.fromEntries(picture.byArea.map((g) => [g.key, { people: g.people, none: g.none, few: g.few }]));
    expect(areas).toEqual({ HX7: { people: 5, none: 4, few: 1 }, LS6: { people: 1, none: 1, few: 0 } });

    // The map puts each district at its centre, never at anyone's home.
    expect(picture.areas.find((a) => a.area === 'HX7')).toMatchObject({ latitude: 53.739, longitude: -2.009, people: 5, none: 4, few: 1, topBlocker: 'Needs a volunteer who signs BSL' });
    expect(picture.areas.find((a) => a.area === 'LS6')).toMatchObject({ latitude: 53.818, longitude: -1.566, people: 1, none: 1 });

    expect(picture.requests).toHaveLength(6);
    const bsl = picture.requests.filter((r) => r.blockers.some((b) => b.skill === 'SIGNS_BSL'));
    expect(bsl).toHaveLength(2);
    expect(bsl[0]).toMatchObject({ area: 'HX7', kind: 'BEFRIENDING', status: 'NONE', feasibleVolunteers: 0, blockers: [{ category: 'SKILL', skill: 'SIGNS_BSL', text: expect.stringContaining('signs BSL') }] });
    expect(picture.requests.filter((r) => r.status === 'FEW')).toEqual([
      expect.objectContaining({ area: 'HX7', feasibleVolunteers: 1, blockers: [expect.objectContaining({ category: 'CAPACITY', skill: null })] }),
    ]);
  });

  it('agrees with suggestMatches, person by person', async () => {
    const picture = await gapPictureOf(cast.communityBuilder.client, cast.scheme.id);
    const views = await Promise.all((Object.keys(PEOPLE) as Who[]).map(async (who) => [who, await engineView(who)] as const));
    const nobody = views.filter(([, v]) => v.suggestions.length === 0).map(([who]) => who);
    expect(nobody.sort()).toEqual(['bslOne', 'bslTwo', 'evenings', 'farAway', 'textOnly']);
    expect(picture.none).toBe(nobody.length);
    expect(views.filter(([, v]) => v.suggestions.length > 0 && v.suggestions.length < 3)).toHaveLength(picture.few);
    expect(Object.fromEntries(views)['bslOne']?.unmatchedReasons).toEqual([expect.objectContaining({ kind: 'MISSING_SKILL', text: expect.stringContaining('signs BSL') })]);
  });

  it('sends no names, postcodes or ids of the people waiting', async () => {
    const result = await cast.communityBuilder.client.graphql(GAP_PICTURE, { schemeId: cast.scheme.id });
    expectSuccess(result);
    for (const person of Object.values(PEOPLE)) {
      expect(result.text).not.toContain(person.name);
      expect(result.text).not.toContain(person.name.split(' ')[0]);
      expect(result.text).not.toContain(person.postcode);
    }
    for (const id of Object.values(requestOf)) expect(result.text).not.toContain(id);
    const suggestions = await cast.communityBuilder.client.graphql(RECRUIT_SUGGESTIONS, { schemeId: cast.scheme.id });
    expectSuccess(suggestions);
    for (const id of Object.values(requestOf)) expect(suggestions.text).not.toContain(id);
    for (const person of Object.values(PEOPLE)) expect(suggestions.text).not.toContain(person.postcode);
  });
});

describe('what would help most', () => {
  it('puts first the recruit who unblocks the most people, computed by the engine, with its words', async () => {
    const [top, ...rest] = await recruitSuggestionsOf(cast.communityBuilder.client, cast.scheme.id);
    expect(top).toMatchObject({
      kind: 'BEFRIENDING',
      contactMode: 'IN_PERSON',
      skills: ['SIGNS_BSL'],
      area: 'HX7',
      band: 'WEEKDAY_AFTERNOONS',
      bandLabel: 'weekday afternoons',
      language: null,
      peopleUnblocked: 2,
      addsToAbove: 2,
    });
    expect(top!.key).toMatch(/^[A-Za-z0-9._~%-]+$/);
    expect(top!.text).toBe(`${top!.volunteersNeeded} volunteer${top!.volunteersNeeded === 1 ? '' : 's'} who sign${top!.volunteersNeeded === 1 ? 's' : ''} BSL, near HX7, free weekday afternoons, would unblock 2 people`);
    // The others each unblock someone the ones above do not; together they reach every person with no volunteer.
    for (const s of rest) expect(s.addsToAbove).toBeGreaterThan(0);
    expect([top!, ...rest].reduce((n, s) => n + s.addsToAbove, 0)).toBe(5);
    // Text-only people can be helped from anywhere.
    expect(rest.find((s) => s.contactMode === 'TEXT')).toMatchObject({ area: null, band: null, peopleUnblocked: 1 });
  });

  it('takes a limit between 1 and 50', async () => {
    expect(await recruitSuggestionsOf(cast.communityBuilder.client, cast.scheme.id, 1)).toHaveLength(1);
    for (const limit of [0, 51]) {
      expectErrorCode(await cast.communityBuilder.client.graphql(RECRUIT_SUGGESTIONS, { schemeId: cast.scheme.id, limit }), 'BAD_USER_INPUT');
    }
  });
});

describe('who may see the gaps', () => {
  const ask = (client: Cast['nobody'], schemeId: string) => [
    client.graphql(GAP_PICTURE, { schemeId }),
    client.graphql(RECRUIT_SUGGESTIONS, { schemeId }),
  ];

  it('the scheme’s community builders, link workers and administrators', async () => {
    for (const staff of [cast.communityBuilder, cast.linkWorker, cast.admin]) {
      for (const result of await Promise.all(ask(staff.client, cast.scheme.id))) expectSuccess(result);
    }
  });

  it('nobody signed in', async () => {
    for (const result of await Promise.all(ask(cast.nobody, cast.scheme.id))) expectErrorCode(result, 'UNAUTHENTICATED');
  });

  it('not people seeking company or volunteers, who hold no staff role anywhere', async () => {
    for (const who of [cast.seeker, cast.volunteer]) {
      for (const result of await Promise.all(ask(who.client, cast.scheme.id))) expectErrorCode(result, 'FORBIDDEN');
    }
  });

  it('not staff of another scheme, nor anyone asking for a scheme that does not exist: as if it did not exist', async () => {
    const otherBuilder = await appoint(kindred, 'COMMUNITY_BUILDER', cast.otherScheme, 'Otto Builder');
    for (const staff of [cast.otherSchemeLinkWorker, otherBuilder]) {
      for (const result of await Promise.all(ask(staff.client, cast.scheme.id))) expectErrorCode(result, 'NOT_FOUND');
    }
    for (const schemeId of ['00000000-0000-4000-8000-000000000000', 'not-a-scheme']) {
      for (const result of await Promise.all(ask(cast.communityBuilder.client, schemeId))) expectErrorCode(result, 'NOT_FOUND');
    }
    // The other scheme's own picture is theirs, and shows none of this scheme's people.
    const theirs = await gapPictureOf(otherBuilder.client, cast.otherScheme.id);
    expect(theirs).toMatchObject({ waiting: 0, none: 0, few: 0, requests: [] });
  });
});

describe('weekly snapshots', () => {
  const rowsFor = async (schemeId: string) =>
    kindred.orm.em
      .fork()
      .execute<Array<{ week: string; waiting: number; none: number; computed_at: Date | string }>>(
        `select to_char(week_starting, 'YYYY-MM-DD') as week, waiting, none, computed_at from gap_snapshot where scheme_id = ? order by week_starting`,
        [schemeId],
      );

  it('keeps one row a week however often the picture is computed, and shows it in the trend', async () => {
    await gapPictureOf(cast.linkWorker.client, cast.scheme.id);
    const picture = await gapPictureOf(cast.linkWorker.client, cast.scheme.id);
    const thisWeek = weekStartingOf(new Date());
    const rows = (await rowsFor(cast.scheme.id)).filter((r) => r.week === thisWeek);
    expect(rows).toHaveLength(1);
    expect(picture.trend.filter((w) => w.weekStarting === thisWeek)).toEqual([{ weekStarting: thisWeek, waiting: picture.waiting, none: picture.none, few: picture.few }]);
  });

  it('the daily job snapshots every scheme at the time it is given; the latest in a week wins; the trend is the last 26 weeks, oldest first', async () => {
    const engine = new MatchingEngine();
    const run = (at: Date) => snapshotEveryScheme({ em: () => kindred.orm.em.fork(), engine }, at);
    const thisWeek = weekStartingOf(new Date());
    const threeWeeksAgo = addWeeks(thisWeek, -3);
    // Monday 09:00 and Wednesday 09:00 (London, GMT or BST: 08:00Z is 08:00 or 09:00, both on the day) of that week.
    const monday = new Date(`${threeWeeksAgo}T08:00:00Z`);
    const wednesday = new Date(`${addDays(threeWeeksAgo, 2)}T08:00:00Z`);

    expect(await run(monday)).toBeGreaterThanOrEqual(2);
    const before = (await rowsFor(cast.scheme.id)).filter((r) => r.week === threeWeeksAgo);
    expect(before).toEqual([expect.objectContaining({ waiting: 6, none: 5 })]);
    expect((await rowsFor(cast.otherScheme.id)).filter((r) => r.week === threeWeeksAgo)).toEqual([expect.objectContaining({ waiting: 0 })]);

    // Someone else starts waiting; Wednesday's run replaces Monday's row, and a late Monday run does not undo it.
    const extra = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Wendy Wednesday' }), cast.scheme);
    await referWaitingSelf(extra.client);
    await run(wednesday);
    await run(new Date(monday.getTime() + 3_600_000));
    const after = (await rowsFor(cast.scheme.id)).filter((r) => r.week === threeWeeksAgo);
    expect(after).toEqual([expect.objectContaining({ waiting: 7 })]);
    expect(new Date(after[0]!.computed_at).getTime()).toBe(wednesday.getTime());

    // Thirty weeks ago is outside the trend.
    await run(new Date(`${addWeeks(thisWeek, -30)}T08:00:00Z`));
    const { trend } = await gapPictureOf(cast.communityBuilder.client, cast.scheme.id);
    expect(trend.map((w) => w.weekStarting)).toEqual([threeWeeksAgo, thisWeek]);
    expect(trend[0]).toEqual({ weekStarting: threeWeeksAgo, waiting: 7, none: 6, few: 1 });
  });
});

describe('when a volunteer with the missing skill is approved', () => {
  it('the people who needed them no longer have nobody, and suggestMatches offers them the same volunteer', async () => {
    const signer = cast.anotherVolunteer;
    const signerId = await approvedVolunteer(cast.linkWorker.client, signer);
    expectSuccess(await signer.client.graphql(UPDATE_MY_PROFILE, { volunteerId: signerId, input: { skills: ['SIGNS_BSL'] } }));
    expectSuccess(await cast.linkWorker.client.graphql(CONFIRM_SKILL, { input: { volunteerId: signerId, skill: 'SIGNS_BSL', confirmed: true } }));
    expect((await myVolunteer(signer.client)).skills).toEqual([expect.objectContaining({ skill: 'SIGNS_BSL', confirmed: true })]);

    const picture = await gapPictureOf(cast.communityBuilder.client, cast.scheme.id);
    // One signer is still too few for them: the skill still keeps more from fitting, but nobody is left with none.
    expect(groupOf(picture.byBlocker, 'SKILL:SIGNS_BSL')).toMatchObject({ people: 2, none: 0, few: 2 });
    for (const who of ['bslOne', 'bslTwo'] as const) {
      const view = await engineView(who);
      expect(view.suggestions.map((s) => s.volunteerId)).toEqual([signerId]);
    }
    // The two BSL users now have one volunteer each (too few, not none); nobody else changed.
    expect(picture.requests.filter((r) => r.status === 'NONE')).toHaveLength(4);
    expect((await recruitSuggestionsOf(cast.communityBuilder.client, cast.scheme.id)).some((s) => s.skills.includes('SIGNS_BSL'))).toBe(false);
    expect(volunteerId).not.toBe(signerId);
  });
});

/** A signed-up person asks for a befriender with a profile nobody in the scheme fits (Sunday evenings, in person, HX7). */
async function referWaitingSelf(client: Cast['nobody']): Promise<void> {
  await saveAboutMe(client, {
    ...ABOUT_MARGARET,
    volunteerGender: 'NO_PREFERENCE',
    profile: { ...ABOUT_MARGARET.profile, accessNeeds: [], contactModes: ['IN_PERSON'], weeklyAvailability: [{ day: 'SUN', part: 'EVENING' }] },
  });
  await askForBefriender(client, { contactModes: ['IN_PERSON'] });
}
