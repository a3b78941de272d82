/**
 * What the browser suite files share: one Chromium with the built extension and the test pack per
 * file, and locators for what Postcoach draws in its overlay.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../harness.ts';
import { useTestPack } from '../setup-extension.ts';

/** Launches the browser before the file's tests and closes it after them; use `.harness` inside tests. */
export function useBrowser(): { harness: Harness } {
  const browser = {} as { harness: Harness };
  beforeAll(async () => {
    browser.harness = await launch();
    await useTestPack(browser.harness);
  });
  afterAll(async () => {
    await browser.harness?.close();
  });
  return browser;
}

export const pill = (page: Page) => page.locator('postcoach-overlay .pc-pill');
export const card = (page: Page) => page.locator('postcoach-overlay .pc-card');
export const dialog = (page: Page) => page.locator('postcoach-overlay [role="alertdialog"]');
export const underlines = (page: Page, rule: string) => page.locator(`postcoach-overlay .pc-underline[data-rule="${rule}"]`);

/** Whether keyboard focus is inside the overlay, within an element matching `selector`. */
export const focusInOverlay = (page: Page, selector: string) =>
  page.evaluate((selector) => !!document.querySelector('postcoach-overlay')?.shadowRoot?.activeElement?.closest(selector), selector);
