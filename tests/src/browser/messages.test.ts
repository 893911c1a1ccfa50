/**
 * Issue 7's "Done when": the matched people exchange messages without sharing numbers. Two browsers
 * — Nora, who gave no phone number, and Vera, her volunteer — on their match page: Nora writes, Vera
 * sees it appear live (announced politely, without a reload), and replies; Nora sees the reply live.
 * Every page is checked with axe and at 320px. People, vetting and the match come through the API.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appoint } from '../support/actors.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import { buildPerson, createScheme, signUp, theAdmin, type PersonDetails, type SignedIn } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { checkPage, heading, see } from '../support/pages.ts';
import { ABOUT_WALKER, approvedVolunteer, propose, respond } from '../api/matching-support.ts';
import { askForBefriender, saveAboutMe } from '../api/seekers-support.ts';
import { raiseConcern } from '../api/messages-support.ts';

const kindred = await startTestKindred({ serveWeb: true });
let browser: Browser;
let vera: SignedIn;
let nora: SignedIn;
let linkWorker: SignedIn;
let matchId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  await theAdmin(kindred);
  const scheme = await createScheme(kindred, 'Calder Valley Connect');
  linkWorker = await appoint(kindred, 'LINK_WORKER', scheme, 'Sam Okafor');
  vera = await signUp(kindred, 'VOLUNTEER', buildPerson({ displayName: 'Vera Holt' }), scheme);
  const volunteerId = await approvedVolunteer(linkWorker.client, vera);
  nora = await signUp(kindred, 'SEEKER', buildPerson({ displayName: 'Nora Birch' }), scheme);
  // Nora gives no phone number: messages are how she keeps in touch.
  const { contact: _phone, ...aboutNora } = ABOUT_WALKER;
  await saveAboutMe(nora.client, aboutNora);
  const request = await askForBefriender(nora.client);
  matchId = (await propose(linkWorker.client, request.id, volunteerId)).id;
  await respond(vera.client, matchId, true);
  await respond(nora.client, matchId, true);
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

/** Resolves once the page has asked the server, over its live connection, for new messages in the match. */
function listeningForMessages(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framesent', ({ payload }) => {
        if (String(payload).includes('"subscribe"') && String(payload).includes('messageAdded')) resolve();
      });
    });
  });
}

/** The match page with its Messages section showing. */
async function openMatch(page: Page): Promise<void> {
  await page.goto(new URL(`/matches/${matchId}`, kindred.url).toString());
  await heading(page, 'Nora and Vera');
  await see(page.getByRole('heading', { level: 2, name: 'Messages' }), 'the Messages section');
  await see(page.getByText('Keep in touch here without sharing your phone number'), 'the note about phone numbers');
}

const PHONE = /\b0\d{3,4}\s?\d{6}\b/;

describe('messages between the two people of a match', () => {
  it('lets Nora and Vera write to each other, each seeing the other’s messages arrive live', async () => {
    const volunteer = await signedInPage(vera.details);
    const veraListening = listeningForMessages(volunteer);
    await openMatch(volunteer);
    await see(volunteer.getByText('No messages yet.'), 'an empty thread');
    await veraListening;

    const person = await signedInPage(nora.details);
    const noraListening = listeningForMessages(person);
    await openMatch(person);
    await noraListening;
    await checkPage(person);

    // An empty message is caught before sending, with the reason beside the box and focus in it.
    const box = person.getByLabel('Write a message to Vera');
    await person.getByRole('button', { name: 'Send' }).click();
    await see(person.getByText('Write a message before sending it'), 'the empty-message error');
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);

    const hello = 'Hello Vera! Thank you for saying yes. Shall we walk along the canal on Tuesday?';
    await box.fill(hello);
    await see(person.getByText(`You have ${2000 - hello.length} characters remaining`), 'the character count');
    await person.getByRole('button', { name: 'Send' }).click();
    const mine = await see(person.getByRole('listitem').filter({ hasText: hello }), 'Nora’s message in her thread');
    expect(await mine.textContent()).toMatch(/^You/);
    expect(await box.inputValue()).toBe('');

    // Vera's page, untouched since it loaded, shows it and says so once, politely.
    const arrived = await see(volunteer.getByRole('listitem').filter({ hasText: hello }), 'Nora’s message arriving live on Vera’s page');
    expect(await arrived.textContent()).toMatch(/^Nora/);
    await see(volunteer.locator('[aria-live="polite"]').filter({ hasText: `New message from Nora: ${hello}` }), 'the polite announcement');
    // The thread itself is not a live region: only the new message is read out, not the whole thread.
    expect(await volunteer.locator('.message-thread').evaluate((list) => list.closest('[aria-live]'))).toBeNull();
    await checkPage(volunteer);

    const reply = 'Tuesday is perfect. I will meet you by the lock at 2pm: https://example.org/maps/hebden-bridge-canal-lock-meeting-point-by-the-bench';
    await volunteer.getByLabel('Write a message to Nora').fill(reply);
    await volunteer.getByRole('button', { name: 'Send' }).click();
    await see(volunteer.getByRole('listitem').filter({ hasText: 'Tuesday is perfect.' }), 'Vera’s reply in her thread');
    const answer = await see(person.getByRole('listitem').filter({ hasText: 'Tuesday is perfect.' }), 'Vera’s reply arriving live on Nora’s page');
    expect(await answer.textContent()).toMatch(/^Vera/);

    // Oldest first, newest last, just above the box to reply in.
    const order = await person.locator('.message-thread > li .message__body').allTextContents();
    expect(order).toEqual([hello, reply]);

    // Neither needed a phone number, and none is shown.
    for (const page of [person, volunteer]) {
      expect(await page.locator('main').innerText()).not.toMatch(PHONE);
      await checkPage(page);
    }
  });

  it('shows the link worker that the two are in touch, and the words only while a concern is open', async () => {
    const staff = await signedInPage(linkWorker.details);
    await openStaffMatch(staff);
    const summary = staff.getByRole('region', { name: 'Messages' });
    await see(summary.getByText('1 message').first(), 'the counts');
    await see(summary.getByText('You can see that they are in touch, not what they say.', { exact: false }), 'why the words are not shown');
    expect(await summary.innerText()).not.toContain('Tuesday is perfect');
    await checkPage(staff);

    await raiseConcern(linkWorker.client, 'MATCH', matchId, 'Nora’s daughter rang, worried about the arrangements.');
    await openStaffMatch(staff);
    await see(summary.getByText('You can read these because a concern is open.', { exact: false }), 'why the words are shown');
    await see(summary.getByRole('listitem').filter({ hasText: 'Tuesday is perfect.' }), 'Vera’s message, for staff');
    await checkPage(staff);
  });
});

/** The match page as staff see it, with its Messages section. */
async function openStaffMatch(page: Page): Promise<void> {
  await page.goto(new URL(`/matches/${matchId}`, kindred.url).toString());
  await heading(page, 'Nora and Vera');
  await see(page.getByRole('heading', { level: 2, name: 'Messages' }), 'the Messages section');
}
