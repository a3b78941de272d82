/**
 * What is particular to each host: thread boxes and composers mounted after load, the share box
 * closing, dark theme, the popup's status question, privacy of requests, the fixture's own
 * mutation check — and the README screenshots of coaching on both sites.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chooseMode } from '../setup-extension.ts';
import { BAD_DRAFT, foreignMutations, posts } from '../cases.ts';
import type { StatusResponse } from '../../../lib/contracts.ts';
import { LINKEDIN_INMAIL_LIMIT, LINKEDIN_MESSAGE_LIMIT } from '../../../sites/linkedin.ts';
import { pill as pills, underlines, useBrowser } from './overlay.ts';

const SCREENSHOTS = join(import.meta.dirname, '../../../docs/screenshots');

declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
};

const browser = useBrowser();
beforeEach(async () => {
  await chooseMode(browser.harness, 'confirm');
});

describe('x.com', () => {
  test('every box of a thread is coached, and the modal Post holds for any of them', async () => {
    const page = await browser.harness.open('https://x.com/compose/post');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type('A thread about our launch.');
    await page.click('[data-testid="addButton"]');
    await page.click('[data-testid="tweetTextarea_1"]');
    await page.keyboard.type(BAD_DRAFT);
    await expect.poll(() => pills(page).count()).toBe(2);
    await expect.poll(() => underlines(page, 'e2e.codename').count()).toBe(1);
    const box = await page.locator('[data-testid="tweetTextarea_1"]').boundingBox();
    const line = await underlines(page, 'e2e.codename').boundingBox();
    expect(line!.y).toBeGreaterThan(box!.y);
    await page.click('[data-testid="tweetButton"]');
    await expect.poll(() => page.locator('postcoach-overlay [role="alertdialog"]').count()).toBe(1);
    expect(await posts(page)).toEqual([]);
  });

  test('a composer mounted after page load is found and coached', async () => {
    const page = await browser.harness.open('https://x.com/home');
    await page.click('[data-testid="fixtureMountLater"]');
    await page.click('[role="dialog"] [data-testid="tweetTextarea_0"]');
    await page.keyboard.type(BAD_DRAFT);
    await expect.poll(() => underlines(page, 'e2e.competitor').count()).toBe(1);
    expect(await pills(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning');
  });

  test('the overlay follows the host’s dark theme', async () => {
    const page = await browser.harness.open('https://x.com/home', 'dark');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type(BAD_DRAFT);
    await expect.poll(() => page.locator('postcoach-overlay .pc-root').getAttribute('data-theme')).toBe('dark');
  });

  test('the popup’s status question is answered with the recognised composers and counts', async () => {
    const page = await browser.harness.open('https://x.com/home');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type(BAD_DRAFT);
    await expect.poll(() => pills(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning');
    const worker = await browser.harness.extension();
    const status = (await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://x.com/*' });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'postcoach:status' });
    })) as StatusResponse;
    expect(status).toEqual({
      site: 'x',
      enabled: true,
      composers: [{ site: 'x', kind: 'x.inline', fallback: false, counts: { block: 1, warn: 1, tip: 0, praise: 0 } }],
    });
  });

  test('screenshot: coaching on x.com', async () => {
    const page = await browser.harness.open('https://x.com/home');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type(`${BAD_DRAFT} Great synergy with the whole crew!`);
    await expect.poll(() => pills(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning, 1 tip');
    await page.keyboard.press('Alt+Shift+KeyP');
    await page.locator('postcoach-overlay .pc-card').waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'x-coaching.png'), clip: { x: 300, y: 0, width: 800, height: 420 } });
  });
});

describe('www.linkedin.com', () => {
  test('the share box in its shadow root is coached, and its pill leaves with it', async () => {
    const page = await browser.harness.open('https://www.linkedin.com/feed/');
    await page.click('text=Start a post');
    await page.click('#interop-outlet .ql-editor');
    await page.keyboard.type('Proud of the team for a great launch day.');
    await expect.poll(() => pills(page).count()).toBe(1);
    await page.click('.share-actions__primary-action');
    await expect.poll(() => posts(page)).toHaveLength(1);
    await expect.poll(() => pills(page).count()).toBe(0);
  });

  test('a message counts against the message limit, an InMail (subject line) against its own, and the core pack warns at the same limit', async () => {
    const message = await browser.harness.open('https://www.linkedin.com/messaging/');
    await message.click('.msg-form__contenteditable');
    await message.keyboard.type('Thanks for the intro!');
    await expect.poll(() => pills(message).textContent()).toBe(`✓21/${LINKEDIN_MESSAGE_LIMIT}`);
    const inmail = await browser.harness.open('https://www.linkedin.com/messaging/thread/new/');
    await inmail.click('.msg-form__contenteditable');
    await inmail.keyboard.type('Thanks for the intro!');
    await expect.poll(() => pills(inmail).textContent()).toBe(`✓21/${LINKEDIN_INMAIL_LIMIT}`);
    await inmail.keyboard.insertText(' Hello.'.repeat(LINKEDIN_INMAIL_LIMIT / 7));
    const length = 21 + 7 * Math.floor(LINKEDIN_INMAIL_LIMIT / 7);
    await expect.poll(() => pills(inmail).getAttribute('aria-label')).toBe(
      `Postcoach: 1 warning. ${length} of ${LINKEDIN_INMAIL_LIMIT} characters, over the limit`,
    );
  });

  test('screenshot: coaching on linkedin.com', async () => {
    const page = await browser.harness.open('https://www.linkedin.com/feed/');
    await page.click('text=Start a post');
    await page.click('#interop-outlet .ql-editor');
    await page.keyboard.type(`${BAD_DRAFT}\nGreat synergy with the whole crew!`);
    await expect.poll(() => pills(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning, 1 tip');
    const words = await underlines(page, 'e2e.codename').boundingBox();
    await page.mouse.move(words!.x + words!.width / 2, words!.y + words!.height / 2);
    await page.locator('postcoach-overlay .pc-card').waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'linkedin-coaching.png'), clip: { x: 0, y: 0, width: 760, height: 560 } });
  });
});

describe('an editor the adapters do not know', () => {
  test('the generic fallback coaches it; a refused fix leaves the text whole and offers a copy', async () => {
    await browser.harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
    const page = await browser.harness.open('https://www.linkedin.com/feed/');
    await page.click('.legacy-editor');
    await page.keyboard.type(BAD_DRAFT);
    await expect.poll(() => pills(page).getAttribute('aria-label')).toBe('Postcoach: 1 must fix, 1 warning');
    await pills(page).click();
    await page.locator('postcoach-overlay .pc-card').getByRole('button', { name: 'Replace with “our next project”' }).click();
    await expect.poll(() => page.locator('postcoach-overlay .pc-refused').count()).toBe(1);
    expect(await page.evaluate(() => window.__fixture.getModelText('legacy'))).toBe(BAD_DRAFT);
    await page.locator('postcoach-overlay .pc-card').getByRole('button', { name: 'Copy fixed text' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Hey team, our next project beats Acme Rockets.');
    expect(await foreignMutations(page)).toEqual([]);
    const worker = await browser.harness.extension();
    const status = (await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/*' });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'postcoach:status' });
    })) as StatusResponse;
    expect(status.composers).toEqual([{ site: 'linkedin', kind: 'generic', fallback: true, counts: { block: 1, warn: 1, tip: 0, praise: 0 } }]);
  });
});

describe('privacy and hygiene', () => {
  test('no request carries the draft, and every request off the fixtures was aborted', async () => {
    const secret = 'Kestrel-7f3a9 launches on the ninth';
    const page = await browser.harness.open('https://www.linkedin.com/feed/');
    await page.click('[data-view-name="comment-box"] .ProseMirror');
    await page.keyboard.type(`Project ${secret}`);
    await expect.poll(() => pills(page).count()).toBe(1);
    await page.click('[data-view-name="comment-post"]');
    await page.waitForTimeout(300);
    for (const request of browser.harness.requests) {
      expect(decodeURIComponent(request.url)).not.toContain('Kestrel-7f3a9');
      expect(request.body).not.toContain('Kestrel-7f3a9');
      const host = new URL(request.url).hostname;
      if (request.url.startsWith('https:') && !['x.com', 'twitter.com', 'www.linkedin.com'].includes(host)) expect(request.aborted).toBe(true);
    }
  });

  test('the fixture’s mutation check does catch a foreign edit of the editor', async () => {
    const page = await browser.harness.open('https://www.linkedin.com/feed/');
    await page.click('[data-view-name="comment-box"] .ProseMirror');
    await page.keyboard.type(BAD_DRAFT);
    await expect.poll(() => pills(page).count()).toBe(1);
    await page.waitForTimeout(300);
    expect(await foreignMutations(page)).toEqual([]);
    await page.locator('[data-view-name="comment-box"] .ProseMirror').evaluate((el) => el.setAttribute('data-rogue', '1'));
    await expect.poll(() => foreignMutations(page)).toEqual(['attribute data-rogue on div']);
  });
});
