/**
 * The audit log in Chromium: the administrator opens it from their home page and looks up one
 * person's sign-ins by their email address, then the failed attempts on their account. Every view
 * is checked with axe and at 320px wide.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { expectErrorCode, expectSuccess } from '../support/assertions.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { buildPerson, signUp, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { SIGN_IN } from '../support/operations.ts';
import { checkPage, heading, see } from '../support/pages.ts';

const kindred = await startTestKindred({ serveWeb: true });
let browser: Browser;
let page: Page;
let cast: Cast;
let pat: SignedIn;
const SIGN_INS = 3;

const signInAs = (email: string, password: string) => kindred.person('signing in').graphql(SIGN_IN, { input: { email, password } });

beforeAll(async () => {
  cast = await buildCast(kindred);
  pat = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Pat Person' }), cast.scheme);
  for (let i = 1; i < SIGN_INS; i++) expectSuccess(await signInAs(pat.details.email, pat.details.password));
  expectErrorCode(await signInAs(pat.details.email, 'not the right password'), 'UNAUTHENTICATED');
  browser = await launchBrowser();
  ({ page } = await openPage(browser));
  await page.goto(new URL('/sign-in', kindred.url).toString());
  await page.getByLabel('Email address').fill(cast.admin.details.email);
  await page.getByLabel('Password', { exact: true }).fill(cast.admin.details.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await kindred.close();
});

const results = () => page.getByRole('table', { name: 'Audit events, newest first' });
const resultRows = () => results().getByRole('row').filter({ has: page.getByRole('cell') });

describe('the audit log', () => {
  it('opens from the administrator’s home page, newest events first', async () => {
    await page.goto(new URL('/', kindred.url).toString());
    await page.getByRole('link', { name: 'Audit log: who did what, and when' }).click();
    await heading(page, 'Audit log');
    await see(results(), 'the table of events');
    await checkPage(page);
  });

  it('finds a person’s sign-ins by their email address', async () => {
    await page.getByLabel('Person’s email address (optional)').fill(pat.details.email);
    await page.getByLabel('What happened (optional)').selectOption({ label: 'Signed in' });
    await page.getByRole('button', { name: 'Search' }).click();
    await see(page.getByRole('status').filter({ hasText: `Showing ${SIGN_INS} events.` }), 'the count of events');
    const rows = await resultRows().all();
    expect(rows).toHaveLength(SIGN_INS);
    for (const row of rows) {
      const text = (await row.textContent()) ?? '';
      expect(text).toContain('Pat Person');
      expect(text).toContain(pat.details.email);
      expect(text).toContain('Signed in');
      expect(text).toContain('Done');
    }
    // The search is in the address: it can be bookmarked, and the form keeps what was asked.
    expect(new URL(page.url()).searchParams.get('actorEmail')).toBe(pat.details.email);
    expect(await page.getByLabel('Person’s email address (optional)').inputValue()).toBe(pat.details.email);
    await checkPage(page);
  });

  it('finds the failed attempt on their account, which names nobody as the one who tried', async () => {
    await page.getByLabel('What happened (optional)').selectOption({ label: 'Anything' });
    await page.getByLabel('Outcome (optional)').selectOption({ label: 'Failed' });
    await page.getByRole('button', { name: 'Search' }).click();
    await see(page.getByRole('status').filter({ hasText: 'Showing 1 event.' }), 'one event');
    const row = resultRows().first();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Sign-in refused');
    expect(text).toContain('Nobody signed in');
    expect(text).toContain(pat.viewer.id);
    expect(text).not.toContain('not the right password');
    await checkPage(page);
  });

  it('says what is wrong with a date, and links to it', async () => {
    await page.getByRole('group', { name: 'From (optional)' }).getByLabel('Day').fill('31');
    await page.getByRole('group', { name: 'From (optional)' }).getByLabel('Month').fill('2');
    await page.getByRole('group', { name: 'From (optional)' }).getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: 'Search' }).click();
    const summary = await see(page.getByRole('alert').filter({ hasText: 'There is a problem' }), 'the error summary');
    await summary.getByRole('link', { name: /Enter the first day as a real date/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('from');
    expect(await page.title()).toMatch(/^Error: Audit log/);
    await checkPage(page);
  });
});
