/**
 * The companion journey, in Chromium: a person asks for someone to go with them to a session in the
 * directory, a link worker offers a volunteer, both say yes, the match page shows the session, a
 * meeting point is agreed, and "Add to calendar" downloads a text/calendar invite for each of the two.
 * Every page visited is checked with axe and at 320px. People, vetting and the activity come through the API.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { buildPerson, createScheme, signUp, theAdmin, type PersonDetails, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import type { Scheme } from '../support/operations.ts';
import { checkPage, heading, see } from '../support/pages.ts';
import { ABOUT_WALKER, approvedVolunteer } from '../api/matching-support.ts';
import { saveAboutMe } from '../api/seekers-support.ts';

const CREATE_ACTIVITY = `mutation CreateActivity($schemeId: ID!, $input: ActivityInput!) {
  createActivity(schemeId: $schemeId, input: $input) { id title nextSessions { startsAt } } }`;
const SINGING = {
  title: 'Tuesday afternoon singing group',
  organiserName: 'Calder Valley Voices',
  venueName: 'Hope Chapel',
  addressLine1: 'Hope Street',
  town: 'Hebden Bridge',
  postcode: 'HX7 8AF',
  features: ['STEP_FREE'],
  isFree: true,
  schedules: [{ frequency: 'WEEKLY', interval: 1, byDay: [{ day: 'TUE' }], startTime: '13:30', endTime: '15:30' }],
};
const MEETING_POINT = 'By the bench outside the Co-op at 1:15pm';

const kindred = await startTestKindred({ serveWeb: true });
let browser: Browser;
let scheme: Scheme;
let linkWorker: SignedIn;
let vera: SignedIn;
let nora: SignedIn;
let activityId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  await theAdmin(kindred);
  scheme = await createScheme(kindred, 'Calder Valley Connect');
  linkWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Sam Okafor');
  // Vera: approved, offers to go with people to a first session, free on Tuesday afternoons in Hebden Bridge.
  vera = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Vera Holt' }), scheme);
  await approvedVolunteer(linkWorker.client, vera);
  nora = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Nora Birch' }), scheme);
  await saveAboutMe(nora.client, ABOUT_WALKER);
  activityId = expectSuccess(
    await linkWorker.client.graphql<{ createActivity: { id: string } }>(CREATE_ACTIVITY, { schemeId: scheme.id, input: SINGING }),
  ).createActivity.id;
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await kindred.close();
});

async function signedInPage(details: PersonDetails): Promise<Page> {
  const { page } = await openPage(browser);
  await page.goto(new URL('/sign-in', kindred.url).toString());
  await page.getByLabel('Email address').fill(details.email);
  await page.getByLabel('Password', { exact: true }).fill(details.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
  return page;
}

/** Clicks "Add to calendar" and checks the file: an invite for this session, served as text/calendar. */
async function expectCalendarInvite(page: Page, withName: string): Promise<void> {
  const link = await see(page.getByRole('link', { name: 'Add to calendar' }), 'the Add to calendar link');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toContain('BEGIN:VCALENDAR');
  expect(text).toContain('Tuesday afternoon singing group');
  expect(text).toContain(withName);
  expect(text.replace(/\r?\n[ \t]/g, '')).toContain(MEETING_POINT.replace(/,/g, '\\,'));
  // The same address, fetched with the page's own session cookie, says what it is.
  const response = await page.request.get(new URL((await link.getAttribute('href'))!, kindred.url).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
}

describe('a companion for a first session', () => {
  it('is asked for from the directory, offered, accepted by both, and gives them a meeting point and a calendar invite', async () => {
    // Nora: the activity in the directory → ask for someone to go with her to the second session.
    const person = await signedInPage(nora.details);
    await person.goto(new URL(`/activities/${activityId}`, kindred.url).toString());
    await heading(person, 'Tuesday afternoon singing group');
    await checkPage(person);
    await person.getByRole('link', { name: /^Ask for someone to go with you/ }).nth(1).click();
    await heading(person, 'Ask for a companion for a first visit');
    await checkPage(person);
    await person.getByRole('checkbox', { name: 'In person' }).check();
    const consent = person.getByRole('checkbox', { name: /volunteer/i });
    if ((await consent.count()) > 0 && !(await consent.first().isChecked())) await consent.first().check();
    await person.getByRole('button', { name: 'Send my request' }).click();
    await see(person.getByText('You have asked for a companion.'), 'the confirmation');
    await checkPage(person);

    // The link worker: waiting list → suggested volunteers → offer Vera.
    const staff = await signedInPage(linkWorker.details);
    await staff.getByRole('link', { name: 'Waiting list' }).first().click();
    await heading(staff, 'Waiting list');
    await staff.getByRole('link', { name: 'Suggested volunteers for Nora Birch' }).click();
    await heading(staff, 'Suggested volunteers');
    const card = await see(staff.getByRole('region', { name: 'Vera' }), 'Vera’s suggestion');
    await checkPage(staff);
    await card.getByRole('link', { name: 'Offer this match with Vera' }).click();
    await heading(staff, 'Offer Vera as a match');
    await staff.getByRole('button', { name: 'Offer this match' }).click();
    await heading(staff, 'Nora and Vera');
    await see(staff.getByRole('heading', { name: 'The session' }), 'the session, for staff');
    await checkPage(staff);

    // Vera says yes.
    const volunteer = await signedInPage(vera.details);
    await volunteer.goto(new URL('/offers', kindred.url).toString());
    await heading(volunteer, 'Offers for you');
    const offer = await see(volunteer.getByRole('region', { name: 'Nora' }), 'the offer of Nora');
    await checkPage(volunteer);
    await offer.getByRole('link', { name: /Reply to this offer/ }).click();
    await heading(volunteer, 'Would you like to be matched with Nora?');
    await volunteer.getByRole('radio', { name: 'Yes, I would like to be matched with Nora' }).check();
    await volunteer.getByRole('button', { name: 'Send my answer' }).click();
    await heading(volunteer, 'Thank you for saying yes');
    await checkPage(volunteer);

    // Nora says yes, and sees the session on the match page.
    await person.goto(new URL('/someone-to-meet', kindred.url).toString());
    await heading(person, 'Someone to meet');
    const someone = await see(person.getByRole('region', { name: 'Vera' }), 'Vera, someone to meet');
    await checkPage(person);
    await someone.getByRole('link', { name: /Tell us what you think/ }).click();
    await heading(person, 'Would you like to meet Vera?');
    await person.getByRole('radio', { name: 'Yes, I would like to meet Vera' }).check();
    await person.getByRole('button', { name: 'Send my answer' }).click();
    await heading(person, 'You have said yes to meeting Vera');
    await person.getByRole('link', { name: 'See how to get in touch' }).click();
    await heading(person, 'Nora and Vera');
    await see(person.getByRole('heading', { name: 'The session' }), 'the session');
    await see(person.getByText('Tuesday afternoon singing group').first(), 'the activity');
    await see(person.getByText(/Hope Chapel/).first(), 'the venue');
    await see(person.getByText('Not agreed yet'), 'no meeting point yet');
    await checkPage(person);

    // Nora agrees where to meet; Vera sees it too.
    await person.getByRole('link', { name: 'Agree a meeting point' }).click();
    await heading(person, 'Where will you meet?');
    await checkPage(person);
    await person.getByLabel('Meeting point').fill(MEETING_POINT);
    await person.getByRole('button', { name: 'Save meeting point' }).click();
    await heading(person, 'Nora and Vera');
    await see(person.getByText(MEETING_POINT), 'the meeting point');
    await checkPage(person);
    await expectCalendarInvite(person, 'Vera');

    await volunteer.goto(new URL('/matches', kindred.url).toString());
    await volunteer.getByRole('link', { name: 'Nora and Vera' }).click();
    await heading(volunteer, 'Nora and Vera');
    await see(volunteer.getByText(MEETING_POINT), 'the meeting point, for Vera');
    await checkPage(volunteer);
    await expectCalendarInvite(volunteer, 'Nora');
  });
});
