import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectErrorCode, expectFieldProblem, expectSuccess } from '../support/assertions.ts';
import { buildCast, type Cast } from '../support/actors.ts';
import { startTestKindred } from '../support/kindred.ts';
import {
  activityInput,
  ACTIVITY,
  createActivity,
  CREATE,
  importFile,
  MARK_CHECKED,
  REMOVE,
  search,
  SEARCH,
  UPDATE,
  weekly,
  type ActivityJson,
} from './directory-helpers.ts';

const kindred = await startTestKindred();
let cast: Cast;
let artGroup: ActivityJson;

// Hebden Bridge (HX7) is where the searcher lives; Todmorden (OL14) is about 7 km away, Halifax (HX1) about 10 km.
const NEAR_HOME = 'HX7 5AD';

beforeAll(async () => {
  cast = await buildCast(kindred);
  const staff = cast.linkWorker.client;
  const id = cast.scheme.id;
  artGroup = await createActivity(staff, id);
  // Each of these misses exactly one thing the searcher asks for.
  await createActivity(staff, id, { title: 'Art Club upstairs', features: ['SEATING'], accessNotes: ['Up a flight of stairs'] });
  await createActivity(staff, id, { title: 'Wednesday Watercolours', schedules: [weekly('WED', '13:30', '15:30')] });
  await createActivity(staff, id, { title: 'Tuesday Morning Sketching', schedules: [weekly('TUE', '10:00', '11:30')] });
  await createActivity(staff, id, { title: 'Todmorden Painters', postcode: 'OL14 5AB', town: 'Todmorden' });
  await createActivity(staff, id, { title: 'Tuesday Knit and Natter', interests: ['knitting'], description: 'Bring your knitting, or learn.' });
});
afterAll(() => kindred.close());

describe('finding an activity', () => {
  it('finds the step-free Tuesday-afternoon arts group within 5 km, and nothing that misses any wish', async () => {
    const page = await search(cast.seeker.client, {
      schemeId: cast.scheme.id,
      postcode: NEAR_HOME,
      withinKm: 5,
      day: 'TUE',
      partOfDay: 'AFTERNOON',
      interests: ['painting'],
      features: ['STEP_FREE'],
    });

    expect(page.results.map((r) => r.activity.title)).toEqual(['Tuesday Art Group']);
    const [hit] = page.results;
    expect(hit!.distanceKm).toBeLessThanOrEqual(5);
    expect(hit!.distance).toMatch(/^(Less than 1 km away|About \d km away)$/);
    expect(page.searchedFrom).toBe(NEAR_HOME);
    expect(hit!.activity.nextSessions).toHaveLength(5);
    for (const session of hit!.activity.nextSessions) {
      // 1:30pm on a London clock, whether in summer or winter time.
      expect(session.startTime).toBe('13:30');
      expect(session.summary).toMatch(/^Tuesday \d{1,2} \w+, 1:30pm to 3:30pm$/);
      expect(new Date(session.startsAt).getTime()).toBeGreaterThan(Date.now());
    }
    expect(hit!.activity).toMatchObject({
      needsChecking: false,
      lastCheckedBy: null,
      canManage: false,
      firstVisit: { mode: 'DROP_IN', whoToAsk: 'Jean' },
      venue: expect.objectContaining({ features: ['STEP_FREE', 'ACCESSIBLE_TOILET'] }),
    });
  });

  it('widens to what is further away when asked, nearest first', async () => {
    const page = await search(cast.seeker.client, { schemeId: cast.scheme.id, postcode: NEAR_HOME, withinKm: 20, interests: ['painting'] });
    const titles = page.results.map((r) => r.activity.title);
    expect(titles).toContain('Todmorden Painters');
    expect(titles.at(-1)).toBe('Todmorden Painters');
    const distances = page.results.map((r) => r.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('finds activities by the words people use, in any form of the word', async () => {
    const knit = await search(cast.volunteer.client, { schemeId: cast.scheme.id, words: 'knitting group' });
    expect(knit.results[0]?.activity.title).toBe('Tuesday Knit and Natter');
    const misspelt = await search(cast.volunteer.client, { schemeId: cast.scheme.id, words: 'watercolors' });
    expect(misspelt.results.map((r) => r.activity.title)).toEqual(['Wednesday Watercolours']);
    const nothing = await search(cast.volunteer.client, { schemeId: cast.scheme.id, words: 'underwater hockey' });
    expect(nothing).toMatchObject({ totalCount: 0, results: [] });
  });

  it('finds by day alone, at any hour', async () => {
    const page = await search(cast.seeker.client, { schemeId: cast.scheme.id, day: 'WED' });
    expect(page.results.map((r) => r.activity.title)).toEqual(['Wednesday Watercolours']);
  });

  it('pages through results, and will not give more than 50 at once', async () => {
    const first = await search(cast.seeker.client, { schemeId: cast.scheme.id, first: 4 });
    expect(first.totalCount).toBe(6);
    expect(first.results).toHaveLength(4);
    const rest = await search(cast.seeker.client, { schemeId: cast.scheme.id, first: 4, after: first.nextCursor });
    expect(rest.results).toHaveLength(2);
    expect(rest.nextCursor).toBeNull();
    const all = [...first.results, ...rest.results].map((r) => r.activity.title);
    expect(new Set(all).size).toBe(6);

    expectFieldProblem(await cast.seeker.client.graphql(SEARCH, { input: { schemeId: cast.scheme.id, first: 1_000_000_000 } }), 'first');
    expectFieldProblem(await cast.seeker.client.graphql(SEARCH, { input: { schemeId: cast.scheme.id, after: 'made-up' } }), 'after');
  });

  it('asks for a postcode it can find, in plain words', async () => {
    const unknown = await cast.seeker.client.graphql(SEARCH, { input: { schemeId: cast.scheme.id, postcode: 'ZZ9 9ZZ' } });
    expect(expectFieldProblem(unknown, 'postcode')).toBe('We could not find the postcode ZZ9 9ZZ. Check it and try again.');
    const missing = await cast.seeker.client.graphql(SEARCH, { input: { schemeId: cast.scheme.id, withinKm: 5 } });
    expect(expectFieldProblem(missing, 'postcode')).toBe('Enter a postcode to search near');
  });
});

describe('keeping the directory current', () => {
  it('checks each field of a new listing and says what to put right', async () => {
    const result = await cast.linkWorker.client.graphql(CREATE, {
      schemeId: cast.scheme.id,
      input: activityInput({
        title: ' ',
        postcode: 'not a postcode',
        website: 'www.example',
        firstVisit: 'BOOKING',
        schedules: [weekly('TUE', '15:00', '14:00')],
      }),
    });
    expect(expectFieldProblem(result, 'title')).toBe('Enter the name of the activity');
    expect(expectFieldProblem(result, 'postcode')).toBe('Enter a full UK postcode, like HX7 8AF');
    expectFieldProblem(result, 'website');
    expect(expectFieldProblem(result, 'bookingDetails')).toBe('Say how to book');
    expect(expectFieldProblem(result, 'schedules.0.endTime')).toBe('The end time must be after the start time');
  });

  it('saves an edit, which counts as checking it, and shows staff who checked', async () => {
    const made = await createActivity(cast.communityBuilder.client, cast.scheme.id, { title: 'Men’s Shed' });
    const input = activityInput({
      title: 'Hebden Bridge Men’s Shed',
      interests: ['woodwork'],
      schedules: [{ frequency: 'MONTHLY', interval: 1, byDay: [{ day: 'THU', nth: 1 }, { day: 'THU', nth: 3 }], startTime: '10:00', endTime: '13:00' }],
    });
    const saved = expectSuccess(await cast.linkWorker.client.graphql<{ updateActivity: ActivityJson }>(UPDATE, { id: made.id, input })).updateActivity;
    expect(saved).toMatchObject({ title: 'Hebden Bridge Men’s Shed', interests: ['woodwork'], lastCheckedBy: 'Lin Worker', needsChecking: false });
    expect(saved.schedules[0]?.summary).toBe('The first and third Thursday of each month, 10am to 1pm');
    expect(saved.nextSessions.every((s) => s.summary.startsWith('Thursday'))).toBe(true);
  });

  it('flags listings not checked for over 90 days, lists them for staff, and clears the flag when checked', async () => {
    const staff = cast.linkWorker.client;
    const old = JSON.stringify({
      contents: [
        {
          id: 'stale-service-1',
          name: 'Lunch Club at the Chapel',
          status: 'active',
          assured_date: '2025-01-10',
          organization: { id: 'stale-org-1', name: 'Chapel Friends', description: 'Volunteers.' },
          service_at_locations: [
            {
              id: 'stale-sal-1',
              location: {
                id: 'stale-location-1',
                location_type: 'physical',
                name: 'Chapel hall',
                addresses: [{ id: 'stale-address-1', address_1: 'Chapel Lane', city: 'Heptonstall', postal_code: 'HX7 7NB', country: 'GB' }],
              },
            },
          ],
        },
      ],
    });
    expect((await importFile(staff, cast.scheme.id, old)).status).toBe('DONE');

    const toCheck = await search(staff, { schemeId: cast.scheme.id, needsChecking: true });
    expect(toCheck.results.map((r) => r.activity.title)).toEqual(['Lunch Club at the Chapel']);
    const stale = toCheck.results[0]!.activity;
    expect(stale.needsChecking).toBe(true);

    const checked = expectSuccess(await staff.graphql<{ markActivityChecked: ActivityJson }>(MARK_CHECKED, { id: stale.id })).markActivityChecked;
    expect(checked).toMatchObject({ needsChecking: false, lastCheckedBy: 'Lin Worker' });
    expect((await search(staff, { schemeId: cast.scheme.id, needsChecking: true })).results).toEqual([]);
  });

  it('takes a listing out of the directory, after which nobody finds it', async () => {
    const made = await createActivity(cast.admin.client, cast.scheme.id, { title: 'Closing Soon Craft Club' });
    expect(expectSuccess(await cast.admin.client.graphql<{ removeActivity: boolean }>(REMOVE, { id: made.id })).removeActivity).toBe(true);
    expectErrorCode(await cast.seeker.client.graphql(ACTIVITY, { id: made.id }), 'NOT_FOUND');
    const titles = (await search(cast.seeker.client, { schemeId: cast.scheme.id, words: 'craft club' })).results.map((r) => r.activity.title);
    expect(titles).not.toContain('Closing Soon Craft Club');
  });

  it('shows one listing to a person in the scheme', async () => {
    const shown = expectSuccess(await cast.anotherSeeker.client.graphql<{ activity: ActivityJson }>(ACTIVITY, { id: artGroup.id })).activity;
    expect(shown).toMatchObject({ id: artGroup.id, title: 'Tuesday Art Group', lastCheckedBy: null });
  });
});
