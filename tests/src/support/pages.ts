/**
 * Helpers for browser journeys: every page a journey reaches is checked the same way (axe at
 * desktop width, no sideways scroll at 320px), and assertions wait like a person would.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './browser.ts';

const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };

/** Waits for something a person would see; fails naming it if it does not appear. */
export async function see(locator: Locator, what = String(locator)): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout: 10_000 }).catch((error: unknown) => {
    throw new Error(`Expected to see ${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  });
  return locator.first();
}

/** The level-1 heading of the page, waited for. */
export function heading(page: Page, name: string | RegExp): Promise<Locator> {
  return see(page.getByRole('heading', { level: 1, name }), `the heading "${name}"`);
}

/** Checks the page as it is now: no axe violations, and no horizontal scroll at 320px wide. */
export async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await page.setViewportSize(NARROW);
  await expectNoHorizontalScroll(page);
  await page.setViewportSize(DESKTOP);
}

/** True when the element has keyboard focus. */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Describes the focused element, for failure messages and keyboard checks. */
export async function focused(page: Page): Promise<{ tag: string; text: string; href: string | null }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: (element?.textContent ?? '').trim(),
      href: element?.getAttribute('href') ?? null,
    };
  });
}

export async function expectFocused(locator: Locator, what: string): Promise<void> {
  expect(await isFocused(locator), `${what} has keyboard focus`).toBe(true);
}
