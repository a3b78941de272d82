/**
 * Screenshots for docs/ (README and docs/demo.md), taken from `npm run demo`'s server at projector
 * size: npx tsx tests/e2e/demo/screenshots.ts
 */
import type { Page } from 'playwright-core';
import { TARGETS, QUICK_FIX, ROOT, editorText, galleryComplete, openDemo, openScenario, pill } from './demo-page.ts';

const OUT = `${ROOT}docs/screenshots/`;
const VIEWPORT = { width: 1366, height: 768 };

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 100));
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}${name}.png` });
  console.log(`${OUT}${name}.png`);
}

const running = await TARGETS[0]!.start();
try {
  const page = await running.harness.open(`${running.url}?lang=en`);
  await page.setViewportSize(VIEWPORT);
  await openDemo(page, running.url);
  await galleryComplete(page);
  await page.locator('.gallery').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('.gallery')?.scrollIntoView());
  await shoot(page, 'demo-gallery');

  await page.evaluate(() => window.scrollTo(0, 0));
  await openScenario(page, QUICK_FIX);
  await until(async () => /must fix|warning|tip/.test((await pill(page, QUICK_FIX.platform).getAttribute('aria-label')) ?? ''));
  const underline = page.locator('postcoach-overlay .pc-underline').first();
  const box = await underline.boundingBox();
  if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('postcoach-overlay .pc-card').waitFor();
  await shoot(page, 'demo-before');

  await page.keyboard.press('Escape');
  const fixIt = page.getByRole('button', { name: 'Fix it', exact: true });
  while (await fixIt.isEnabled()) {
    await fixIt.click();
    await page.waitForTimeout(200);
  }
  await until(async () => (await editorText(page, QUICK_FIX.platform)) === QUICK_FIX.good);
  await page.mouse.move(0, 0);
  await shoot(page, 'demo-after');

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await page.getByRole('progressbar').waitFor();
  await page.waitForTimeout(800);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(800);
  await shoot(page, 'demo-presentation');
} finally {
  await running.stop();
}
