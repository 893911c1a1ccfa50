/**
 * Issue 7's "Done when", in Chromium: a person sees what they agreed to and withdraws one, downloads
 * their data, and deletes their account; afterwards they cannot sign in, and nothing identifies them:
 * not in the database, and not through an administrator's eyes. Staff download a person's data and
 * an administrator erases a person's data from the person's record. Every page is checked with axe
 * and at 320px.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { expectSuccess } from '../support/assertions.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { buildPerson, signUp, theAdmin, type Admin, type PersonDetails, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { checkPage, heading, see } from '../support/pages.ts';
import { searchEverywhere, SEND_MESSAGE } from '../api/data-rights-support.ts';
import { ABOUT_WALKER, approvedVolunteer, propose, respond } from '../api/matching-support.ts';
import { askForBefriender, consentGiven, RECORD_CONSENT, refer, saveAboutMe } from '../api/seekers-support.ts';

const kindred = await startTestKindred({ serveWeb: true });
let browser: Browser;
let admin: Admin;
let linkWorker: SignedIn;
let winifred: SignedIn;
let seekerId: string;
let matchId: string;

const PHONE = '07700 900864';
const POSTCODE = 'HX7 4QJ';
const WORDS = 'Winifred keeps bees on the allotment';

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await theAdmin(kindred);
  linkWorker = await appoint(kindred, 'LINK_WORKER', admin.scheme, 'Sam Okafor');
  const vera = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Vera Holt' }), admin.scheme);
  const volunteerId = await approvedVolunteer(linkWorker.client, vera);
  winifred = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Winifred Applegarth' }), admin.scheme);
  await saveAboutMe(winifred.client, {
    ...ABOUT_WALKER,
    whatMattersToMe: WORDS,
    profile: { ...ABOUT_WALKER.profile, postcode: POSTCODE },
    contact: { phone: PHONE, preferredContact: 'PHONE' },
  });
  const request = await askForBefriender(winifred.client);
  const waiting = expectSuccess(
    await linkWorker.client.graphql<{ waitingList: Array<{ seekerId: string; name: string }> }>(
      'query W($schemeId: ID!) { waitingList(schemeId: $schemeId) { seekerId name } }',
      { schemeId: admin.scheme.id },
    ),
  ).waitingList;
  seekerId = waiting.find((w) => w.name === 'Winifred Applegarth')!.seekerId;
  expectSuccess(await linkWorker.client.graphql(RECORD_CONSENT, { input: { seekerId, ...consentGiven('REFERRAL') } }));
  matchId = (await propose(linkWorker.client, request.id, volunteerId)).id;
  await respond(vera.client, matchId, true);
  await respond(winifred.client, matchId, true);
  expectSuccess(await vera.client.graphql(SEND_MESSAGE, { input: { matchId, body: 'Lovely to meet you, Winifred' } }));
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

describe('a person’s own data', () => {
  it('they withdraw an agreement, download their data and delete their account; afterwards nothing identifies them', async () => {
    const page = await signedInPage(winifred.details);
    await heading(page, 'Hello, Winifred Applegarth');
    await page.getByRole('link', { name: 'See what you agreed to, download your data or delete your account' }).click();
    await heading(page, 'Your data');
    const REFERRAL = 'Being referred, and Kindred keeping my details';
    const referral = await see(page.getByRole('region', { name: REFERRAL }), 'the referral consent');
    await see(referral.getByText('Sam Okafor, on your behalf'), 'who recorded it');
    await checkPage(page);

    // Withdraw the consent a link worker recorded for her.
    await referral.getByRole('link', { name: /Withdraw/ }).click();
    await heading(page, 'Are you sure you want to withdraw your agreement?');
    await checkPage(page);
    await page.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await heading(page, 'Your data');
    await see(page.getByText('You have withdrawn your agreement.'), 'the confirmation');
    await see(page.getByRole('region', { name: REFERRAL }).getByText(/^Withdrawn on /), 'when it was withdrawn');

    // Download everything, as one JSON file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kindred-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as { schemaVersion: number; account: { email: string }; seekerRecords: Array<{ phone: string }> };
    expect(file.schemaVersion).toBe(1);
    expect(file.account.email).toBe(winifred.details.email);
    expect(file.seekerRecords[0]?.phone).toBe(PHONE);

    // Delete the account: what goes and what stays, then the password and the word "erase".
    await page.getByRole('link', { name: 'Delete my account and data' }).click();
    await heading(page, 'Delete your account and data');
    await see(page.getByText(/This cannot be undone/), 'the warning');
    await see(page.getByText('answers to the wellbeing questions, as numbers with no name attached'), 'what is kept');
    await checkPage(page);
    await page.getByRole('button', { name: 'Delete my account and data' }).click();
    await see(page.getByRole('link', { name: 'Enter your password' }), 'the error summary');
    await page.getByLabel('Your password', { exact: true }).fill('not my password');
    await page.getByLabel('Type the word “erase” to confirm').fill('erase');
    await page.getByRole('button', { name: 'Delete my account and data' }).click();
    await see(page.getByRole('link', { name: 'Your password is not right' }), 'the wrong password, said plainly');
    await checkPage(page);
    await page.getByLabel('Your password', { exact: true }).fill(winifred.details.password);
    await page.getByRole('button', { name: 'Delete my account and data' }).click();
    await heading(page, 'Your account and data have been deleted');
    await see(page.getByRole('link', { name: 'Sign in' }).first(), 'signed out');
    await checkPage(page);

    // She cannot sign in again.
    await page.goto(new URL('/sign-in', kindred.url).toString());
    await page.getByLabel('Email address').fill(winifred.details.email);
    await page.getByLabel('Password', { exact: true }).fill(winifred.details.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await see(page.getByText('Email address or password is not right').first(), 'the sign-in refused');

    // Nothing identifies her in the database.
    const hits = await searchEverywhere(kindred, ['Winifred', 'Applegarth', winifred.details.email, PHONE, POSTCODE, WORDS]);
    expect(hits.map((h) => `${h.table}.${h.column}: ${h.value}`)).toEqual([]);
  }, 120_000);

  it('nor through an administrator’s eyes: her record, the match and the waiting list show no trace of her', async () => {
    const page = await signedInPage(admin.details);
    await page.goto(new URL(`/seekers/${seekerId}`, kindred.url).toString());
    await heading(page, 'Erased person');
    const text = (await page.locator('main').textContent()) ?? '';
    for (const trace of ['Winifred', 'Applegarth', PHONE, POSTCODE, 'bees']) expect(text).not.toContain(trace);
    await checkPage(page);
    await page.goto(new URL(`/matches/${matchId}`, kindred.url).toString());
    await heading(page, /Erased and Vera/);
    await see(page.getByText('ended because a person asked for their data to be erased').first(), 'why the match ended');
    expect((await page.locator('main').textContent()) ?? '').not.toContain('Winifred');
    await checkPage(page);
    await page.goto(new URL(`/waiting-list/${admin.scheme.id}`, kindred.url).toString());
    await heading(page, 'Waiting list');
    expect((await page.locator('main').textContent()) ?? '').not.toContain('Winifred');
  }, 60_000);
});

describe('staff and a person’s data', () => {
  it('a link worker downloads a person’s data; an administrator erases a person’s data with a reason', async () => {
    const referred = await refer(linkWorker.client, admin.scheme.id, { name: 'Ezekiel Morrow' });
    const staff = await signedInPage(linkWorker.details);
    await staff.goto(new URL(`/seekers/${referred.id}`, kindred.url).toString());
    await heading(staff, 'Ezekiel Morrow');
    expect(await staff.getByRole('link', { name: 'Erase their data' }).count(), 'erasing is for administrators').toBe(0);
    const [download] = await Promise.all([staff.waitForEvent('download'), staff.getByRole('button', { name: 'Download their data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kindred-data-ezekiel-morrow-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as { scope: { madeBy: string }; seekerRecords: Array<{ name: string }> };
    expect(file).toMatchObject({ scope: { madeBy: 'STAFF' }, seekerRecords: [{ name: 'Ezekiel Morrow' }] });
    await see(staff.getByText(/Their data has been downloaded as/), 'the confirmation');
    await checkPage(staff);

    const page = await signedInPage(admin.details);
    await page.goto(new URL(`/seekers/${referred.id}`, kindred.url).toString());
    await heading(page, 'Ezekiel Morrow');
    await page.getByRole('link', { name: 'Erase their data' }).click();
    await heading(page, 'Erase their data');
    await checkPage(page);
    await page.getByLabel('Why are you erasing their data?').fill('Ezekiel Morrow asked us');
    await page.getByRole('button', { name: 'Erase their data' }).click();
    await see(page.getByRole('link', { name: /Leave out their name/ }), 'the reason refused for naming him');
    await page.getByLabel('Why are you erasing their data?').fill('He asked by phone on Tuesday');
    await page.getByRole('button', { name: 'Erase their data' }).click();
    await heading(page, 'Erased person');
    await see(page.getByText('Their data has been erased.'), 'the confirmation');
    await checkPage(page);
  }, 120_000);
});
