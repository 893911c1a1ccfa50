/**
 * The seekers slice's "done when", in Chromium: a person tells us about themself, asks for a
 * befriender and sees their place in the queue; a link worker refers someone with consent, finds
 * them on the waiting list and records a contact. Every page visited is checked with axe and at 320px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { buildPerson, createScheme, signUp, theAdmin, type PersonDetails } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import type { Scheme } from '../support/operations.ts';
import { checkPage, expectFocused, heading, see } from '../support/pages.ts';
import { askForBefriender } from '../api/seekers-support.ts';

const kindred = await startTestKindred({ serveWeb: true });
let browser: Browser;
let page: Page;
let scheme: Scheme;

beforeAll(async () => {
  browser = await launchBrowser();
  await theAdmin(kindred);
  // A scheme of its own, so the person's place in the queue is exact and the link worker has one scheme.
  scheme = await createScheme(kindred, 'Calder Valley Connect');
});
afterAll(async () => {
  await browser?.close();
  await kindred.close();
});
beforeEach(async () => {
  ({ page } = await openPage(browser));
});

const open = (path: string) => page.goto(new URL(path, kindred.url).toString());

async function signInAs(details: PersonDetails) {
  await open('/sign-in');
  await page.getByLabel('Email address').fill(details.email);
  await page.getByLabel('Password', { exact: true }).fill(details.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
}

const continueButton = () => page.getByRole('button', { name: 'Save and continue' });

describe('a person seeking company', () => {
  it('tells us about themself, asks for a befriender and sees their place in the queue', async () => {
    // Two people already waiting, so this person is third.
    for (const name of ['Joan', 'Derek']) await askForBefriender((await signUp(kindred, 'SEEKER', buildPerson({ displayName: name }), scheme)).client);
    const margaret = buildPerson({ displayName: 'Margaret' });
    await signUp(kindred, 'SEEKER', margaret, scheme);
    await signInAs(margaret);

    await page.getByRole('link', { name: /ask for company and see your place in the queue/ }).click();
    await heading(page, 'Finding company');
    await see(page.getByText('You have not asked for company yet.'));
    await checkPage(page);

    await page.getByRole('link', { name: 'Tell us about yourself' }).click();
    await heading(page, 'What matters to you?');
    await checkPage(page);
    await page.getByLabel('Tell us in your own words').fill('My garden, my grandchildren and a good natter.');
    await continueButton().click();

    await heading(page, 'What do you enjoy?');
    await checkPage(page);
    await page.getByRole('group', { name: 'Nature and gardening' }).getByLabel('Gardening').check();
    await page.getByLabel('Singing and choirs').check();
    await continueButton().click();

    await heading(page, 'What helps you take part?');
    await checkPage(page);
    await page.getByLabel('Prefers written or text contact').check();
    // Needs without agreeing to record them: the error summary names the box, and leads to it.
    await continueButton().click();
    const summary = await see(page.getByRole('alert'), 'the error summary');
    expect(await page.title()).toMatch(/^Error: /);
    await checkPage(page);
    await summary.getByRole('link', { name: /Tick the box to agree/ }).click();
    await expectFocused(page.getByRole('checkbox', { name: /I agree that Kindred can record what helps me take part/ }), 'the agreement box');
    await page.getByRole('checkbox', { name: /I agree that Kindred can record/ }).check();
    await continueButton().click();

    await heading(page, 'How would you like to keep in touch?');
    await checkPage(page);
    await page.getByRole('group', { name: 'With a volunteer' }).getByLabel('Text messages').check();
    await page.getByRole('radio', { name: 'Text message' }).check();
    await page.getByLabel('Phone number (optional)').fill('07700 900123');
    await continueButton().click();

    await heading(page, 'When are you usually free?');
    await checkPage(page);
    await page.getByRole('checkbox', { name: 'Tuesday afternoon' }).check();
    await continueButton().click();

    await heading(page, 'Where do you live?');
    await checkPage(page);
    await page.getByLabel('Postcode').fill('hx7 8af');
    await page.getByRole('radio', { name: /Up to 2 km/ }).check();
    await continueButton().click();

    await heading(page, 'Your volunteer');
    await checkPage(page);
    await page.getByRole('radio', { name: 'A woman' }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await heading(page, 'Finding company');
    await see(page.getByText('Your answers have been saved.'));
    await see(page.getByText('My garden, my grandchildren and a good natter.'));
    await see(page.getByText('HX7 8AF'));
    await checkPage(page);

    await page.getByRole('link', { name: 'Ask for company' }).click();
    await heading(page, 'Ask for company');
    await checkPage(page);
    await page.getByRole('radio', { name: 'A befriender' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await heading(page, 'Ask for a befriender');
    await checkPage(page);
    await page.getByRole('checkbox', { name: /share my first name/ }).check();
    await page.getByRole('button', { name: 'Send my request' }).click();

    await heading(page, 'Finding company');
    await see(page.getByText('You have asked for a befriender.'));
    await see(page.getByText('You are 3rd in the queue for a befriender.'));
    await checkPage(page);
  });
});

describe('a link worker', () => {
  it('refers someone with their consent, finds them on the waiting list and records a contact', async () => {
    const linkWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Sam Okafor');
    await signInAs(linkWorker.details);

    await page.getByRole('link', { name: 'Refer someone' }).click();
    await heading(page, 'Refer someone');
    await checkPage(page);

    // Nothing filled in: every problem is listed, and nothing is saved.
    await page.getByRole('button', { name: 'Refer them' }).click();
    const summary = await see(page.getByRole('alert'), 'the error summary');
    expect(await summary.textContent()).toContain('Enter their name');
    expect(await summary.textContent()).toContain('agreed to being referred');
    await checkPage(page);

    await page.getByLabel('Their name').fill('Ellen Greenwood');
    await page.getByLabel('Phone number').fill('01422 845123');
    await page.getByLabel('Postcode').fill('HX7 6AB');
    await page.getByRole('radio', { name: 'Phone call' }).check();
    await page.getByRole('radio', { name: 'A befriender' }).check();
    await page.getByRole('group', { name: /keep in touch with a volunteer/ }).getByLabel('In person').check();
    await page.getByLabel('What matters to them (optional)').fill('Ellen was a weaver at the mill for forty years.');
    await page.getByLabel('Needs clear speech or lip-reading').check();
    await page.getByRole('checkbox', { name: 'Being referred, and Kindred keeping my details' }).check();
    await page.getByRole('checkbox', { name: 'Sharing my details with a volunteer' }).check();
    await page.getByRole('checkbox', { name: 'Recording my access and communication needs' }).check();
    await page.getByLabel('What you explained, and what they agreed to').fill('I explained who sees her details and that she can change her mind. She agreed.');
    await page.getByRole('radio', { name: /Public task/ }).check();
    await page.getByRole('radio', { name: /Health or social care/ }).check();
    await page.getByRole('button', { name: 'Refer them' }).click();

    await heading(page, 'Ellen Greenwood');
    await see(page.getByText('Ellen Greenwood has been referred and is on the waiting list.'));
    await see(page.getByText('Referred by Sam Okafor'));
    await checkPage(page);

    await open('/');
    await page.getByRole('link', { name: 'Waiting list' }).click();
    await heading(page, 'Waiting list');
    const row = page.getByRole('row', { name: /Ellen Greenwood/ });
    await see(row);
    expect(await row.textContent()).toContain('Not contacted yet');
    await checkPage(page);

    await row.getByRole('link', { name: 'Record a contact with Ellen Greenwood' }).click();
    await heading(page, 'Record a contact');
    await checkPage(page);
    await page.getByRole('radio', { name: 'Phone call' }).check();
    await page.getByLabel('Note (optional)').fill('Rang for a chat. She is keen to meet someone.');
    await page.getByRole('button', { name: 'Save contact' }).click();

    await heading(page, 'Waiting list');
    await see(page.getByText('Your contact with Ellen Greenwood has been recorded.'));
    expect(await page.getByRole('row', { name: /Ellen Greenwood/ }).textContent()).toContain('Less than a day ago');
    await checkPage(page);
  });
});
