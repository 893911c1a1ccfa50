/**
 * Issue 4's journey, in Chromium: a link worker sees a suggested volunteer with reasons and offers
 * the match; the volunteer accepts; the person accepts; both then see how to reach each other.
 * Every page visited is checked with axe and at 320px. People and vetting are made through the API.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { buildPerson, createScheme, signUp, theAdmin, type PersonDetails, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import type { Scheme } from '../support/operations.ts';
import { checkPage, heading, see } from '../support/pages.ts';
import { ABOUT_MARGARET, askForBefriender, saveAboutMe } from '../api/seekers-support.ts';
import { APPROVE_VOLUNTEER, sendApplication, vetUpToApproval } from '../api/volunteers-support.ts';

// Margaret enjoys walking, is free on Tuesday afternoons near Hebden Bridge, and would meet in person or talk on the phone.
const ABOUT_MARGARET_WALKING = {
  ...ABOUT_MARGARET,
  profile: { ...ABOUT_MARGARET.profile, interests: ['walking', 'gardening'], accessNeeds: [], contactModes: ['IN_PERSON', 'PHONE'] },
  volunteerGender: 'NO_PREFERENCE',
};

const kindred = await startTestKindred({ serveWeb: true });
let browser: Browser;
let scheme: Scheme;
let linkWorker: SignedIn;
let vera: SignedIn;
let margaret: SignedIn;

beforeAll(async () => {
  browser = await launchBrowser();
  await theAdmin(kindred);
  scheme = await createScheme(kindred, 'Calder Valley Connect');
  linkWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Sam Okafor');
  // Vera: approved, DBS current, trained, befriends in person and by phone around Hebden Bridge.
  vera = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Vera Holt' }), scheme);
  const sent = await sendApplication(vera);
  await vetUpToApproval(linkWorker.client, sent);
  expectSuccess(await linkWorker.client.graphql(APPROVE_VOLUNTEER, { volunteerId: sent.id }));
  margaret = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Margaret Ogden' }), scheme);
  await saveAboutMe(margaret.client, ABOUT_MARGARET_WALKING);
  await askForBefriender(margaret.client);
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

describe('matching, from suggestion to an active match', () => {
  it('a link worker offers a suggested volunteer, the volunteer and then the person say yes, and both see how to get in touch', async () => {
    // The link worker: waiting list → suggested volunteers, with reasons → offer the match.
    const staff = await signedInPage(linkWorker.details);
    await staff.getByRole('link', { name: 'Waiting list' }).click();
    await heading(staff, 'Waiting list');
    await staff.getByRole('link', { name: 'Suggested volunteers for Margaret Ogden' }).click();
    await heading(staff, 'Suggested volunteers');
    const card = await see(staff.getByRole('region', { name: 'Vera' }), 'Vera’s suggestion');
    await see(card.getByText(/You both enjoy .*walking/), 'the shared interest reason');
    await see(card.getByText(/fit$/), 'the fit in words');
    await checkPage(staff);

    await card.getByRole('link', { name: 'Offer this match with Vera' }).click();
    await heading(staff, 'Offer Vera as a match');
    await checkPage(staff);
    await staff.getByLabel('Note for the team (optional)').fill('Both love a walk along the canal.');
    await staff.getByRole('button', { name: 'Offer this match' }).click();
    await heading(staff, 'Margaret and Vera');
    await see(staff.getByText(/We have asked Vera first/));
    await see(staff.getByRole('heading', { name: 'History' }), 'the history of the match');
    await checkPage(staff);

    // Margaret is already signed in: she hears about Vera's answer as it happens.
    const person = await signedInPage(margaret.details);
    await heading(person, 'Hello, Margaret Ogden');

    // The volunteer: told of the offer, then offers for you → reply → yes → confirmation.
    const volunteer = await signedInPage(vera.details);
    await see(volunteer.getByRole('link', { name: 'Notifications 1 unread' }), 'the unread notification count');
    await volunteer.getByRole('link', { name: 'Offers for you' }).first().click();
    await heading(volunteer, 'Offers for you');
    const offer = await see(volunteer.getByRole('region', { name: 'Margaret' }), 'the offer of Margaret');
    await see(offer.getByText(/You both enjoy .*walking/), 'what they share');
    expect(await offer.textContent()).not.toContain('07700 900123');
    await checkPage(volunteer);
    await offer.getByRole('link', { name: /Reply to this offer/ }).click();
    await heading(volunteer, 'Would you like to be matched with Margaret?');
    await checkPage(volunteer);
    await volunteer.getByRole('radio', { name: 'Yes, I would like to be matched with Margaret' }).check();
    await volunteer.getByRole('button', { name: 'Send my answer' }).click();
    await heading(volunteer, 'Thank you for saying yes');
    await checkPage(volunteer);

    // The person: the live notification, then someone to meet → yes → contact details.
    await see(person.getByRole('link', { name: 'Notifications 1 unread' }), 'the unread count, updated live');
    expect(await person.locator('[aria-live="polite"]', { hasText: 'New notification' }).count()).toBe(1);
    await person.getByRole('link', { name: 'Someone to meet' }).first().click();
    await heading(person, 'Someone to meet');
    const someone = await see(person.getByRole('region', { name: 'Vera' }), 'Vera, someone to meet');
    await see(someone.getByText(/You both enjoy .*walking/), 'what they share');
    await checkPage(person);
    await someone.getByRole('link', { name: /Tell us what you think/ }).click();
    await heading(person, 'Would you like to meet Vera?');
    await checkPage(person);
    await person.getByRole('radio', { name: 'Yes, I would like to meet Vera' }).check();
    await person.getByRole('button', { name: 'Send my answer' }).click();
    await heading(person, 'You have said yes to meeting Vera');
    await checkPage(person);
    await person.getByRole('link', { name: 'See how to get in touch' }).click();
    await heading(person, 'Margaret and Vera');
    await see(person.getByRole('heading', { name: 'How to reach Vera' }), 'Vera’s contact details');
    await see(person.getByText(vera.details.email), 'Vera’s email address');
    await checkPage(person);

    // The volunteer now sees Margaret's details too.
    await volunteer.goto(new URL('/matches', kindred.url).toString());
    await heading(volunteer, 'Your matches');
    await checkPage(volunteer);
    await volunteer.getByRole('link', { name: 'Margaret and Vera' }).click();
    await heading(volunteer, 'Margaret and Vera');
    await see(volunteer.getByRole('heading', { name: 'How to reach Margaret' }), 'Margaret’s contact details');
    await see(volunteer.getByText('07700 900123'), 'Margaret’s phone number');
    await checkPage(volunteer);
  });
});

describe('an active match, looked after', () => {
  it('the volunteer logs a meeting, the link worker reviews it, and the person ends it kindly', async () => {
    // Runs after the journey above, which made Margaret and Vera's match active.
    const volunteer = await signedInPage(vera.details);
    await volunteer.getByRole('link', { name: /^Notifications/ }).click();
    await heading(volunteer, 'Notifications');
    await checkPage(volunteer);
    await volunteer.goto(new URL('/matches', kindred.url).toString());
    await volunteer.getByRole('link', { name: 'Margaret and Vera' }).click();
    await heading(volunteer, 'Margaret and Vera');
    await volunteer.getByRole('link', { name: 'Add to the log' }).click();
    await heading(volunteer, 'Add to the log');
    await volunteer.getByRole('button', { name: 'Add to the log' }).click();
    await see(volunteer.getByRole('alert'), 'the error summary');
    await checkPage(volunteer);
    await volunteer.getByRole('radio', { name: 'In person' }).check();
    await volunteer.getByLabel('Note (optional)').fill('A walk to Hardcastle Crags and a cup of tea.');
    await volunteer.getByRole('button', { name: 'Add to the log' }).click();
    await heading(volunteer, 'Margaret and Vera');
    await see(volunteer.getByText(/A walk to Hardcastle Crags/), 'the logged meeting');

    const staff = await signedInPage(linkWorker.details);
    await staff.getByRole('link', { name: 'Matches', exact: true }).click();
    await heading(staff, 'Matches');
    await checkPage(staff);
    await staff.getByRole('link', { name: 'Margaret and Vera' }).click();
    await heading(staff, 'Margaret and Vera');
    await see(staff.getByText(/A walk to Hardcastle Crags/), 'the contact log');
    await checkPage(staff);
    await staff.getByRole('link', { name: 'Record a review' }).click();
    await heading(staff, 'Record a review');
    await checkPage(staff);
    await staff.getByLabel('How is it going?').fill('Both enjoying their walks. Margaret is sleeping better.');
    await staff.getByRole('radio', { name: 'Yes, it carries on' }).check();
    await staff.getByRole('button', { name: 'Save review' }).click();
    await heading(staff, 'Margaret and Vera');
    await see(staff.getByText(/Review saved/), 'the review saved notice');
    await staff.goto(new URL('/reviews-due', kindred.url).toString());
    await heading(staff, 'Reviews due');
    await checkPage(staff);

    const person = await signedInPage(margaret.details);
    await person.getByRole('link', { name: 'Your matches' }).first().click();
    await heading(person, 'Your matches');
    await person.getByRole('link', { name: 'Margaret and Vera' }).click();
    await heading(person, 'Margaret and Vera');
    await person.getByRole('link', { name: 'End this match' }).click();
    await heading(person, 'End this match');
    await checkPage(person);
    await person.getByLabel('Why is the match ending?').fill('I am moving to be nearer my daughter.');
    await person.getByRole('button', { name: 'End this match' }).click();
    await heading(person, 'The match has ended');
    await checkPage(person);
  });
});
