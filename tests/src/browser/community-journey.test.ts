/**
 * Issue 5's "done when", in Chromium with the demo data, as a new user would try it: the community
 * builder sees where people are waiting and why, goes to what would help most, starts a drive from
 * the top suggestion (the form filled in from it), copies its public link; signed out, a new
 * volunteer signs up through the link; the community builder then sees them in the drive's funnel.
 * Every page is checked with axe and at 320px. No map tiles are reachable (nothing outside Kindred is).
 */
import { DEMO_PASSWORD } from '@kindred/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { buildPerson } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { checkPage, heading, isFocused, see } from '../support/pages.ts';

const kindred = await startTestKindred({ serveWeb: true, env: { DEMO_DATA: 'true' } });
const BUILDER = 'communitybuilder@example.org';
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** The drive's public link, as copied. */
let link = '';
let drivePath = '';
const recruit = buildPerson({ displayName: 'Bethan Lloyd' });

const at = (path: string) => new URL(path, kindred.url).toString();

async function signIn(email: string, password: string) {
  await page.goto(at('/sign-in'));
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
}

async function signOut() {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await see(page.getByRole('link', { name: 'Sign in' }), 'the Sign in link');
}

/** The numbers in one row of a table, by its row header. */
async function rowOf(tableName: string | RegExp, rowName: string): Promise<string[]> {
  const table = await see(page.getByRole('table', { name: tableName }), `the table ${tableName}`);
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: rowName, exact: true }) });
  return (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page } = await openPage(browser));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: kindred.url });
  // As on a network without a tile server: only Kindred itself answers.
  await context.route('**/*', (route) => (route.request().url().startsWith(kindred.url) ? route.continue() : route.abort('internetdisconnected')));
  await signIn(BUILDER, DEMO_PASSWORD);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await kindred.close();
});

describe('the community builder', () => {
  it('sees where people are waiting and why', async () => {
    await page.goto(at('/community/gaps'));
    await heading(page, 'Where people are waiting');
    await see(page.getByText(/^\d+ people are waiting; \d+ have no volunteer who fits/), 'the summary sentence');
    await see(page.getByRole('table', { name: 'What blocks people waiting' }).getByRole('rowheader', { name: 'Needs a volunteer who signs BSL' }), 'why: BSL');
    await checkPage(page);
  });

  it('goes to what would help most and starts a drive from the top suggestion, the form filled in', async () => {
    await page.getByRole('link', { name: 'See which volunteers would help most' }).click();
    await heading(page, 'What would help most');
    await see(page.getByRole('heading', { level: 2, name: /^Suggestion 1/ }), 'the top suggestion');
    await checkPage(page);
    await page.getByRole('link', { name: 'Start a drive for this' }).first().click();

    await heading(page, 'Start a recruitment drive');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Volunteers wanted near OL14: signs BSL, weekday mornings');
    expect(await page.getByLabel('Areas (optional)', { exact: true }).inputValue()).toBe('OL14');
    expect(await page.getByLabel('Signs British Sign Language', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Weekday mornings', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('In person', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Drives and has a car for giving lifts', { exact: true }).isChecked()).toBe(false);
    const message = await page.getByLabel('Message', { exact: true }).inputValue();
    expect(message).toMatch(/^People near OL14 are waiting for someone to spend time with them in person\. We are looking for volunteers who sign British Sign Language, free weekday mornings\./);
    await checkPage(page);

    // A mistake is named at the top, linked to its field, and the page says so in its title.
    await page.getByLabel('Areas (optional)', { exact: true }).fill('OL14, Todmorden');
    await page.getByRole('button', { name: 'Start the drive' }).click();
    const summary = await see(page.getByRole('alert'), 'the error summary');
    expect(await summary.textContent()).toContain('“TODMORDEN” is not a postcode district');
    expect(await page.title()).toMatch(/^Error: /);
    await checkPage(page);
    await summary.getByRole('link').click();
    expect(await isFocused(page.getByLabel('Areas (optional)', { exact: true }))).toBe(true);
    await page.getByLabel('Areas (optional)', { exact: true }).fill('OL14');
    await page.getByRole('button', { name: 'Start the drive' }).click();

    await heading(page, 'Volunteers wanted near OL14: signs BSL, weekday mornings');
    drivePath = new URL(page.url()).pathname;
    await see(page.getByText('Your drive has started. Copy its link below and share it.'), 'the done notice');
    expect(await rowOf('How far they have got, step by step', 'Signed up to volunteer')).toEqual(['0', '0', '0', '–']);
  });

  it('copies the drive’s public link, and is told politely that it did', async () => {
    const shown = (await page.getByLabel('The drive’s public sign-up link').textContent())?.trim() ?? '';
    expect(shown).toMatch(new RegExp(`^${kindred.url}/join/[A-Za-z0-9_-]{16}$`));
    await page.getByRole('button', { name: 'Copy link' }).click();
    const status = await see(page.getByRole('status').filter({ hasText: 'Link copied.' }), 'the copied message');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(shown);
    await checkPage(page);
  });
});

describe('a new volunteer, through the link', () => {
  it('reads what the drive is looking for and signs up, into the usual volunteer journey', async () => {
    await signOut();
    await page.goto(link);
    await heading(page, 'Volunteers wanted near OL14: signs BSL, weekday mornings');
    await see(page.getByText('Calder Valley Connect').first(), 'the scheme');
    const sought = await page.getByRole('list').filter({ hasText: 'Near OL14' }).getByRole('listitem').allTextContents();
    expect(sought).toEqual(['People who sign British Sign Language (BSL)', 'Near OL14', 'Free weekday mornings', 'Meeting people in person']);
    await checkPage(page);

    // Nothing to choose about scheme or role: the link says both.
    await page.getByRole('button', { name: 'Sign up to volunteer' }).click();
    await see(page.getByRole('alert'), 'the error summary');
    await checkPage(page);
    await page.getByLabel('Your name').fill(recruit.displayName);
    await page.getByLabel('Email address').fill(recruit.email);
    await page.getByLabel('Create a password').fill(recruit.password);
    await page.getByRole('button', { name: 'Sign up to volunteer' }).click();
    await see(page.getByText('Your account has been created.'), 'the account created notice');
    await page.getByRole('link', { name: 'Your volunteering' }).first().click();
    await see(page.getByRole('heading', { level: 1 }), 'the volunteering page');
    await see(page.getByText(/application/i).first(), 'the application task');
    await checkPage(page);
  });
});

describe('back with the community builder', () => {
  it('sees the new volunteer in the drive’s funnel, and in the pipeline', async () => {
    await signOut();
    await signIn(BUILDER, DEMO_PASSWORD);
    await page.goto(at('/community/drives'));
    await heading(page, 'Recruitment drives');
    expect(await rowOf('Drives, open ones first', 'Volunteers wanted near OL14: signs BSL, weekday mornings')).toEqual(
      expect.arrayContaining(['Open', '1']),
    );
    await checkPage(page);
    await page.getByRole('link', { name: 'Volunteers wanted near OL14: signs BSL, weekday mornings' }).click();
    await heading(page, 'Volunteers wanted near OL14: signs BSL, weekday mornings');
    expect(new URL(page.url()).pathname).toBe(drivePath);
    await see(page.getByRole('heading', { name: 'Volunteers it brought: 1' }), 'one volunteer brought');
    expect((await rowOf('How far they have got, step by step', 'Signed up to volunteer'))[0]).toBe('1');
    expect(await page.locator('main').innerText()).not.toContain(recruit.displayName);
    await checkPage(page);

    await page.goto(at('/community/pipeline'));
    await heading(page, 'Volunteer pipeline');
    await page.getByLabel('Recruitment drive', { exact: true }).selectOption({ label: 'Volunteers wanted near OL14: signs BSL, weekday mornings' });
    await see(page.getByRole('heading', { name: /^Volunteers from “Volunteers wanted near OL14/ }), 'the filtered figure');
    expect((await rowOf(/^Volunteers from .*step by step$/, 'Signed up to volunteer'))[0]).toBe('1');
    await checkPage(page);
  });

  it('closes the drive after confirming, and the link then says it has closed', async () => {
    await page.goto(at(drivePath));
    await heading(page, 'Volunteers wanted near OL14: signs BSL, weekday mornings');
    await page.getByRole('button', { name: 'Close this drive' }).click();
    expect(await isFocused(page.getByText(/^Are you sure you want to close/))).toBe(true);
    await page.getByRole('button', { name: 'No, keep it open' }).click();
    await page.getByRole('button', { name: 'Close this drive' }).click();
    await checkPage(page);
    await page.getByRole('button', { name: 'Yes, close the drive' }).click();
    await see(page.getByText('The drive is closed.', { exact: false }), 'the closed notice');
    await see(page.getByText('Closed', { exact: true }), 'the status');
    await signOut();
    await page.goto(link);
    await see(page.getByText('This drive has closed'), 'the closed notice on the public page');
    await see(page.getByRole('button', { name: 'Sign up to volunteer' }), 'the sign-up form, still there');
    await checkPage(page);
  });
});
