import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emailProblem } from '@kindred/shared';
import { launchBrowser, openPage } from '../support/browser.ts';
import { buildPerson, defaultScheme, signUp } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { resetLinkFor } from '../support/mail.ts';
import { checkPage, expectFocused, focused, heading, see } from '../support/pages.ts';

const kindred = await startTestKindred({ serveWeb: true });
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  await defaultScheme(kindred);
});
afterAll(async () => {
  await browser?.close();
  await kindred.close();
});
beforeEach(async () => {
  ({ page } = await openPage(browser));
});

const open = (path: string) => page.goto(new URL(path, kindred.url).toString());

async function signInThroughForm(email: string, password: string) {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
}

describe('accounts in the browser', () => {
  it('shows an error summary for an empty sign-in form, and each problem leads to its field', async () => {
    await open('/sign-in');
    await heading(page, 'Sign in');
    await checkPage(page);

    await page.getByRole('button', { name: 'Sign in' }).click();

    const summary = await see(page.getByRole('alert'), 'the error summary');
    expect(await summary.textContent()).toContain('There is a problem');
    expect(await page.title()).toMatch(/^Error: /);
    expect(await summary.evaluate((alert) => alert.parentElement?.contains(document.activeElement) ?? false), 'focus moves to the summary').toBe(true);
    await checkPage(page);

    await summary.getByRole('link', { name: emailProblem('') ?? 'Enter your email address' }).click();
    await expectFocused(page.getByLabel('Email address'), 'the email field');
    await see(summary.getByRole('link', { name: 'Enter your password' }), 'the password problem');
  });

  it('makes the skip link the first Tab stop, and it moves focus to the main content', async () => {
    await open('/');
    await see(page.getByRole('link', { name: 'Sign in' }));
    await checkPage(page);

    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first, 'first Tab stop').toMatchObject({ tag: 'a', text: 'Skip to main content' });

    await page.keyboard.press('Enter');
    await expectFocused(page.getByRole('main'), 'the main content');
  });

  it('signs up as a volunteer, signs out, and signs back in', async () => {
    const person = buildPerson({ displayName: 'Priya' });
    await open('/');
    await page.getByRole('link', { name: 'Create an account' }).first().click();
    await heading(page, 'Create an account');
    await see(page.getByRole('button', { name: 'Create account' }));
    await checkPage(page);

    await page.getByRole('radio', { name: 'I want to volunteer' }).check();
    await page.getByLabel('Your name').fill(person.displayName);
    await page.getByLabel('Email address').fill(person.email);
    await page.getByLabel('Create a password', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Create account' }).click();

    await see(page.getByText('Your account has been created.'));
    await see(page.getByRole('button', { name: 'Sign out' }));
    await see(page.getByText(person.displayName), 'the new volunteer’s name');
    await checkPage(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await see(page.getByText('You have signed out.'));
    await checkPage(page);

    await page.getByRole('link', { name: 'Sign in' }).first().click();
    await heading(page, 'Sign in');
    await signInThroughForm(person.email, person.password);
    await see(page.getByText(person.displayName));
    await checkPage(page);
  });

  it('resets a forgotten password through the emailed link, then signs in with the new one', async () => {
    const { details } = await signUp(kindred, 'SEEKER');
    const newPassword = 'my new and rather long passphrase';
    await open('/sign-in');
    await page.getByRole('link', { name: 'I have forgotten my password' }).click();
    await heading(page, 'Reset your password');
    await checkPage(page);

    const asked = new Date();
    await page.getByLabel('Email address').fill(details.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await heading(page, 'Check your email');
    await checkPage(page);

    const link = await resetLinkFor(kindred, details.email, asked);
    await page.goto(link.toString());
    await heading(page, 'Create a new password');
    await checkPage(page);

    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await heading(page, 'Your password has been changed');
    await checkPage(page);

    await page.getByRole('link', { name: 'Sign in with your new password' }).click();
    await heading(page, 'Sign in');
    await signInThroughForm(details.email, newPassword);
    await checkPage(page);
  });
});
