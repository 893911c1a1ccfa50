/** The page checks every journey relies on must themselves catch what they are for. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoHorizontalScroll, launchBrowser, openPage } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function pageWith(html: string, width = 1280) {
  const { page } = await openPage(browser, { width, height: 600 });
  await page.setContent(`<!doctype html><html lang="en"><head><title>Check</title></head><body><main>${html}</main></body></html>`);
  return page;
}

describe('page checks', () => {
  it('the axe check fails on an unlabelled field, naming the rule, its impact, help and target', async () => {
    const page = await pageWith('<h1>Form</h1><input id="nameless" type="text">');
    const failure = await expectNoAxeViolations(page).then(
      () => 'passed',
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/label \((critical|serious)\): .+\n\s+- #nameless/);
  });

  it('the axe check fails on text too faint to read (WCAG AA contrast)', async () => {
    const page = await pageWith('<h1>Faint</h1><p style="color:#ccc;background:#fff">Hard to read</p>');
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/color-contrast/);
  });

  it('the axe check passes a plain, labelled page', async () => {
    await expectNoAxeViolations(await pageWith('<h1>Fine</h1><label for="n">Name</label><input id="n">'));
  });

  it('the reflow check fails on content wider than 320px', async () => {
    const page = await pageWith('<h1>Wide</h1><div style="width:600px">wide</div>', 320);
    await expect(expectNoHorizontalScroll(page)).rejects.toThrow(/is 6\d\dpx wide in a 320px viewport/);
    await expectNoHorizontalScroll(await pageWith('<h1>Narrow</h1><p>fits</p>', 320));
  });
});
