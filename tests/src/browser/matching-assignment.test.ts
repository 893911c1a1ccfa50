/**
 * Matching everyone waiting, in Chromium, on the demo data: Calder Valley's link worker starts a
 * scheme-wide run, follows its progress, reads the proposed matches and offers one (Derek, who is
 * still waiting for a befriender, with Arthur). Every page visited is checked with axe and at 320px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kindred/server';
import { launchBrowser, openPage } from '../support/browser.ts';
import { startTestKindred } from '../support/kindred.ts';
import { checkPage, heading, see } from '../support/pages.ts';

const kindred = await startTestKindred({ serveWeb: true, env: { DEMO_DATA: 'true' } });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await kindred.close();
});

async function signedInPage(email: string): Promise<Page> {
  const { page } = await openPage(browser);
  await page.goto(new URL('/sign-in', kindred.url).toString());
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
  return page;
}

describe('match everyone waiting', () => {
  it('a link worker starts a run, sees its progress and the proposed matches, and offers one', async () => {
    const staff = await signedInPage('linkworker@example.org');
    await staff.getByRole('link', { name: 'Match everyone waiting' }).first().click();
    await heading(staff, 'Match everyone waiting');
    await checkPage(staff);

    await staff.getByRole('button', { name: 'Match everyone waiting' }).click();
    await see(staff.getByRole('heading', { name: 'Progress' }), 'the progress of the run');
    await see(staff.getByRole('progressbar'), 'the progress bar');
    const status = staff.getByRole('status').filter({ hasText: /Finished/ });
    await status.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await status.textContent()).toMatch(/Finished: \d+ of \d+ people waiting have a proposed match/);
    expect(await staff.getByRole('progressbar').getAttribute('value')).toBe('100');

    const table = await see(staff.getByRole('table', { name: 'Proposed matches, best fit first' }), 'the proposed matches');
    const derek = table.getByRole('row').filter({ hasText: 'Derek' });
    await see(derek.getByRole('cell', { name: 'Arthur' }), 'Arthur proposed for Derek');
    await see(derek.getByText(/enjoy|share|both/i), 'why they fit');
    await checkPage(staff);

    // The button's name starts with its visible words, and says which pair it offers.
    await derek.getByRole('button', { name: /^Offer this match\W*Arthur for Derek$/ }).click();
    await see(derek.getByText('Offered', { exact: true }), 'the match marked as offered');
    await see(staff.getByRole('status').filter({ hasText: 'Offered Arthur to Derek' }), 'the offer announced');
    await checkPage(staff);

    // The offer is a real proposal: it is in the scheme's matches, waiting for Arthur.
    await staff.goto(new URL('/scheme-matches', kindred.url).toString());
    await heading(staff, 'Matches');
    await staff.getByRole('navigation', { name: 'Matches by status' }).getByRole('link', { name: 'Offered to the volunteer' }).click();
    await see(staff.getByRole('link', { name: 'Derek and Arthur' }), 'Derek and Arthur among the offers');
    await checkPage(staff);
  });
});
