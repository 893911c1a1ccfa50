/**
 * Two-factor sign-in in Chromium: a new link worker is sent to set it up, adds Kindred to an app by
 * typing the key shown as text (as a screen reader user would), saves the recovery codes, signs out,
 * and signs in again with a code; and once more with a recovery code. Every page: axe and 320px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { startTestKindred } from '../support/kindred.ts';
import { checkPage, heading, see } from '../support/pages.ts';
import { rememberAuthenticator, nextSignInCode } from '../support/two-factor.ts';
import { SIGN_IN_CODE_LABEL } from '../support/two-factor-browser.ts';
import { stepAt, totpCode } from '../support/totp.ts';
import { awayFromStepEdge, staffWithoutAuthenticator, type Staff } from '../api/two-factor-support.ts';

const kindred = await startTestKindred({ serveWeb: true });
let browser: Browser;
let page: Page;
let linkWorker: Staff;
let recoveryCodes: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  linkWorker = await staffWithoutAuthenticator(kindred, 'LINK_WORKER', 'Lin Worker');
  // This page types nothing by itself: the test is the person with the phone.
  ({ page } = await openPage(browser, undefined, { typeSignInCodes: false }));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await kindred.close();
});

const open = (path: string) => page.goto(new URL(path, kindred.url).toString());

async function signInWithPassword() {
  await open('/sign-in');
  await heading(page, 'Sign in');
  await page.getByLabel('Email address').fill(linkWorker.details.email);
  await page.getByLabel('Password', { exact: true }).fill(linkWorker.details.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signOut() {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await see(page.getByRole('link', { name: 'Sign in' }), 'the Sign in link');
}

describe('two-factor sign-in in the browser', () => {
  it('sends a new link worker to set it up, with the key as text beside the QR code, and then the recovery codes', async () => {
    await signInWithPassword();
    await heading(page, 'Set up two-factor sign-in');
    await see(page.getByText('Until you set this up, your staff pages are not available.'));
    await checkPage(page);

    // Until then their staff pages are not offered, and every page says why.
    await open('/');
    await see(page.getByText('Your staff role needs two-factor sign-in.'));
    expect(await page.getByRole('link', { name: 'Waiting list' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Set up two-factor sign-in' }).click();
    await heading(page, 'Set up two-factor sign-in');

    await page.getByRole('button', { name: 'Start setting up' }).click();
    await heading(page, 'Add Kindred to your authenticator app');
    const qr = await see(page.getByRole('img', { name: /QR code for adding Kindred to an authenticator app/ }));
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    const keyText = (await page.locator('#two-factor-key').textContent()) ?? '';
    expect(keyText).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    const secret = keyText.replace(/\s/g, '');
    await checkPage(page);

    const codeField = page.getByLabel('Enter the 6-digit code your app shows');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    await awayFromStepEdge();
    const right = totpCode(secret, stepAt());
    await codeField.fill(right === '000000' ? '000001' : '000000');
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await see(page.getByRole('alert').getByText(/That code is not right/), 'the code refused');
    await checkPage(page);

    await codeField.fill(right);
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await heading(page, 'Save your recovery codes');
    recoveryCodes = (await page.locator('.recovery-codes li').allTextContents()).map((c) => c.trim());
    expect(recoveryCodes).toHaveLength(10);
    await checkPage(page);
    rememberAuthenticator(linkWorker.details.email, secret, [], stepAt());

    await page.getByRole('button', { name: 'I have saved these' }).click();
    await see(page.getByRole('link', { name: 'Waiting list' }), 'the link worker’s pages');
    expect(await page.getByText('Your staff role needs two-factor sign-in.').count()).toBe(0);
    await signOut();
  });

  it('asks for the code from the app after the password next time, without a Sign out button until then', async () => {
    await signInWithPassword();
    await heading(page, 'Enter your sign-in code');
    const field = page.getByLabel(SIGN_IN_CODE_LABEL, { exact: true });
    expect(await field.getAttribute('inputmode')).toBe('numeric');
    expect(await field.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await checkPage(page);

    await field.fill('12345');
    await page.getByRole('button', { name: 'Continue' }).click();
    await see(page.getByRole('alert').getByText('The code is 6 digits. Enter the code your authenticator app shows now.'));
    await field.fill(await nextSignInCode(linkWorker.details.email));
    await page.getByRole('button', { name: 'Continue' }).click();
    await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
    await see(page.getByRole('link', { name: 'Waiting list' }), 'the link worker’s pages');
    await open('/waiting-list');
    await heading(page, /Waiting list/);
    await signOut();
  });

  it('takes a recovery code instead when the phone is lost, and each recovery code only once', async () => {
    await signInWithPassword();
    await heading(page, 'Enter your sign-in code');
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    const recoveryField = page.getByLabel('Enter one of your recovery codes', { exact: true });
    await see(recoveryField);
    await checkPage(page);
    await recoveryField.fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
    await signOut();

    // The same code again is refused; the person can give up and start again.
    await signInWithPassword();
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Enter one of your recovery codes', { exact: true }).fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Continue' }).click();
    await see(page.getByRole('alert').getByText(/already been used/));
    await page.getByRole('button', { name: 'Cancel signing in' }).click();
    await heading(page, 'Sign in');
  });
});
