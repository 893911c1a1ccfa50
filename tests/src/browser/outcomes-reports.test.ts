/**
 * The outcomes report in Chromium, on the demo data (server/src/outcomes/check-ins/demo.ts: fourteen
 * Calder Valley people with a baseline and a 3-month follow-up, six with a 6-month one, and Joan's
 * baseline). Megan, the community builder, opens it from her home page, reads the change with its
 * interval, downloads tables and the whole report as CSV, and narrows it to one district and to the
 * 6-month follow-up. Every view is checked with axe and at 320px wide.
 */
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kindred/server';
import { launchBrowser, openPage } from '../support/browser.ts';
import { startTestKindred } from '../support/kindred.ts';
import { checkPage, heading, see } from '../support/pages.ts';

const kindred = await startTestKindred({ serveWeb: true, env: { DEMO_DATA: 'true' } });
let browser: Browser;
let page: Page;

// Names and postcodes of the demo people the report counts: none may appear.
const PRIVATE = ['Dorothy', 'Albert', 'Irene', 'Harold', 'Edna', 'Stanley', 'Mabel', 'Wilfred', 'Nora', 'Cyril', 'Vera', 'Frank', 'Lilian', 'Eric', 'Joan', 'HX7 6AB', 'OL14 5AB'];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page } = await openPage(browser));
  await page.goto(new URL('/sign-in', kindred.url).toString());
  await page.getByLabel('Email address').fill('communitybuilder@example.org');
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await see(page.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await kindred.close();
});

async function downloaded(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '') };
}

const rowOf = (tableName: RegExp | string, rowName: string) => page.getByRole('table', { name: tableName }).getByRole('row', { name: new RegExp(`^${rowName}`) });

describe('the outcomes report', () => {
  it('opens from the home page, with the last 12 months and the 3-month follow-up, and shows the change with its interval', async () => {
    await page.getByRole('link', { name: 'Outcomes report' }).click();
    await heading(page, 'Outcomes report');
    await see(page.getByText('14 people answered at the start and again after 3 months.', { exact: false }), 'the headline');
    const lead = await see(page.getByText(/On average, their UCLA score fell by \d\.\d points \(95% CI \d\.\d to \d\.\d\): lower means less lonely\./), 'the UCLA change in words');
    await see(page.getByText('15 people answered their first check-in between', { exact: false }), 'the people at the start');
    await see(page.getByText(/The 95% confidence interval \(CI\) is the range the true average change probably lies in/), 'what the interval means');
    expect(await page.getByRole('radio', { name: 'Their 3-month check-in' }).isChecked()).toBe(true);

    // The sentence and the table say the same: "fell by 1.2 (95% CI 0.7 to 1.7)" is a change of −1.2 from −1.7 to −0.7.
    const [, fall, low, high] = /fell by (\d\.\d) points \(95% CI (\d\.\d) to (\d\.\d)\)/.exec((await lead.textContent()) ?? '')!;
    const ucla = rowOf(/^Average scores at the start and after 3 months/, 'UCLA 3-item loneliness score');
    const cells = (await ucla.getByRole('cell').allTextContents()).map((t) => t.trim());
    expect(cells[0]).toBe('14');
    // Two decimals in the table, one in the sentence: they differ by no more than the rounding.
    const near = (cell: string | undefined, words: string | undefined) => expect(Math.abs(Number(cell) + Number(words))).toBeLessThanOrEqual(0.05 + 1e-9);
    near(cells[3], fall);
    near(cells[4], high);
    near(cells[5], low);
    expect(cells.at(-1)).toBe('Better');

    for (const title of ['Change in each measure', 'Chronic loneliness', 'Wellbeing: meaningful change in SWEMWBS', 'UCLA change by postcode district']) {
      await see(page.getByRole('figure', { name: title }), `the figure "${title}"`);
    }
    await see(page.getByText('Short Warwick-Edinburgh Mental Well-being Scale (SWEMWBS) © University of Warwick', { exact: false }), 'the SWEMWBS licence notice');
    // One person moved into chronic loneliness: under 5, and shown as such.
    await see(rowOf(/^Chronic loneliness/, 'Moved into chronic loneliness').getByRole('cell', { name: 'not shown' }), 'a small count withheld');
    const text = (await page.locator('main').textContent()) ?? '';
    for (const word of PRIVATE) expect(text).not.toContain(word);
    await checkPage(page);
  });

  it('downloads a table as CSV, and the whole report from the server', async () => {
    const table = await downloaded(() =>
      page.getByRole('button', { name: /^Download as CSV: Average scores at the start and after 3 months/ }).click(),
    );
    expect(table.name).toBe('outcomes-changes-3-months.csv');
    const lines = table.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('Measure,People,At the start,After 3 months,Change,95% CI from,95% CI to,Which way is better,Verdict');
    expect(lines.find((l) => l.startsWith('UCLA 3-item'))).toMatch(/^UCLA 3-item loneliness score \(3 to 9\),14,[\d.]+,[\d.]+,-[\d.]+,-[\d.]+,-?[\d.]+,lower means less lonely,Better$/);

    const whole = await downloaded(() => page.getByRole('link', { name: 'Download the whole report as a CSV file' }).click());
    expect(whole.name).toMatch(/^outcomes-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}-3-months\.csv$/);
    expect(whole.text).toContain('"Outcome report","Calder Valley Connect"');
    expect(whole.text).toContain('"People measured at baseline and follow-up",14');
    for (const word of PRIVATE) expect(whole.text).not.toContain(word);
  });

  it('narrows to one district and to the 6-month follow-up', async () => {
    await page.getByLabel('Postcode district (optional)').fill('hx7');
    await page.getByRole('radio', { name: 'Their 6-month check-in' }).check();
    await page.getByRole('button', { name: 'Show the report' }).click();
    // In HX7, three of seven answered at 6 months (Dorothy, Albert, Edna): under 5.
    await see(page.getByText('Fewer than 5 people answered at the start and again after 6 months.', { exact: false }), 'the 6-month headline for HX7');
    await see(page.getByText('There are too few answers to the UCLA questions to show an average.'));
    const url = new URL(page.url());
    expect([url.searchParams.get('area'), url.searchParams.get('followUp')]).toEqual(['HX7', '6']);
    await checkPage(page);

    await page.getByLabel('Postcode district (optional)').fill('');
    await page.getByRole('button', { name: 'Show the report' }).click();
    await see(page.getByText('6 people answered at the start and again after 6 months.', { exact: false }), 'the 6-month headline');
    await checkPage(page);
  });

  it('says what is wrong with a district or a period', async () => {
    await page.getByLabel('Postcode district (optional)').fill('HX7 6AB');
    await page.getByRole('group', { name: 'To', exact: true }).getByLabel('Year').fill('2001');
    await page.getByRole('button', { name: 'Show the report' }).click();
    const summary = await see(page.getByRole('alert'), 'the error summary');
    await see(summary.getByRole('link', { name: 'Enter a postcode district, like HX7, or leave it empty for every area' }));
    await see(summary.getByRole('link', { name: 'The end of the period must be the same as or after its start' }));
    expect(await page.title()).toMatch(/^Error: /);
    await checkPage(page);
  });

  it('is not for people without a staff role', async () => {
    const { page: seekerPage } = await openPage(browser);
    await seekerPage.goto(new URL('/sign-in', kindred.url).toString());
    await seekerPage.getByLabel('Email address').fill('seeker@example.org');
    await seekerPage.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await seekerPage.getByRole('button', { name: 'Sign in' }).click();
    await see(seekerPage.getByRole('button', { name: 'Sign out' }), 'the Sign out button');
    await seekerPage.goto(new URL('/reports/outcomes', kindred.url).toString());
    await heading(seekerPage, 'Outcomes report');
    await see(seekerPage.getByText('This report is for community builders, link workers and administrators of a Kindred scheme.'));
    expect(await seekerPage.getByRole('table').count()).toBe(0);
  });
});
