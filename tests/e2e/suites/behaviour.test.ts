/**
 * The shared behaviour suite: every composer fixture (real draft-js, Quill in a shadow root,
 * TipTap, plain contenteditable) gets the same checks, in a real Chromium with the built extension.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseMode, readLog } from '../setup-extension.ts';
import {
  BAD_DRAFT, CASES, CLEAN_DRAFT, WARN_DRAFT, foreignMutations, modelText, openComposer, posts, underlineRect, wordsRect,
  type ComposerCase,
} from '../cases.ts';
import type { OverrideRecord } from '../../../lib/contracts.ts';
import { card, dialog, focusInOverlay, pill, useBrowser } from './overlay.ts';

/**
 * Opens the tip card from the pill and presses a fix, then moves the mouse away as a person would:
 * a cursor left where the card was may rest on an underline once the text changes, and Chromium's
 * synthetic mousemove then opens that underline's card over the pill. The pill also moves as its
 * counts change, so a click on its old place is repeated until the card shows the fix.
 */
async function openCardAndFix(page: Page, fix: string): Promise<void> {
  const button = card(page).getByRole('button', { name: fix });
  await vi.waitFor(
    async () => {
      if (!(await button.isVisible())) await pill(page).click();
      await button.click({ timeout: 2_000 });
    },
    { timeout: 15_000, interval: 100 },
  );
  await page.mouse.move(5, 5);
}
const editorHasFocus = (page: Page, c: ComposerCase) => page.locator(c.editor).evaluate((el) => {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.activeElement === el;
});

/** Distinct rules underlined (a flagged phrase that wraps is drawn as one box per line). */
const flaggedRules = (page: Page) =>
  page.locator('postcoach-overlay .pc-underline').evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-rule')))].sort());

const browser = useBrowser();

describe.each(CASES)('$name', (c) => {
  let page: Page;
  beforeEach(async () => {
    await chooseMode(browser.harness, 'confirm');
    page = await browser.harness.open(c.url);
  });

  test('a bad draft gets underlines over the flagged words and a pill with the counts', async () => {
    await openComposer(page, c, BAD_DRAFT);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning');
    const words = await wordsRect(page, c, 'Project Kestrel');
    const line = await underlineRect(page, 'e2e.codename');
    expect(words).not.toBeNull();
    expect(Math.abs(line.left - words!.left)).toBeLessThan(2);
    expect(Math.abs(line.width - words!.width)).toBeLessThan(2);
    expect(Math.abs(line.top + line.height - (words!.top + words!.height))).toBeLessThan(4);
    expect(await page.locator('postcoach-overlay .pc-underlines').getAttribute('aria-hidden')).toBe('true');
    expect(await foreignMutations(page)).toEqual([]);
  });

  test('the tip card opens by mouse and by keyboard, and Esc returns to the editor', async () => {
    await openComposer(page, c, BAD_DRAFT);
    await expect.poll(() => flaggedRules(page)).toEqual(['e2e.codename', 'e2e.competitor']);
    const line = await underlineRect(page, 'e2e.competitor');
    await page.mouse.move(line.left + line.width / 2, line.top + line.height / 2);
    await expect(card(page).textContent()).resolves.toContain('Naming a competitor invites');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.click(c.editor);
    await page.keyboard.press('Alt+Shift+KeyP');
    await expect.poll(() => focusInOverlay(page, '.pc-card')).toBe(true);
    expect(await card(page).textContent()).toContain('Codenames stay inside the company.');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => card(page).textContent()).toContain('Naming a competitor invites');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    expect(await editorHasFocus(page, c)).toBe(true);
  });

  test('a quick fix changes the editor model, Ctrl+Z undoes it, and two fixes in a row stay consistent', async () => {
    await openComposer(page, c, BAD_DRAFT);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning');
    // The employee reads the tip first; editors batch edits made within a second into one undo step (Quill).
    await page.waitForTimeout(1100);
    await openCardAndFix(page, 'Replace with “our next project”');
    await expect.poll(() => modelText(page, c)).toBe('Hey team, our next project beats Acme Rockets.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page, c)).toBe(BAD_DRAFT);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning');
    await openCardAndFix(page, 'Replace with “our next project”');
    await expect.poll(() => modelText(page, c)).toBe('Hey team, our next project beats Acme Rockets.');
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 warning');
    await openCardAndFix(page, 'Use “another company”');
    await expect.poll(() => modelText(page, c)).toBe('Hey team, our next project beats another company.');
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: nothing to fix');
    expect(await foreignMutations(page)).toEqual([]);
  });

  test('the pre-post dialog stops a bad post; "Post anyway" after acknowledging posts exactly once', async () => {
    await openComposer(page, c, BAD_DRAFT);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning');
    await page.click(c.submit);
    await expect(dialog(page).getAttribute('aria-labelledby')).resolves.toBe('pc-dialog-title');
    expect(await dialog(page).locator('#pc-dialog-title').textContent()).toBe('Before you post');
    expect(await focusInOverlay(page, '[role="alertdialog"]')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await posts(page)).toEqual([]);
    await page.click(c.submit);
    const postAnyway = dialog(page).getByRole('button', { name: 'Post anyway' });
    expect(await postAnyway.isDisabled()).toBe(true);
    await dialog(page).getByRole('checkbox').check();
    await postAnyway.click();
    await expect.poll(() => posts(page)).toHaveLength(1);
    await page.waitForTimeout(300);
    const sent = await posts(page);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toBe(BAD_DRAFT);
    const overrides = await readLog<OverrideRecord>(browser.harness, 'overrideLog');
    const last = overrides[overrides.length - 1]!;
    expect(last.ruleIds).toEqual(['e2e.codename', 'e2e.competitor']);
    expect(last.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(overrides)).not.toContain('Heron');
  });

  test('a clean draft posts straight away, without any dialog', async () => {
    await openComposer(page, c, CLEAN_DRAFT);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: nothing to fix');
    await page.click(c.submit);
    await expect.poll(() => posts(page)).toEqual([{ composer: c.model.split(':')[0], text: CLEAN_DRAFT }]);
    expect(await dialog(page).count()).toBe(0);
  });

  test('coach mode shows tips but never holds a post', async () => {
    await chooseMode(browser.harness, 'coach');
    await openComposer(page, c, BAD_DRAFT);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning');
    await page.click(c.submit);
    await expect.poll(() => posts(page)).toHaveLength(1);
    expect(await dialog(page).count()).toBe(0);
  });

  test('strict mode offers no way past a must-fix item, but lets a warning through', async () => {
    await chooseMode(browser.harness, 'strict');
    await openComposer(page, c, BAD_DRAFT);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning');
    await page.click(c.submit);
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(await dialog(page).getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
    await dialog(page).getByRole('button', { name: 'Replace with “our next project”' }).click();
    await expect.poll(() => modelText(page, c)).toBe('Hey team, our next project beats Acme Rockets.');
    // The fix went through the editor's own input; focus comes back to the dialog that is still up.
    await expect.poll(() => focusInOverlay(page, '[role="alertdialog"]')).toBe(true);
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posts(page)).toHaveLength(1);
    expect((await posts(page))[0]!.text).toBe('Hey team, our next project beats Acme Rockets.');
  });

  test.runIf(c.ctrlEnter)('Ctrl+Enter is held like the Post button and replayed once', async () => {
    await openComposer(page, c, WARN_DRAFT);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 warning');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(await posts(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posts(page)).toHaveLength(1);
    await page.waitForTimeout(300);
    expect(await posts(page)).toHaveLength(1);
  });
});
