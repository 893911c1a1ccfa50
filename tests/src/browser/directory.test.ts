/**
 * The directory's "done when", in the browser: staff import an Open Referral UK file (and see
 * per-record problems in one that is wrong), export it unchanged in meaning, add and check a
 * listing; a person then finds a step-free Tuesday-afternoon arts group within 5 km. Every page
 * visited is checked with axe, and at 320px wide.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSuccess } from '../support/assertions.ts';
import { buildCast, type Cast } from '../support/actors.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import type { PersonDetails } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { checkPage, heading, see } from '../support/pages.ts';
import { FIXTURE, fixtureDocument } from '../api/directory-helpers.ts';
import { meaningOf } from '../api/directory-meaning.ts';

const kindred = await startTestKindred({ serveWeb: true });
let browser: Browser;
let cast: Cast;

beforeAll(async () => {
  browser = await launchBrowser();
  cast = await buildCast(kindred);
});
afterAll(async () => {
  await browser?.close();
  await kindred.close();
});

async function signedIn(details: PersonDetails): Promise<Page> {
  const { page } = await openPage(browser);
  await page.goto(new URL('/sign-in', kindred.url).toString());
  await page.getByLabel('Email address').fill(details.email);
  await page.getByLabel('Password', { exact: true }).fill(details.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
  return page;
}

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel('Open Referral UK file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('the activity directory in the browser', () => {
  it('lets staff import a file (showing each problem in a bad one), export it, and add and check a listing', async () => {
    const page = await signedIn(cast.linkWorker.details);
    await page.getByRole('link', { name: 'Manage the activity directory' }).click();
    await heading(page, 'Manage the activity directory');
    await see(page.getByText('Every listing has been checked in the last 90 days.'));
    await checkPage(page);

    await page.getByRole('link', { name: 'Import activities from an Open Referral UK file' }).click();
    await heading(page, 'Import activities from Open Referral UK');
    await checkPage(page);

    await page.getByRole('button', { name: 'Check and import' }).click();
    await see(page.getByRole('link', { name: 'Choose an Open Referral UK file to import' }), 'the missing file in the error summary');
    await checkPage(page);

    const broken = fixtureDocument();
    delete (broken.contents[0] as Record<string, unknown>).name;
    await chooseFile(page, 'broken.json', JSON.stringify(broken));
    await page.getByRole('button', { name: 'Check and import' }).click();
    const summary = await see(page.getByRole('alert'), 'the error summary');
    await see(summary.getByText('Nothing was imported.', { exact: false }));
    await see(summary.getByText('Service 6f1c2a8e-4b1d-4c55-9a0e-1d2f3a4b5c61, name: Give the service a name'));
    await see(page.getByRole('table').getByRole('cell', { name: 'Give the service a name' }));
    expect(await page.title()).toMatch(/^Error: /);
    await checkPage(page);

    await chooseFile(page, 'calder-valley.json', FIXTURE);
    await page.getByRole('button', { name: 'Check and import' }).click();
    await see(page.getByText('4 activities were imported: 4 new and 0 updated.'));
    await see(page.getByText('Old Town Bowls Taster Days: the service is inactive'));
    await checkPage(page);

    await page.getByRole('link', { name: 'Back' }).click();
    await heading(page, 'Manage the activity directory');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the directory' }).click()]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(meaningOf(exported)).toEqual(meaningOf(fixtureDocument()));
    await see(page.getByText(/The directory has been downloaded as .*-directory-\d{4}-\d{2}-\d{2}\.json\./));
    await checkPage(page);

    await page.getByRole('link', { name: 'Add an activity' }).click();
    await heading(page, 'Add an activity');
    await page.getByRole('button', { name: 'Save the listing' }).click();
    await see(page.getByRole('link', { name: 'Enter the name of the activity' }));
    await see(page.getByRole('link', { name: 'Choose how often it meets' }));
    await checkPage(page);

    await page.getByLabel('Name of the activity').fill('Hebden Bridge Sketching Circle');
    await page.getByLabel('Who runs it').fill('Upper Calder Arts');
    await page.getByRole('checkbox', { name: 'Painting and drawing (arts and crafts)' }).check();
    await page.getByLabel('Name of the place').fill('Hope Chapel schoolroom');
    await page.getByLabel('Address line 1', { exact: true }).fill('Hope Street');
    await page.getByLabel('Town or village').fill('Hebden Bridge');
    await page.getByLabel('Postcode').fill('HX7 8AG');
    await page.getByRole('checkbox', { name: 'Step-free access' }).check();
    await page.getByRole('radio', { name: 'Every week, or every few weeks' }).check();
    await page.getByRole('checkbox', { name: 'Tuesday' }).check();
    await page.getByLabel('Start time').fill('14:00');
    await page.getByLabel('End time').fill('16:00');
    await page.getByRole('radio', { name: 'Drop in' }).check();
    await page.getByLabel('Who to ask for (optional)').fill('Ruth');
    await page.getByRole('checkbox', { name: 'It is free' }).check();
    await checkPage(page);
    await page.getByRole('button', { name: 'Save the listing' }).click();

    await heading(page, 'Hebden Bridge Sketching Circle');
    await see(page.getByText('Every Tuesday, 2pm to 4pm'));
    await checkPage(page);
    await page.getByRole('button', { name: 'Mark as checked today' }).click();
    await see(page.getByText('Marked as checked today.'));
    await checkPage(page);
  });

  it('finds a step-free Tuesday-afternoon arts group within 5 km of home, as a list, for a person looking for company', async () => {
    // The person has told us their postcode (the seekers' own page), so distances start from there.
    expectSuccess(await cast.seeker.client.graphql('mutation { updateMyAboutMe(input: { profile: { postcode: "HX7 8AF" } }) { aboutMe { name } } }'));
    const page = await signedIn(cast.seeker.details);
    await page.getByRole('link', { name: 'Find an activity near you' }).click();
    await heading(page, 'Find an activity');
    await see(page.getByRole('heading', { name: /activities found/ }));
    expect(await page.getByLabel('Postcode (optional)').inputValue()).toBe('HX7 8AF');
    await see(page.getByText('This is your postcode from your details.', { exact: false }));
    await see(page.getByText(/(Less than 1 km|About \d km) away/).first());
    await checkPage(page);

    await page.getByLabel('How far away').selectOption({ label: 'Within 5 km' });
    await page.getByLabel('Day', { exact: true }).selectOption({ label: 'Tuesday' });
    await page.getByLabel('Time of day').selectOption({ label: 'Afternoon (12 noon to 5pm)' });
    await page.getByLabel('Interest').selectOption({ label: 'Painting and drawing (arts and crafts)' });
    await page.getByRole('checkbox', { name: 'Step-free access' }).check();
    await page.getByRole('button', { name: 'Search' }).click();

    const results = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
    await see(results.getByRole('link', { name: 'Hebden Bridge Sketching Circle' }));
    await see(results.getByRole('link', { name: 'Brushes and Biscuits' }));
    await see(page.getByRole('heading', { name: '2 activities found' }));
    expect(await results.getByRole('heading', { level: 3 }).allTextContents()).toHaveLength(2);
    await see(page.getByText(/Tuesday \d{1,2} \w+, 2pm to 4pm/).first());
    await checkPage(page);

    await results.getByRole('link', { name: 'Hebden Bridge Sketching Circle' }).click();
    await heading(page, 'Hebden Bridge Sketching Circle');
    await see(page.getByText('Step-free access'));
    await see(page.getByRole('link', { name: /Ask for someone to go with you/ }).first());
    await checkPage(page);
  });
});
