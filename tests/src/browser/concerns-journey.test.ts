/**
 * Issue 7's "Done when", in Chromium: a volunteer raises a concern from their match page and the
 * match pauses at once; the person sees only "paused"; the link worker is told, finds it first in
 * the queue, triages it as serious (suspending the volunteer too), and later lets the match carry
 * on. Every page visited is checked with axe and at 320px. People and the match are made through the API.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { buildPerson, createScheme, signUp, theAdmin, type PersonDetails, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import type { Scheme } from '../support/operations.ts';
import { checkPage, heading, see } from '../support/pages.ts';
import { activePair, type Pair } from '../api/concerns-support.ts';

const kindred = await startTestKindred({ serveWeb: true });
let browser: Browser;
let scheme: Scheme;
let linkWorker: SignedIn;
let vera: SignedIn;
let margaret: SignedIn;
let pair: Pair;

const WORDS = 'Margaret said her son takes her pension card every week and she is frightened of him.';

beforeAll(async () => {
  browser = await launchBrowser();
  await theAdmin(kindred);
  scheme = await createScheme(kindred, 'Calder Valley Connect');
  linkWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Sam Okafor');
  vera = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Vera Holt' }), scheme);
  margaret = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Margaret Ogden' }), scheme);
  pair = await activePair(linkWorker.client, scheme.id, vera, margaret);
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

async function openMatch(page: Page): Promise<void> {
  await page.goto(new URL('/matches', kindred.url).toString());
  await heading(page, 'Your matches');
  await page.getByRole('link', { name: 'Margaret and Vera' }).click();
  await heading(page, 'Margaret and Vera');
}

describe('a volunteer raises a concern and the match pauses', () => {
  it('raised from the match page, received kindly, and the match is paused at once for both', async () => {
    const volunteer = await signedInPage(vera.details);
    await openMatch(volunteer);
    await see(volunteer.getByRole('heading', { name: 'How to reach Margaret' }), 'Margaret’s contact details before the concern');
    await volunteer.getByRole('link', { name: 'Raise a concern about this match' }).click();
    await heading(volunteer, 'Raise a concern');
    await see(volunteer.getByText(/will not be told who raised it/), 'who will see it');
    await checkPage(volunteer);

    await volunteer.getByRole('button', { name: 'Send to a link worker' }).click();
    await see(volunteer.getByRole('alert'), 'the error summary');
    await see(volunteer.getByText('Write a few words about your concern').first());
    await checkPage(volunteer);

    await volunteer.getByLabel('What worries you?').fill(WORDS);
    await volunteer.getByRole('button', { name: 'Send to a link worker' }).click();
    await heading(volunteer, 'Thank you for telling us');
    await see(volunteer.getByText(/We have paused your match for now/), 'that the match is paused');
    await checkPage(volunteer);

    await volunteer.getByRole('link', { name: 'Go back' }).click();
    await heading(volunteer, 'Margaret and Vera');
    await see(volunteer.getByText('This match is paused for now. Your link worker will be in touch.'), 'the paused notice');
    expect(await volunteer.getByRole('heading', { name: 'How to reach Margaret' }).count()).toBe(0);
    await checkPage(volunteer);

    // Margaret sees only that the match is paused: nothing of what was said, or by whom.
    const person = await signedInPage(margaret.details);
    await openMatch(person);
    await see(person.getByText('This match is paused for now. Your link worker will be in touch.'), 'the paused notice');
    expect(await person.locator('main').textContent()).not.toMatch(/pension|frightened|raised a concern/i);
    await person.getByRole('link', { name: /^Notifications/ }).click();
    await heading(person, 'Notifications');
    await see(person.getByText('One of your matches is paused for now. Your link worker will be in touch.'), 'the paused notification');
    expect(await person.locator('main').textContent()).not.toMatch(/pension|frightened|concern/i);
    await checkPage(person);
  });

  it('the link worker is told, finds it in the queue, and triages it as serious', async () => {
    const staff = await signedInPage(linkWorker.details);
    await see(staff.getByRole('link', { name: /^Notifications \d+ unread/ }), 'the unread notification');
    await staff.getByRole('link', { name: 'Safeguarding concerns' }).click();
    await heading(staff, 'Safeguarding concerns');
    const table = await see(staff.getByRole('table', { name: 'Open concerns' }), 'the open concerns');
    await see(table.getByText('Match paused'), 'that the match is paused');
    await checkPage(staff);

    await table.getByRole('link', { name: 'The match of Margaret and Vera' }).click();
    await heading(staff, 'The match of Margaret and Vera');
    await see(staff.getByText(WORDS), 'what Vera wrote');
    await see(staff.getByText('Vera Holt').first(), 'who raised it');
    await checkPage(staff);

    await staff.getByRole('button', { name: 'Save triage' }).click();
    await see(staff.getByRole('alert'), 'the error summary');
    await see(staff.getByText('Choose how serious the concern is').first());
    await checkPage(staff);

    await staff.getByRole('radio', { name: 'Serious' }).check();
    expect(await staff.getByRole('checkbox', { name: 'Pause the match now' }).count()).toBe(0);
    await staff.getByLabel('Actions taken').fill('Rang Margaret; referred to the adult safeguarding team.');
    await staff.getByRole('checkbox', { name: 'Suspend Vera Holt from volunteering now' }).check();
    await staff.getByRole('button', { name: 'Save triage' }).click();
    await see(staff.getByText('Your triage is saved.'), 'the saved notice');
    await see(staff.getByText(/Vera Holt is suspended from volunteering/), 'the suspension');
    await checkPage(staff);

    // The match stays paused for both of them.
    const volunteer = await signedInPage(vera.details);
    await openMatch(volunteer);
    await see(volunteer.getByText('This match is paused for now. Your link worker will be in touch.'), 'the paused notice');
    await volunteer.getByRole('link', { name: /^Notifications/ }).click();
    await see(volunteer.getByText(/Your volunteering is paused for now while staff look into something/), 'the suspension notice');
    expect(await volunteer.locator('main').textContent()).not.toMatch(/pension|safeguarding team/i);
  });

  it('the link worker lets the match carry on, with a note', async () => {
    const staff = await signedInPage(linkWorker.details);
    await staff.goto(new URL(`/matches/${pair.matchId}`, kindred.url).toString());
    await heading(staff, 'Margaret and Vera');
    await see(staff.getByText(/This match is paused for safeguarding/), 'the staff paused notice');
    await checkPage(staff);
    await staff.getByRole('link', { name: 'safeguarding concerns' }).click();
    await heading(staff, 'Safeguarding concerns');
    await staff.getByRole('link', { name: 'The match of Margaret and Vera' }).click();
    await heading(staff, 'The match of Margaret and Vera');

    await staff.getByRole('button', { name: /^Let it carry on – The match of Margaret and Vera$/ }).click();
    await see(staff.getByText('Say why it is safe to carry on').first(), 'the note problem');
    await staff.getByLabel('Why is it safe to carry on?').first().fill('Her son has moved away; Margaret is safe and wants Vera back.');
    await staff.getByRole('button', { name: /^Let it carry on – The match of Margaret and Vera$/ }).click();
    await see(staff.getByText(/Her son has moved away/), 'the note kept with the concern');
    await checkPage(staff);

    const person = await signedInPage(margaret.details);
    await openMatch(person);
    await see(person.getByRole('heading', { name: 'How to reach Vera' }), 'Vera’s contact details again');
    expect(await person.getByText('This match is paused for now. Your link worker will be in touch.').count()).toBe(0);
  });
});
