/**
 * IME compositions in the real editors (draft-js, Quill in a shadow root, TipTap), driven through
 * the browser's own input-method path: nothing is checked or drawn while a composition is open,
 * the finding appears once it is committed, and neither a quick fix nor the check before posting
 * breaks a composition that is still open.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseMode } from '../setup-extension.ts';
import { CASES, WARN_DRAFT, foreignMutations, modelText, posts, underlineRect, wordsRect, type ComposerCase } from '../cases.ts';
import {
  Ime, JAPANESE_KESTREL, LETTER_BY_LETTER_KESTREL, PINYIN_HAO, PRESS_MS, STEP_PAUSE_MS, compositionLog, recordCompositions, type Composition,
} from './ime.ts';
import { card, dialog, focusInOverlay, pill, underlines, useBrowser } from './overlay.ts';

const IME_CASES = CASES.filter((c) => ['x inline (draft-js)', 'linkedin share box (quill in shadow root)', 'linkedin comment (tiptap)'].includes(c.name));
const PREFIX = 'Hey team, Project ';
/** The press ends the composition; an instant click releases before draft-js has resolved it. */
const CLICKS = [
  { name: 'an instant click', delay: 0 },
  { name: 'a person’s click', delay: PRESS_MS },
];

const browser = useBrowser();

describe.each(IME_CASES)('$name', (c: ComposerCase) => {
  let page: Page;
  let ime: Ime;

  /** Opens the composer, types `text` with the keyboard and waits until the pill shows its check. */
  async function typed(text: string, label: string): Promise<void> {
    if (c.open) await c.open(page);
    await page.click(c.editor);
    await page.keyboard.type(text);
    // The whole text counted, not a check of what was typed so far.
    await expect.poll(() => pill(page).locator('.pc-length').textContent()).toMatch(new RegExp(`^${text.length}/`));
    expect(await pill(page).getAttribute('aria-label')).toBe(label);
    await recordCompositions(page);
  }

  beforeEach(async () => {
    await chooseMode(browser.harness, 'confirm');
    page = await browser.harness.open(c.url);
    ime = await Ime.attach(page);
  });
  afterEach(async () => {
    await ime?.detach();
  });

  test.each([JAPANESE_KESTREL, LETTER_BY_LETTER_KESTREL])('composing a flagged word ($name) draws nothing until it is committed', async (composition: Composition) => {
    await typed(PREFIX, 'Postcoach: nothing to fix');
    await ime.compose(page, composition);
    // The whole flagged phrase is on screen now, uncommitted, for several debounce periods.
    await page.waitForTimeout(2 * STEP_PAUSE_MS);
    expect(await underlines(page, 'e2e.codename').count()).toBe(0);
    expect(await pill(page).getAttribute('aria-label')).toBe('Postcoach: nothing to fix');
    await ime.commit(composition.committed);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix');
    const words = await wordsRect(page, c, 'Project Kestrel');
    const line = await underlineRect(page, 'e2e.codename');
    expect(Math.abs(line.left - words!.left)).toBeLessThan(2);
    expect(Math.abs(line.width - words!.width)).toBeLessThan(2);
    const log = await compositionLog(page);
    expect(log.overlayChanges).toEqual([]);
    expect(log.events).toEqual(['start', 'end:Kestrel']);
    // The caret stayed where the composition ended: typing goes on after the committed word.
    await page.keyboard.type(' beats Acme Rockets.');
    await expect.poll(() => modelText(page, c)).toBe('Hey team, Project Kestrel beats Acme Rockets.');
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning');
    expect(await foreignMutations(page)).toEqual([]);
  });

  test('a composition already open when the coach starts is left alone too', async () => {
    // The coach loads on the editor's first focus; a person may be composing before it is up.
    if (c.open) await c.open(page);
    await page.click(c.editor);
    await page.keyboard.type(PREFIX, { delay: 0 });
    const kana = JAPANESE_KESTREL.steps.slice(0, -1);
    await ime.compose(page, { ...JAPANESE_KESTREL, steps: kana });
    await expect.poll(() => page.locator('postcoach-overlay').count(), { timeout: 5_000 }).toBe(1);
    // The coach is up now; the IME converts the kana to the flagged word, still uncommitted.
    await ime.compose(page, { ...JAPANESE_KESTREL, steps: kana.slice(-1).concat(JAPANESE_KESTREL.committed) });
    await page.waitForTimeout(2 * STEP_PAUSE_MS);
    expect(await underlines(page, 'e2e.codename').count()).toBe(0);
    await ime.commit(JAPANESE_KESTREL.committed);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix');
    expect(await modelText(page, c)).toBe('Hey team, Project Kestrel');
  });

  test('a settings change while composing waits for the commit before checking again', async () => {
    await typed(PREFIX, 'Postcoach: nothing to fix');
    await ime.compose(page, JAPANESE_KESTREL);
    await chooseMode(browser.harness, 'strict');
    await page.waitForTimeout(2 * STEP_PAUSE_MS);
    expect(await underlines(page, 'e2e.codename').count()).toBe(0);
    expect(await pill(page).getAttribute('aria-label')).toBe('Postcoach: nothing to fix');
    await ime.commit(JAPANESE_KESTREL.committed);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix');
    expect((await compositionLog(page)).overlayChanges).toEqual([]);
    expect((await compositionLog(page)).events).toEqual(['start', 'end:Kestrel']);
  });

  test('a composition that commits something harmless leaves the counts alone', async () => {
    await typed(WARN_DRAFT, 'Postcoach: 1 warning');
    await ime.compose(page, PINYIN_HAO);
    await ime.commit(PINYIN_HAO.committed);
    await expect.poll(() => modelText(page, c)).toBe(`${WARN_DRAFT}好`);
    await page.waitForTimeout(2 * STEP_PAUSE_MS);
    expect(await pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 warning');
    expect((await compositionLog(page)).overlayChanges).toEqual([]);
  });

  test.each(CLICKS)('Post pressed while composing ($name): the composition is committed once and the check sees it', async ({ delay }) => {
    await typed(PREFIX, 'Postcoach: nothing to fix');
    await ime.compose(page, JAPANESE_KESTREL);
    await page.click(c.submit, { delay });
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(await dialog(page).textContent()).toContain('Codenames stay inside the company.');
    await expect.poll(() => focusInOverlay(page, '[role="alertdialog"]')).toBe(true);
    expect(await modelText(page, c)).toBe('Hey team, Project Kestrel');
    expect((await compositionLog(page)).events).toEqual(['start', 'end:Kestrel']);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await posts(page)).toEqual([]);
    expect(await foreignMutations(page)).toEqual([]);
  });

  test.runIf(c.ctrlEnter)('Ctrl+Enter while composing belongs to the IME; after the commit it is held for the check', async () => {
    await typed(PREFIX, 'Postcoach: nothing to fix');
    await ime.compose(page, JAPANESE_KESTREL);
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(2 * STEP_PAUSE_MS);
    expect(await dialog(page).count()).toBe(0);
    expect(await posts(page)).toEqual([]);
    await ime.commit(JAPANESE_KESTREL.committed);
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(await dialog(page).textContent()).toContain('Codenames stay inside the company.');
    expect(await posts(page)).toEqual([]);
    expect((await compositionLog(page)).events).toEqual(['start', 'end:Kestrel']);
  });

  test.each(CLICKS)('a quick fix pressed while composing ($name) ahead of the flagged words keeps the composition and fixes the right words', async ({ delay }) => {
    await typed(WARN_DRAFT, 'Postcoach: 1 warning');
    const line = await underlineRect(page, 'e2e.competitor');
    await page.mouse.move(line.left + line.width / 2, line.top + line.height / 2);
    await card(page).waitFor();
    // The card opened by hover leaves the caret in the editor; the employee composes at the start.
    await page.keyboard.press('Control+Home');
    await ime.compose(page, PINYIN_HAO);
    await card(page).getByRole('button', { name: 'Use “another company”' }).click({ delay });
    await expect.poll(() => modelText(page, c)).toBe('好Thanks team, we beat another company today.');
    await expect.poll(() => pill(page).getAttribute('aria-label')).toBe('Postcoach: nothing to fix');
    expect((await compositionLog(page)).events).toEqual(['start', 'end:好']);
    expect(await foreignMutations(page)).toEqual([]);
  });
});
