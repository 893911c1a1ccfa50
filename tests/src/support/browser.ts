/**
 * Headless Chromium (Debian's) driven by playwright-core, and an axe scan that fails on any
 * WCAG 2.2 AA violation. Playwright's own browser download does not work here, so we never use it.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { findChromium, INSTALL_HINT } from './chromium.ts';
import { typeSignInCodes } from './two-factor-browser.ts';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`Browser tests need Chromium, and none was found. ${INSTALL_HINT}`);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * A fresh context (its own cookies) and page. axe needs the page to come from a context. The page
 * types sign-in codes for staff by itself (two-factor-browser.ts) unless `typeSignInCodes` is false.
 */
export async function openPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
  options: { typeSignInCodes?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  if (options.typeSignInCodes !== false) await typeSignInCodes(page);
  return { context, page };
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

export function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((v) => {
      const targets = v.nodes.map((node) => `    - ${node.target.join(' ')}`).join('\n');
      return `  ${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n${targets}`;
    })
    .join('\n');
}

/** Scans the page as it is now against WCAG 2.0–2.2 A and AA; fails listing every violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(
    results.violations,
    `axe found ${results.violations.length} violation(s) on ${page.url()}:\n${describeViolations(results.violations)}`,
  ).toHaveLength(0);
}

/** At the current viewport, nothing makes the page scroll sideways (WCAG 1.4.10 Reflow). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page ${page.url()} is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(
    clientWidth,
  );
}
