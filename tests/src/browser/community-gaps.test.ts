/**
 * The demo community builder, in Chromium, with no map tiles reachable (every request that leaves
 * Kindred is refused, as on a network with no tile server): the gaps page shows the summary, the
 * districts as circles with labels and as a list, the tables with CSV, with no names or postcodes;
 * then "what would help most" shows the top suggestion, whose "Start a drive" link carries it.
 * Both pages are checked with axe and at 320px.
 */
import { DEMO_PASSWORD } from '@kindred/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.ts';
import { startTestKindred } from '../support/kindred.ts';
import { checkPage, heading, see } from '../support/pages.ts';

const kindred = await startTestKindred({ serveWeb: true, env: { DEMO_DATA: 'true' } });
let browser: Browser;
let page: Page;
/** Requests the page tried to make outside Kindred (map tiles), all refused. */
const refused: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const opened = await openPage(browser);
  page = opened.page;
  await opened.context.route('**/*', async (route) => {
    if (route.request().url().startsWith(kindred.url)) return route.continue();
    refused.push(route.request().url());
    return route.abort('internetdisconnected');
  });
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

describe('where people are waiting', () => {
  it('shows the summary, the districts on a map with no tiles and as a list, and every figure in a table', async () => {
    await page.goto(new URL('/community/gaps', kindred.url).toString());
    await heading(page, 'Where people are waiting');
    const summary = await see(page.getByText(/^\d+ people are waiting; \d+ have no volunteer who fits, \d+ (has|have) too few\.$/), 'the summary sentence');
    const [none, few] = (/; (\d+) have no volunteer who fits, (\d+) ha/.exec((await summary.textContent()) ?? '') ?? []).slice(1).map(Number);
    expect(none).toBeGreaterThanOrEqual(5);

    // The map: one circle per district, each labelled with its name and number, drawn without any tiles.
    const map = await see(page.getByRole('region', { name: /Map of the districts where people are waiting/ }), 'the map');
    await see(map.getByText(/^OL14: \d+$/), 'the Todmorden label on the map');
    const districts = await page.getByRole('heading', { level: 3 }).allTextContents();
    expect(districts).toEqual(expect.arrayContaining(['OL14', 'HX7']));
    expect(await map.locator('path.leaflet-interactive').count()).toBe(districts.length);
    expect(refused.some((url) => url.includes('tile.openstreetmap.org')), 'tiles were asked for and could not be had').toBe(true);
    expect(await map.locator('img.leaflet-tile-loaded').count()).toBe(0);

    // The list beside it moves the map to a district, from the keyboard.
    const show = page.getByRole('button', { name: 'Show OL14 on the map' });
    await show.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => show.getAttribute('aria-pressed')).toBe('true');
    await see(page.getByRole('status').filter({ hasText: 'The map shows OL14.' }), 'the announcement');

    // The same figures, without the map.
    const byArea = await see(page.getByRole('table', { name: 'People waiting by area (postcode district)' }), 'the table by area');
    await see(byArea.getByRole('rowheader', { name: 'OL14' }), 'the OL14 row');
    await see(page.getByRole('table', { name: 'What blocks people waiting' }).getByRole('rowheader', { name: 'Needs a volunteer who signs BSL' }), 'the BSL blocker');
    const weeks = await see(page.getByRole('table', { name: 'People waiting, week by week' }), 'the trend table');
    expect(await weeks.getByRole('row').count()).toBe(1 + 9);
    const people = await see(page.getByRole('table', { name: 'People waiting with no volunteer, or too few, who fits' }), 'the list of people waiting');
    expect(await people.getByRole('row').count()).toBe(1 + none! + few!);

    // No names and no full postcodes of the people waiting (server/src/community/gaps/demo.ts, server/src/seekers/demo.ts).
    const text = await page.locator('main').innerText();
    for (const private_ of ['Ruth', 'Crabtree', 'Shirley', 'Dennis', 'Ellen', 'Derek', 'OL14 7DJ', 'HX7 5QL', 'HX7 8BD', 'OL14 5AB']) expect(text).not.toContain(private_);

    await checkPage(page);
  });

  it('downloads a table as CSV', async () => {
    const button = page.getByRole('button', { name: 'Download as CSV: People waiting by area (postcode district)' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('people-waiting-by-area.csv');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Area,People waiting,No volunteer fits,Too few fit,What blocks most of them,Typical wait (days),Longest wait (days),Waiting over 4 weeks');
    expect(lines.some((line) => line.startsWith('OL14,'))).toBe(true);
  });
});

describe('what would help most', () => {
  it('shows the top suggestion first, and its "Start a drive" link carries the suggestion', async () => {
    await page.getByRole('link', { name: 'See which volunteers would help most' }).click();
    await heading(page, 'What would help most');
    const top = await see(page.getByRole('heading', { level: 2, name: /^Suggestion 1/ }), 'the top suggestion');
    expect(await top.textContent()).toMatch(/who signs? BSL, near OL14, free weekday mornings, would unblock 2 people\.$/);
    const link = page.getByRole('link', { name: 'Start a drive for this' }).first();
    const href = new URL((await link.getAttribute('href')) ?? '', kindred.url);
    expect(href.pathname).toBe('/community/drives/new');
    expect(Object.fromEntries(href.searchParams)).toMatchObject({
      scheme: expect.stringMatching(/^[0-9a-f-]{36}$/),
      suggestion: expect.stringContaining('SIGNS_BSL'),
      area: 'OL14',
      skills: 'SIGNS_BSL',
      band: 'WEEKDAY_MORNINGS',
      mode: 'IN_PERSON',
      kind: 'BEFRIENDING',
      title: 'Volunteers wanted near OL14: signs BSL, weekday mornings',
    });
    await see(page.getByRole('table', { name: 'Volunteers to recruit, most helpful first' }), 'the suggestions as a table');
    await checkPage(page);
  });

  it('shows a link worker the same suggestions, without starting drives, which are for community builders', async () => {
    const { page: linkWorker } = await openPage(browser);
    await linkWorker.context().route('**/*', (route) => (route.request().url().startsWith(kindred.url) ? route.continue() : route.abort()));
    await linkWorker.goto(new URL('/sign-in', kindred.url).toString());
    await linkWorker.getByLabel('Email address').fill('linkworker@example.org');
    await linkWorker.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await linkWorker.getByRole('button', { name: 'Sign in' }).click();
    await see(linkWorker.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
    await linkWorker.goto(new URL('/community/what-would-help', kindred.url).toString());
    await see(linkWorker.getByRole('heading', { level: 2, name: /^Suggestion 1.*signs? BSL, near OL14/ }), 'the top suggestion');
    expect(await linkWorker.getByRole('link', { name: 'Start a drive for this' }).count()).toBe(0);
  });
});
