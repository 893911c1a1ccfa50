/**
 * Groups worth starting and listings to check. People are referred and activities listed through
 * the API; only the dates a test is about (when someone asked, when a listing was checked) are set
 * in the database. Every answer is counts by district: no names, no postcodes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { createScheme, theAdmin, type Admin } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { createActivity, REMOVE } from './directory-helpers.ts';
import { refer } from './seekers-support.ts';
import { execute as executeOn } from './assignment-support.ts';
import { STALE, TO_START, type ActivityToStart, type StaleListing } from './community-capacity-support.ts';

const kindred = await startTestKindred();
const execute = executeOn(kindred);
let admin: Admin;
beforeAll(async () => {
  admin = await theAdmin(kindred);
}, 60_000);
afterAll(() => kindred.close());

const FULL_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;

async function toStart(schemeId: string): Promise<ActivityToStart[]> {
  const result = await admin.client.graphql<{ activitiesToStart: ActivityToStart[] }>(TO_START, { schemeId });
  expect(result.text).not.toMatch(FULL_POSTCODE);
  return expectSuccess(result).activitiesToStart;
}

const FIRST_NAMES = ['Ada', 'Bert', 'Cora', 'Dot', 'Edna', 'Fred', 'Gwen', 'Hal'];
let people = 0;
/** Refers a person (surname Ogden) with these interests living at `postcode`; returns their request's id. */
async function person(schemeId: string, postcode: string, interests: string[], travelRadiusKm?: number): Promise<string> {
  const name = `${FIRST_NAMES[people++ % FIRST_NAMES.length]} Ogden`;
  const record = await refer(admin.client, schemeId, {
    name,
    profile: { interests, accessNeeds: [], contactModes: ['IN_PERSON'], postcode, ...(travelRadiusKm ? { travelRadiusKm } : {}) },
  });
  return record.requests[0]!.id;
}

const venue = (postcode: string, town: string) => ({ postcode, town, venueName: `${town} hall`, addressLine1: '1 High Street' });

describe('activities to start', () => {
  it('suggests interests that 3 or more people in one district share with nothing within reach, biggest first', async () => {
    const scheme = await createScheme(kindred, 'Groups A');
    await person(scheme.id, 'HX7 8AA', ['chess', 'walking', 'pottery']);
    await person(scheme.id, 'HX7 8AB', ['chess', 'walking', 'pottery']);
    await person(scheme.id, 'HX7 6BC', ['chess', 'walking']);
    await person(scheme.id, 'HX7 6BD', ['chess']);
    const groups = await toStart(scheme.id);
    // Pottery (2 people) is not shown: a group that small could point to someone.
    expect(groups).toEqual([
      { interest: 'chess', interestLabel: 'Chess and draughts', area: 'HX7', people: 4, nearestKm: null, nearestTitle: null },
      { interest: 'walking', interestLabel: 'Walking', area: 'HX7', people: 3, nearestKm: null, nearestTitle: null },
    ]);
    expect(JSON.stringify(groups)).not.toMatch(/Ogden|latitude|longitude/);

    // A walking group within everyone's reach (the usual 5 km) takes walking off the list...
    const walk = await createActivity(admin.client, scheme.id, { title: 'Hebden Bridge Rambles', interests: ['walking'], ...venue('HX7 8DG', 'Hebden Bridge') });
    expect((await toStart(scheme.id)).map((g) => g.interest)).toEqual(['chess']);
    // ...until it is taken out of the directory.
    expectSuccess(await admin.client.graphql(REMOVE, { id: walk.id }));
    expect((await toStart(scheme.id)).map((g) => g.interest)).toEqual(['chess', 'walking']);
  });

  it('still suggests a group when the only such activities are out of reach, naming the nearest', async () => {
    const scheme = await createScheme(kindred, 'Groups B');
    for (const postcode of ['HX7 8AA', 'HX7 8AB', 'HX7 6BC']) await person(scheme.id, postcode, ['singing'], 2);
    // Someone who would travel 15 km can reach the Todmorden choir, so is not counted.
    await person(scheme.id, 'HX7 6BD', ['singing'], 15);
    await createActivity(admin.client, scheme.id, { title: 'Todmorden Choir', interests: ['singing'], ...venue('OL14 6LE', 'Todmorden') });
    await createActivity(admin.client, scheme.id, { title: 'Headingley Singers', interests: ['singing'], ...venue('LS6 3AW', 'Leeds') });
    await createActivity(admin.client, scheme.id, { title: 'Art in Hebden', interests: ['painting'], ...venue('HX7 8DG', 'Hebden Bridge') });
    const [group, ...rest] = await toStart(scheme.id);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({ interest: 'singing', interestLabel: 'Singing and choirs', area: 'HX7', people: 3, nearestTitle: 'Todmorden Choir' });
    // Hebden Bridge to Todmorden is about 7 km; rounded to whole km.
    expect(Number.isInteger(group!.nearestKm)).toBe(true);
    expect(group!.nearestKm).toBeGreaterThanOrEqual(3);
    expect(group!.nearestKm).toBeLessThanOrEqual(10);
  });

  it('counts people waiting or matched, and those who asked within six months, each in their own district', async () => {
    const scheme = await createScheme(kindred, 'Groups C');
    await person(scheme.id, 'HX7 8AA', ['dancing']);
    const withdrew = await person(scheme.id, 'HX7 8AB', ['dancing']);
    const longAgo = await person(scheme.id, 'HX7 6BC', ['dancing']);
    // Two in Todmorden too: a separate district, and too few.
    await person(scheme.id, 'OL14 5AB', ['dancing']);
    await person(scheme.id, 'OL14 6QT', ['dancing']);
    await execute(`update support_request set status = 'CLOSED', closed_reason = 'WITHDRAWN_BY_PERSON', created_at = now() - interval '2 months' where id = ?`, [withdrew]);
    await execute(`update support_request set status = 'CLOSED', closed_reason = 'WITHDRAWN_BY_PERSON', created_at = now() - interval '7 months' where id = ?`, [longAgo]);
    expect(await toStart(scheme.id)).toEqual([]);

    await execute(`update support_request set created_at = now() - interval '5 months' where id = ?`, [longAgo]);
    expect(await toStart(scheme.id)).toEqual([
      { interest: 'dancing', interestLabel: 'Dancing', area: 'HX7', people: 3, nearestKm: null, nearestTitle: null },
    ]);
  });
});

describe('stale listings', () => {
  let schemeId: string;
  const ids: Record<string, string> = {};
  const setDates = (title: string, set: string) => execute(`update activity set ${set} where id = ?`, [ids[title]]);

  beforeAll(async () => {
    schemeId = (await createScheme(kindred, 'Listings')).id;
    for (const [title, postcode] of [
      ['Eight months', 'HX7 8DG'],
      ['Seven months', 'OL14 6LE'],
      ['Never checked, listed nine months ago', 'HX7 8EP'],
      ['Never checked, listed last month', 'HX7 8EP'],
      ['Two months', 'HX7 8DG'],
      ['Removed, ten months', 'HX7 8DG'],
    ] as const) {
      ids[title] = (await createActivity(admin.client, schemeId, { title, ...venue(postcode, 'Hebden Bridge') })).id;
    }
    await setDates('Eight months', `last_checked_at = now() - interval '8 months 1 day', created_at = now() - interval '2 years'`);
    await setDates('Seven months', `last_checked_at = now() - interval '7 months 1 day', created_at = now() - interval '2 years'`);
    await setDates('Never checked, listed nine months ago', `last_checked_at = null, created_at = now() - interval '9 months 1 day'`);
    await setDates('Never checked, listed last month', `last_checked_at = null, created_at = now() - interval '1 month 1 day'`);
    await setDates('Two months', `last_checked_at = now() - interval '2 months 1 day', created_at = now() - interval '2 years'`);
    await setDates('Removed, ten months', `last_checked_at = now() - interval '10 months 1 day', removed_at = now()`);
    // Another scheme's old listing never shows here.
    const other = await createScheme(kindred, 'Other listings');
    const elsewhere = await createActivity(admin.client, other.id, { title: 'Elsewhere' });
    await execute(`update activity set last_checked_at = now() - interval '3 years' where id = ?`, [elsewhere.id]);
  }, 60_000);

  async function stale(olderThanMonths?: number): Promise<StaleListing[]> {
    return expectSuccess(await admin.client.graphql<{ staleListings: StaleListing[] }>(STALE, { schemeId, olderThanMonths })).staleListings;
  }

  it('lists listings not checked for 6 months, oldest first, never-checked ones from when they were listed', async () => {
    const listings = await stale();
    expect(listings.map((l) => [l.title, l.area, l.monthsSinceChecked, l.lastCheckedAt === null])).toEqual([
      ['Never checked, listed nine months ago', 'HX7', 9, true],
      ['Eight months', 'HX7', 8, false],
      ['Seven months', 'OL14', 7, false],
    ]);
    expect(listings[1]!.activityId).toBe(ids['Eight months']);
  });

  it('takes a different threshold, from 1 to 60 months', async () => {
    expect((await stale(8)).map((l) => l.title)).toEqual(['Never checked, listed nine months ago', 'Eight months']);
    expect((await stale(1)).map((l) => l.title)).toEqual([
      'Never checked, listed nine months ago',
      'Eight months',
      'Seven months',
      'Two months',
      'Never checked, listed last month',
    ]);
    expect(await stale(60)).toEqual([]);
    for (const months of [0, -1, 61]) {
      const message = expectFieldProblem(await admin.client.graphql(STALE, { schemeId, olderThanMonths: months }), 'olderThanMonths');
      expect(message).toBe('Choose between 1 and 60 months');
    }
  });

  it('drops a listing once someone checks it', async () => {
    expectSuccess(await admin.client.graphql('mutation Check($id: ID!) { markActivityChecked(id: $id) { id } }', { id: ids['Seven months'] }));
    expect((await stale()).map((l) => l.title)).toEqual(['Never checked, listed nine months ago', 'Eight months']);
  });
});
