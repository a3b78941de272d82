/**
 * The trainers' demo in a real Chromium, served by `npm run demo` and shipped in the extension:
 * the same checks against both.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import {
  GALLERY_COMPLETE_MS, PLAYLIST, QUICK_FIX, REWRITE, ROOT, TARGETS, editor, editorText, galleryComplete, openDemo, openScenario, pill, planOf,
  statesOf, underlines,
  type Running,
} from './demo-page.ts';

const PROBLEM_WORDS = /must fix|warning|tip/;

async function fixAll(page: Page): Promise<void> {
  const fixIt = page.getByRole('button', { name: 'Fix it', exact: true });
  for (let i = 0; i < 20 && (await fixIt.isEnabled()); i++) {
    await fixIt.click();
    await page.waitForTimeout(100);
  }
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(TARGETS)('demo via $name', (target) => {
  let running: Running;
  let page: Page;

  beforeAll(async () => {
    running = await target.start();
    page = await running.harness.open(`${running.url}?lang=en`);
  });
  afterAll(async () => {
    await running?.stop();
  });

  test('the gallery lists scenarios per category from the core pack, beside two simulated composers', async () => {
    await openDemo(page, running.url);
    await galleryComplete(page);
    for (const s of PLAYLIST) await expect(page.locator(`[data-scenario="${s.id}"]`).count()).resolves.toBe(1);
    await expect(page.locator('.sim-badge').allInnerTexts()).resolves.toEqual(['SIMULATION', 'SIMULATION']);
    await expect(page.getByRole('textbox', { name: 'Simulated X post' }).count()).resolves.toBe(1);
    await expect(page.getByRole('textbox', { name: 'Simulated LinkedIn post' }).count()).resolves.toBe(1);
  });

  test('the page is usable while its gallery is still being built, and says so until it is done', async () => {
    await page.goto(`${running.url}?lang=en`);
    const grid = page.locator('.gallery-grid');
    const status = page.locator('.gallery-status');
    await expect.poll(() => grid.getAttribute('aria-busy')).toBe('true');
    await expect(status.innerText()).resolves.toBe('Preparing more scenarios from the packs…');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await editor(page, 'x').click();
    await page.keyboard.type('Thanks jane@example.com for the help');
    await expect.poll(() => pill(page, 'x').getAttribute('aria-label')).toMatch(PROBLEM_WORDS);
    await expect.poll(() => underlines(page).count()).toBeGreaterThan(0);
    // The coaching came while the gallery was still building: the build does not hold the page up.
    expect(await grid.getAttribute('aria-busy')).toBe('true');
    await expect.poll(() => grid.getAttribute('aria-busy'), { timeout: GALLERY_COMPLETE_MS }).toBe('false');
    await expect(status.innerText()).resolves.toBe('');
    for (const s of PLAYLIST) await expect(page.locator(`[data-scenario="${s.id}"]`).count()).resolves.toBe(1);
  });

  test('a scenario is typed into its composer and the coaching appears', async () => {
    await openDemo(page, running.url);
    await openScenario(page, QUICK_FIX, true);
    await expect.poll(() => editorText(page, QUICK_FIX.platform), { timeout: 15_000 }).toBe(QUICK_FIX.bad);
    await expect.poll(() => pill(page, QUICK_FIX.platform).getAttribute('aria-label')).toMatch(PROBLEM_WORDS);
    await expect.poll(() => underlines(page).count()).toBeGreaterThan(0);
  });

  test('"Fix it" applies the quick fixes one by one into the better version, and Ctrl+Z undoes them', async () => {
    await openDemo(page, running.url);
    await openScenario(page, QUICK_FIX);
    await expect.poll(() => editorText(page, QUICK_FIX.platform)).toBe(QUICK_FIX.bad);
    const plan = planOf(QUICK_FIX);
    for (const planned of plan) {
      await page.getByRole('button', { name: 'Fix it', exact: true }).click();
      await expect.poll(() => editorText(page, QUICK_FIX.platform)).toBe(planned.text);
    }
    expect(await editorText(page, QUICK_FIX.platform)).toBe(QUICK_FIX.good);
    await expect.poll(() => pill(page, QUICK_FIX.platform).getAttribute('aria-label')).not.toMatch(PROBLEM_WORDS);
    await expect(page.locator('.verdict').innerText()).resolves.toContain('nothing left to fix');
    await expect(page.getByRole('button', { name: 'Fix it', exact: true }).isDisabled()).resolves.toBe(true);
    await editor(page, QUICK_FIX.platform).focus();
    for (let i = 0; i < plan.length; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, QUICK_FIX.platform)).toBe(QUICK_FIX.bad);
  });

  test('a scenario whose better version needs a rewrite ends on it with no problems left', async () => {
    await openDemo(page, running.url);
    await openScenario(page, REWRITE);
    await expect.poll(() => editorText(page, REWRITE.platform)).toBe(REWRITE.bad);
    await fixAll(page);
    await expect.poll(() => editorText(page, REWRITE.platform)).toBe(REWRITE.good);
    await expect.poll(() => pill(page, REWRITE.platform).getAttribute('aria-label')).not.toMatch(PROBLEM_WORDS);
    const table = await page.locator('.health-details tbody tr td:last-child').allTextContents();
    expect(table.length).toBeGreaterThan(0);
    expect(table.every((cell) => cell === '0')).toBe(true);
  });

  test('Post asks first while problems remain, and goes out once fixed', async () => {
    await openDemo(page, running.url);
    await openScenario(page, QUICK_FIX);
    await expect.poll(() => pill(page, QUICK_FIX.platform).getAttribute('aria-label')).toMatch(PROBLEM_WORDS);
    const composer = page.locator(`.sim-${QUICK_FIX.platform}`);
    await composer.getByRole('button', { name: 'Post' }).click();
    const dialog = page.locator('postcoach-overlay [role="alertdialog"]');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Back to editing' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await fixAll(page);
    await composer.getByRole('button', { name: 'Post' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Posted' }).count()).toBe(1);
    expect(await dialog.count()).toBe(0);
  });

  test('presentation mode runs from the keyboard alone: arrows through the playlist, Esc leaves', async () => {
    await openDemo(page, running.url);
    await galleryComplete(page);
    await page.getByLabel('Type it live').setChecked(false);
    await page.locator('body').focus();
    for (let i = 0; i < 8 && !(await page.evaluate(() => document.activeElement?.textContent === 'Present')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const bar = page.getByRole('progressbar', { name: 'Presentation progress' });
    await bar.waitFor();
    expect(await bar.getAttribute('aria-valuenow')).toBe('0');
    for (const [index, scenario] of PLAYLIST.slice(0, 2).entries()) {
      const states = statesOf(scenario);
      for (const [step, text] of states.entries()) {
        if (index > 0 || step > 0) await page.keyboard.press('ArrowRight');
        await expect.poll(() => page.locator('.presentation-where').innerText()).toContain(`Scenario ${index + 1} of ${PLAYLIST.length} · step ${step + 1} of ${states.length}`);
        await expect.poll(() => editorText(page, scenario.platform)).toBe(text);
      }
    }
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => editorText(page, PLAYLIST[1]!.platform)).toBe(statesOf(PLAYLIST[1]!).at(-2));
    await page.keyboard.press('End');
    await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe('100');
    await expect.poll(() => editorText(page, PLAYLIST.at(-1)!.platform)).toBe(PLAYLIST.at(-1)!.good);
    await page.keyboard.press('Escape');
    await expect.poll(() => bar.count()).toBe(0);
    await expect(page.locator('.gallery').count()).resolves.toBe(1);
  });

  test('a broken scenario file gets a clear error and everything else keeps working', async () => {
    await openDemo(page, running.url);
    const input = page.getByLabel('Load a scenario file (YAML)');
    await input.setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from('- title: One\n  platform: facebook\n  bad: b\n  good: g\n') });
    const alert = page.locator('.loader-error');
    await expect(alert.innerText()).resolves.toContain('broken.yaml:2: 1.platform: must be one of "x", "linkedin"');
    await openScenario(page, QUICK_FIX);
    await expect.poll(() => pill(page, QUICK_FIX.platform).getAttribute('aria-label')).toMatch(PROBLEM_WORDS);

    const own = '- title: Thanking a customer\n  platform: linkedin\n  bad: Thanks jane@example.com, you saved our launch!\n  good: Thanks Jane, you saved our launch!\n  notes: Ask who noticed the address.\n';
    await input.setInputFiles({ name: 'team.yaml', mimeType: 'text/yaml', buffer: Buffer.from(own) });
    await expect.poll(() => alert.count()).toBe(0);
    await page.locator('[data-scenario="team.yaml#1"]').click();
    await expect.poll(() => editorText(page, 'linkedin')).toBe('Thanks jane@example.com, you saved our launch!');
    await expect(page.locator('.scenario-notes').innerText()).resolves.toContain('Ask who noticed the address.');
    await fixAll(page);
    await expect.poll(() => editorText(page, 'linkedin')).toBe('Thanks Jane, you saved our launch!');
    await expect.poll(() => pill(page, 'linkedin').getAttribute('aria-label')).not.toMatch(PROBLEM_WORDS);
  });

  test('an organisation pack loads on top of core; a broken one is refused with its line', async () => {
    await openDemo(page, running.url);
    const input = page.getByLabel("Load your organisation's pack file");
    await input.setInputFiles({ name: 'org.yaml', mimeType: 'text/yaml', buffer: Buffer.from('id: org\nversion: one\ntitle: Org\n') });
    await expect(page.locator('.loader-error').innerText()).resolves.toMatch(/org\.yaml:2/);
    const northwind = readFileSync(`${ROOT}rules/packs/examples/northwind.yaml`);
    await input.setInputFiles({ name: 'northwind.yaml', mimeType: 'text/yaml', buffer: northwind });
    await expect.poll(() => page.locator('.loader-ok').allInnerTexts()).toEqual([expect.stringContaining('Loaded northwind.yaml')]);
    await expect(page.locator('.loader-packs').innerText()).resolves.toContain('Northwind');
  });

  test('a share link reopens its scenario; a damaged one says so', async () => {
    await openDemo(page, running.url);
    await openScenario(page, REWRITE);
    const link = await page.locator('#share-url').inputValue();
    expect(link).toContain('#s=');
    const other = await running.harness.context.newPage();
    await other.goto(link);
    await expect.poll(() => editorText(other, REWRITE.platform)).toBe(REWRITE.bad);
    await expect(other.locator('#scenario-title').innerText()).resolves.toBe(REWRITE.title);
    await other.goto(`${running.url}?lang=en#s=not-a-scenario`);
    await expect(other.getByRole('alert').innerText()).resolves.toContain('could not be read');
    await other.close();
  });

  test('Russian UI', async () => {
    await openDemo(page, running.url, 'lang=ru');
    await expect(page.locator('h1').innerText()).resolves.toContain('демонстрация');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
    await expect(page.getByRole('button', { name: 'Презентация' }).count()).resolves.toBe(1);
  });

  test('no serious or critical accessibility violations (axe-core)', async () => {
    await openDemo(page, running.url);
    await openScenario(page, QUICK_FIX);
    await expect.poll(() => underlines(page).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByRole('progressbar').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });
});
