/**
 * Changing one's mind, in Chromium: a person asks for a companion for a first visit, stops waiting and
 * withdraws an agreement; a link worker records and withdraws consent. Every page is checked.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { buildPerson, createScheme, signUp, theAdmin, type PersonDetails, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import type { Scheme } from '../support/operations.ts';
import { checkPage, heading, see } from '../support/pages.ts';
import { askForBefriender, consentGiven, refer, saveAboutMe } from '../api/seekers-support.ts';

const kindred = await startTestKindred({ serveWeb: true });
let browser: Browser;
let page: Page;
let scheme: Scheme;
let linkWorker: SignedIn;

const CREATE_ACTIVITY = `mutation CreateActivity($schemeId: ID!, $input: ActivityInput!) { createActivity(schemeId: $schemeId, input: $input) { id } }`;

beforeAll(async () => {
  browser = await launchBrowser();
  await theAdmin(kindred);
  scheme = await createScheme(kindred, 'Calder Valley Connect');
  linkWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Sam Okafor');
  const input = {
    title: 'Tuesday afternoon singing group',
    organiserName: 'Calder Valley Voices',
    venueName: 'Hope Chapel',
    addressLine1: 'Hope Street',
    town: 'Hebden Bridge',
    postcode: 'HX7 8AF',
    isFree: true,
    schedules: [{ frequency: 'WEEKLY', interval: 1, byDay: [{ day: 'TUE' }], startTime: '13:30', endTime: '15:30' }],
  };
  expectSuccess(await linkWorker.client.graphql(CREATE_ACTIVITY, { schemeId: scheme.id, input }));
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

describe('a person changing their mind', () => {
  it('asks for a companion, stops waiting for a befriender and withdraws an agreement', async () => {
    const details = buildPerson({ displayName: 'Joan' });
    const joan = await signUp(kindred, 'SEEKER', details, scheme);
    await saveAboutMe(joan.client);
    await askForBefriender(joan.client);
    await signInAs(details);

    await open('/my-support/ask');
    await heading(page, 'Ask for company');
    await page.getByRole('radio', { name: 'A companion for a first visit' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Ask for a companion for a first visit');
    await see(page.getByRole('radio', { name: /Tuesday afternoon singing group/ }));
    await checkPage(page);
    await page.getByRole('radio', { name: /Tuesday afternoon singing group/ }).first().check();
    await page.getByRole('button', { name: 'Send my request' }).click();
    await heading(page, 'Finding company');
    await see(page.getByText('You are next in the queue for a companion for a first visit.'));
    await see(page.getByText(/At Tuesday afternoon singing group, Tuesday/));

    await page.getByRole('link', { name: 'Stop waiting for a befriender' }).click();
    await heading(page, 'Are you sure you want to stop waiting for a befriender?');
    await checkPage(page);
    await page.getByRole('button', { name: 'Yes, stop waiting' }).click();
    await heading(page, 'Finding company');
    await see(page.getByText('You have stopped waiting for a befriender.'));
    expect(await page.getByText('You are next in the queue for a befriender.').count()).toBe(0);

    await page.getByRole('link', { name: /Withdraw agreement to recording my access and communication needs/ }).click();
    await heading(page, 'Are you sure you want to withdraw your agreement?');
    await see(page.getByText('We will remove what you told us about what helps you take part.'));
    await checkPage(page);
    await page.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await heading(page, 'Finding company');
    await see(page.getByText('You have withdrawn your agreement.'));
    await see(page.getByRole('definition').filter({ hasText: 'Nothing at the moment' }));
    await checkPage(page);
  });
});

describe('a link worker recording consent', () => {
  it('records that a person withdrew a consent, and then records it again', async () => {
    const ellen = await refer(linkWorker.client, scheme.id, {
      name: 'Ellen Greenwood',
      profile: { accessNeeds: [] },
      consents: [consentGiven('REFERRAL'), consentGiven('SHARE_WITH_VOLUNTEER')],
    });
    await signInAs(linkWorker.details);
    await open(`/seekers/${ellen.id}`);
    await heading(page, 'Ellen Greenwood');
    await checkPage(page);

    await page.getByRole('link', { name: /Record that they withdrew this.*Sharing my details with a volunteer/ }).click();
    await heading(page, 'Has Ellen Greenwood withdrawn their consent?');
    await checkPage(page);
    await page.getByRole('button', { name: 'Yes, record that they withdrew it' }).click();
    await heading(page, 'Ellen Greenwood');
    await see(page.getByText('The withdrawal has been recorded.'));

    await page.getByRole('link', { name: 'Record consent' }).click();
    await heading(page, 'Record consent');
    await checkPage(page);
    await page.getByRole('button', { name: 'Save consent' }).click();
    await see(page.getByRole('alert'), 'the error summary');
    await checkPage(page);
    await page.getByRole('radio', { name: 'Sharing my details with a volunteer' }).check();
    await page.getByLabel('What you explained, and what they agreed to').fill('Talked it through again on the phone. Ellen is happy for a volunteer to see her details.');
    await page.getByRole('radio', { name: /^Consent/ }).check();
    await page.getByRole('radio', { name: /Explicit consent/ }).check();
    await page.getByRole('button', { name: 'Save consent' }).click();
    await heading(page, 'Ellen Greenwood');
    await see(page.getByText('Their consent has been recorded.'));
    await see(page.getByText('Talked it through again on the phone.', { exact: false }));
    await checkPage(page);
  });
});
