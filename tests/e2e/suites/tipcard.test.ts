/**
 * The tip card as a tooltip when hovered (WAI-ARIA tooltip practice): it closes shortly after the
 * pointer leaves both the underline and the card, stays while the pointer is on the card or focus
 * is inside it; opened by a click or the keyboard it stays until Esc or an outside click.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseMode } from '../setup-extension.ts';
import { BAD_DRAFT, CASES, openComposer, underlineRect, type ComposerCase } from '../cases.ts';
import { HOVER_GRACE_MS } from '../../../components/TipCard.tsx';
import { card, focusInOverlay, pill, useBrowser } from './overlay.ts';

const HOVER_CASES = CASES.filter((c) => ['x inline (draft-js)', 'linkedin share box (quill in shadow root)'].includes(c.name));
/** Well past the grace period: a card that was going to close has closed by then. */
const PAST_GRACE_MS = 3 * HOVER_GRACE_MS;
const AWAY = { x: 5, y: 5 };

const focusInCard = (page: Page) => focusInOverlay(page, '.pc-card');

const browser = useBrowser();

describe.each(HOVER_CASES)('$name', (c: ComposerCase) => {
  let page: Page;

  /** The middle of the competitor underline, once the bad draft is checked. */
  async function competitorLine(): Promise<{ x: number; y: number }> {
    await openComposer(page, c, BAD_DRAFT);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning');
    const line = await underlineRect(page, 'e2e.competitor');
    return { x: line.left + line.width / 2, y: line.top + line.height / 2 };
  }

  async function hoverOpen(): Promise<void> {
    const line = await competitorLine();
    await page.mouse.move(line.x, line.y);
    await expect(card(page).textContent()).resolves.toContain('Naming a competitor invites');
  }

  beforeEach(async () => {
    await chooseMode(browser.harness, 'confirm');
    page = await browser.harness.open(c.url);
  });

  test('a card opened by hover closes shortly after the pointer leaves underline and card', async () => {
    await hoverOpen();
    await page.mouse.move(AWAY.x, AWAY.y);
    await expect.poll(() => card(page).count(), { timeout: PAST_GRACE_MS * 3 }).toBe(0);
  });

  test('the pointer can move from the underline into the hovered card and read it there', async () => {
    await hoverOpen();
    const box = (await card(page).boundingBox())!;
    // Down across the gap between the underline and the card, as a hand would.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(PAST_GRACE_MS);
    expect(await card(page).count()).toBe(1);
    await page.mouse.move(AWAY.x, AWAY.y);
    await expect.poll(() => card(page).count(), { timeout: PAST_GRACE_MS * 3 }).toBe(0);
  });

  test('a card opened by a click on the underline stays after the pointer leaves, until Esc', async () => {
    const line = await competitorLine();
    await page.mouse.click(line.x, line.y);
    await expect(card(page).textContent()).resolves.toContain('Naming a competitor invites');
    // Reading it with the pointer still on the underline, longer than the hover delay.
    await page.waitForTimeout(PAST_GRACE_MS);
    await page.mouse.move(AWAY.x, AWAY.y, { steps: 4 });
    await page.waitForTimeout(PAST_GRACE_MS);
    expect(await card(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
  });

  test('a card opened from the keyboard stays while the mouse moves over the page', async () => {
    const line = await competitorLine();
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(() => focusInCard(page)).toBe(true);
    await page.mouse.move(line.x, line.y + 200, { steps: 4 });
    await page.mouse.move(AWAY.x, AWAY.y, { steps: 4 });
    await page.waitForTimeout(PAST_GRACE_MS);
    expect(await card(page).textContent()).toContain('Codenames stay inside the company.');
    expect(await focusInCard(page)).toBe(true);
  });
});

describe('x inline (draft-js), keyboard focus in a hovered card', () => {
  test('a hovered card with keyboard focus inside stays after the pointer leaves', async () => {
    const c = HOVER_CASES[0]!;
    const page = await browser.harness.open(c.url);
    await openComposer(page, c, BAD_DRAFT);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning');
    const line = await underlineRect(page, 'e2e.competitor');
    await page.mouse.move(line.left + line.width / 2, line.top + line.height / 2);
    await card(page).waitFor();
    // Tab from the editor through the page until focus reaches the card (the overlay comes last).
    for (let i = 0; i < 10 && !(await focusInCard(page)); i++) await page.keyboard.press('Tab');
    expect(await focusInCard(page)).toBe(true);
    await page.mouse.move(AWAY.x, AWAY.y, { steps: 4 });
    await page.waitForTimeout(PAST_GRACE_MS);
    expect(await card(page).textContent()).toContain('Naming a competitor invites');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
  });
});
