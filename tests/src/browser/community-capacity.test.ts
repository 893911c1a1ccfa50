/**
 * The demo community builder, in Chromium: capacity over time (four charts, each with its table and
 * CSV, and fewer weeks on request) and activities to start (the singing group near Hebden Bridge,
 * the dancing group in Todmorden, and the Friday Lunch Club to check, linked to its page). Both
 * pages are checked with axe and at 320px, and show no names or postcodes of the people counted.
 */
import { DEMO_PASSWORD } from '@kindred/server';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { startTestKindred } from '../support/kindred.ts';
import { checkPage, heading, see } from '../support/pages.ts';
import { mondayOf } from '../api/community-capacity-support.ts';

const kindred = await startTestKindred({ serveWeb: true, env: { DEMO_DATA: 'true' } });
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = (await openPage(browser)).page;
  await page.goto(new URL('/sign-in', kindred.url).toString());
  await page.getByLabel('Email address').fill('communitybuilder@example.org');
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await kindred.close();
});

async function csvLines(caption: string, fileName: string): Promise<string[]> {
  const [download] = (await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download as CSV: ${caption}` }).click(),
  ])) as [Download, void];
  expect(download.suggestedFilename()).toBe(fileName);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
}

// The people the demo counts (server/src/community/capacity/demo.ts, server/src/seekers/demo.ts).
const PRIVATE = ['Irene', 'Midgley', 'Walter', 'Dorothy', 'Phyllis', 'Stanley', 'Mavis', 'Margaret', 'HX7 8DE', 'OL14 6QA', 'HX7 8AF'];

describe('capacity over time', () => {
  it('shows four charts, each with its table, from the community home page', async () => {
    await page.goto(new URL('/community', kindred.url).toString());
    await page.getByRole('link', { name: 'Capacity over time' }).click();
    await heading(page, 'Capacity over time');
    for (const title of ['Active volunteers and spare places', 'People waiting', 'Matches made', 'Median days to a match']) {
      const figure = await see(page.getByRole('figure', { name: title }), `the figure "${title}"`);
      await see(figure.locator('svg.recharts-surface'), `the chart of "${title}"`);
      const table = figure.getByRole('table');
      expect(await table.getByRole('row').count(), title).toBe(1 + 26);
    }
    await see(page.getByText(/^\d+ (person is|people are) waiting now, (up from|down from|the same as) \d+/), 'the people waiting in words');
    const waiting = page.getByRole('table', { name: 'People waiting at the end of each week' });
    const thisWeek = waiting.getByRole('row').last();
    expect(await thisWeek.getByRole('rowheader').textContent()).toMatch(/^\d{1,2} \w+ \d{4}$/);
    const text = await page.locator('main').innerText();
    for (const word of PRIVATE) expect(text).not.toContain(word);
    await checkPage(page);
  });

  it('downloads a table as CSV, and shows fewer weeks when asked', async () => {
    const lines = await csvLines('People waiting at the end of each week', 'people-waiting.csv');
    expect(lines[0]).toBe('Week starting,People waiting');
    expect(lines).toHaveLength(1 + 26);
    expect(lines.at(-1)).toMatch(new RegExp(`^${mondayOf(0)},\\d+$`));
    const median = await csvLines('Median days from asking to a match, for people matched each week', 'median-days-to-match.csv');
    expect(median[0]).toBe('Week starting,Matches made,Median days to a match');
    expect(median.some((line) => line.endsWith(',35'))).toBe(true);

    await page.getByLabel('Show').selectOption('13');
    await expect.poll(() => page.getByRole('table', { name: 'Matches made each week' }).getByRole('row').count()).toBe(1 + 13);
    expect(new URL(page.url()).searchParams.get('weeks')).toBe('13');
    await checkPage(page);
  });
});

describe('activities to start', () => {
  it('suggests groups to start and lists the listing to check, linked to its page', async () => {
    await page.goto(new URL('/community', kindred.url).toString());
    await page.getByRole('link', { name: 'Activities to start' }).click();
    await heading(page, 'Activities to start');
    const figure = await see(page.getByRole('figure', { name: 'People who share an interest with no activity within reach' }), 'the groups figure');
    await see(figure.locator('svg.recharts-surface'), 'the groups chart');
    await see(figure.getByText(/^The biggest: 4 people in HX7 enjoy singing and choirs/), 'the biggest group in words');
    const groups = figure.getByRole('table', { name: 'Groups to start, biggest first' });
    const singing = groups.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Singing and choirs' }) });
    const [area, people, nearest, distance] = await singing.getByRole('cell').allTextContents();
    expect([area, people, nearest]).toEqual(['HX7', '4', 'Calder Valley Community Choir']);
    expect(distance).toMatch(/^About \d+$/);
    const dancing = groups.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Dancing' }) });
    expect(await dancing.getByRole('cell').allTextContents()).toEqual(['OL14', '3', 'None in the directory', '']);

    const lines = await csvLines('Groups to start, biggest first', 'groups-to-start.csv');
    expect(lines[0]).toBe('Interest,Area,People,Nearest existing activity,How far (km)');
    expect(lines).toContain('Dancing,OL14,3,,');

    const listings = page.getByRole('table', { name: 'Listings not checked for 6 months or more' });
    await see(listings.getByRole('link', { name: 'Change Friday Lunch Club' }), 'the change link');
    const text = await page.locator('main').innerText();
    for (const word of PRIVATE) expect(text).not.toContain(word);
    await checkPage(page);

    await listings.getByRole('link', { name: 'Friday Lunch Club', exact: true }).click();
    await heading(page, 'Friday Lunch Club');
    await see(page.getByRole('button', { name: /Mark as checked today/ }), 'the way to mark it checked');
  });
});
