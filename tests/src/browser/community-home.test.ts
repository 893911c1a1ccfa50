/**
 * The community builders' home in the browser: a community builder reaches it from their home page
 * and finds the six views with their headline figures; link workers and administrators reach it too, and an administrator of two
 * schemes picks which one; anyone else is told it is not for them. Every page is checked with axe and
 * at 320px. A table's CSV download is read back and compared with the table.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCast, type Cast } from '../support/actors.ts';
import { launchBrowser, openPage } from '../support/browser.ts';
import type { PersonDetails } from '../support/factories.ts';
import { startTestKindred } from '../support/kindred.ts';
import { checkPage, heading, see } from '../support/pages.ts';
import { waitingSeeker } from '../api/seekers-support.ts';

const kindred = await startTestKindred({ serveWeb: true });
let browser: Browser;
let cast: Cast;

beforeAll(async () => {
  browser = await launchBrowser();
  cast = await buildCast(kindred);
  // Two people wait in the cast's scheme, and no volunteer is approved yet: nobody fits them.
  await waitingSeeker(cast.seeker);
  await waitingSeeker(cast.anotherSeeker);
});
afterAll(async () => {
  await browser?.close();
  await kindred.close();
});

const VIEWS = [
  ['Where people are waiting', '/community/gaps'],
  ['What would help most', '/community/what-would-help'],
  ['Recruitment drives', '/community/drives'],
  ['Volunteer pipeline', '/community/pipeline'],
  ['Capacity over time', '/community/capacity'],
  ['Activities to start', '/community/activities'],
] as const;

async function signedIn(details: PersonDetails): Promise<Page> {
  const { page } = await openPage(browser);
  await page.goto(new URL('/sign-in', kindred.url).toString());
  await page.getByLabel('Email address').fill(details.email);
  await page.getByLabel('Password', { exact: true }).fill(details.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
  return page;
}

/** The card of one view on the community home. */
function card(page: Page, name: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
}

/** Where each of the six view links on the page goes, by its name. */
async function viewLinks(page: Page): Promise<Array<[string, string]>> {
  const list = page.getByRole('main').getByRole('list').last();
  return list.getByRole('link').evaluateAll((links) =>
    links.map((link) => [link.textContent ?? '', link.getAttribute('href') ?? ''] as [string, string]),
  );
}

describe('the community home in the browser', () => {
  it('a community builder reaches it from their home page and finds the six views of their scheme', async () => {
    const page = await signedIn(cast.communityBuilder.details);
    const section = page.getByRole('region', { name: 'Community builder' });
    for (const [name, path] of VIEWS) {
      expect(await section.getByRole('link', { name, exact: true }).getAttribute('href'), name).toBe(path);
    }

    await section.getByRole('link', { name: 'Your community', exact: true }).click();
    await heading(page, 'Your community');
    await see(page.getByText(`Where people in ${cast.scheme.name} are waiting for company`));
    // One scheme: nothing to pick.
    expect(await page.getByLabel('Scheme').count()).toBe(0);
    const scheme = `?scheme=${encodeURIComponent(cast.scheme.id)}`;
    expect(await viewLinks(page)).toEqual(VIEWS.map(([name, path]) => [name, `${path}${scheme}`]));
    for (const [name] of VIEWS) await see(page.getByRole('heading', { level: 2, name }));
    // The headline figures of the scheme, in words.
    await see(card(page, 'Where people are waiting').getByText('2 people waiting'));
    await see(card(page, 'Where people are waiting').getByText('2 with no volunteer who fits yet.'));
    await see(card(page, 'Capacity over time').getByText('0 volunteers ready to help'));
    await see(card(page, 'Capacity over time').getByText('0 spare places this week.'));
    await checkPage(page);
  });

  it('a table on a community view downloads as a CSV file with the same headings and rows', async () => {
    const page = await signedIn(cast.communityBuilder.details);
    await page.goto(new URL('/community', kindred.url).toString());
    await page.getByRole('link', { name: 'Capacity over time' }).click();
    await heading(page, 'Capacity over time');
    const button = await see(page.getByRole('button', { name: /^Download as CSV: / }), 'a Download as CSV button');
    const caption = (await button.getAttribute('aria-label'))?.replace('Download as CSV: ', '') ?? '';
    const table = page.getByRole('table', { name: caption, exact: true });
    const headings = await table.getByRole('columnheader').allTextContents();
    const rowCount = (await table.getByRole('row').count()) - 1;

    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.csv$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.startsWith('\uFEFF'), 'a byte-order mark, so spreadsheets read UTF-8').toBe(true);
    const csv = cells(text.slice(1));
    expect(csv[0]).toEqual(headings);
    expect(csv).toHaveLength(rowCount + 1);
    // The kit's charts, tables and keys on a real page: axe-clean, and nothing wider than 320px.
    await checkPage(page);
  });

  it('a link worker reaches it from their home page', async () => {
    const page = await signedIn(cast.linkWorker.details);
    await page.getByRole('link', { name: 'Where people are waiting and what would help' }).click();
    await heading(page, 'Your community');
    expect(await viewLinks(page)).toHaveLength(VIEWS.length);
  });

  it('an administrator of two schemes picks which one, and the links follow the choice', async () => {
    const page = await signedIn(cast.admin.details);
    await page.getByRole('region', { name: 'Administrator' }).getByRole('link', { name: 'Where people are waiting and what would help' }).click();
    await heading(page, 'Your community');
    await see(page.getByText(`Where people in ${cast.scheme.name} are waiting`));

    await page.getByLabel('Scheme').selectOption({ label: cast.otherScheme.name });
    await see(page.getByText(`Where people in ${cast.otherScheme.name} are waiting`));
    expect(new URL(page.url()).searchParams.get('scheme')).toBe(cast.otherScheme.id);
    const links = await viewLinks(page);
    expect(links.map(([, href]) => href)).toEqual(VIEWS.map(([, path]) => `${path}?scheme=${encodeURIComponent(cast.otherScheme.id)}`));
    // The figures are the other scheme's: nobody waits there.
    await see(card(page, 'Where people are waiting').getByText('0 people waiting'));
    expect(await card(page, 'Where people are waiting').getByText('with no volunteer who fits').count()).toBe(0);
    await checkPage(page);
  });

  it('a scheme in the address that the person has no part in is not used', async () => {
    const page = await signedIn(cast.communityBuilder.details);
    await page.goto(new URL(`/community?scheme=${cast.otherScheme.id}`, kindred.url).toString());
    await heading(page, 'Your community');
    await see(page.getByText(`Where people in ${cast.scheme.name} are waiting`));
    expect(await page.getByText(cast.otherScheme.name).count()).toBe(0);
    expect((await viewLinks(page)).every(([, href]) => href.endsWith(`scheme=${encodeURIComponent(cast.scheme.id)}`))).toBe(true);
  });

  it('tells a volunteer it is for community builders, and shows none of the views', async () => {
    const page = await signedIn(cast.volunteer.details);
    await page.goto(new URL('/community', kindred.url).toString());
    await heading(page, 'This is for community builders');
    await see(page.getByText('community builder, link worker or administrator', { exact: false }));
    for (const [name] of VIEWS) expect(await page.getByRole('link', { name, exact: true }).count(), name).toBe(0);
    // Their own home page offers no way in either.
    await page.getByRole('link', { name: 'Go to your home page' }).click();
    await heading(page, /^Hello/);
    expect(await page.getByRole('link', { name: /Your community|Where people are waiting/ }).count()).toBe(0);
    await page.goto(new URL('/community', kindred.url).toString());
    await heading(page, 'This is for community builders');
    await checkPage(page);
  });

  it('asks someone who is not signed in to sign in', async () => {
    const { page } = await openPage(browser);
    await page.goto(new URL('/community', kindred.url).toString());
    await heading(page, 'Your community');
    await see(page.getByRole('main').getByRole('link', { name: 'Sign in' }), 'the sign-in link');
    for (const [name] of VIEWS) expect(await page.getByRole('link', { name, exact: true }).count(), name).toBe(0);
    await checkPage(page);
  });
});

/** The CSV back as rows of cells, read the way RFC 4180 says (quotes doubled inside quoted cells). */
function cells(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted && c === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  row.push(cell);
  rows.push(row);
  return rows;
}
