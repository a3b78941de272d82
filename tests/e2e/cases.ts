/** One entry per composer fixture; the shared behaviour suite runs against each of them. */
import type { Page } from 'playwright-core';

export interface ComposerCase {
  name: string;
  url: string;
  /** Opens the composer if the page needs a click first (LinkedIn's "Start a post"). */
  open?(page: Page): Promise<void>;
  editor: string;
  submit: string;
  /** The fixture's model id for window.__fixture.getModelText. */
  model: string;
  /** The composer posts on Ctrl+Enter too (X). */
  ctrlEnter: boolean;
}

export const CASES: ComposerCase[] = [
  {
    name: 'x inline (draft-js)',
    url: 'https://x.com/home',
    editor: '[data-testid="tweetTextarea_0"]',
    submit: '[data-testid="tweetButtonInline"]',
    model: 'inline:0',
    ctrlEnter: true,
  },
  {
    name: 'x modal (draft-js)',
    url: 'https://x.com/compose/post',
    editor: '[role="dialog"] [data-testid="tweetTextarea_0"]',
    submit: '[data-testid="tweetButton"]',
    model: 'modal:0',
    ctrlEnter: true,
  },
  {
    name: 'x reply, mounted lazily (draft-js)',
    url: 'https://x.com/someone/status/1',
    open: (page) => page.click('[data-testid="replyPlaceholder"]'),
    editor: '[data-testid="tweetTextarea_0"]',
    submit: '[data-testid="tweetButtonInline"]',
    model: 'reply:0',
    ctrlEnter: true,
  },
  {
    name: 'linkedin share box (quill in shadow root)',
    url: 'https://www.linkedin.com/feed/',
    open: (page) => page.click('text=Start a post'),
    editor: '#interop-outlet .ql-editor',
    submit: '.share-actions__primary-action',
    model: 'share',
    ctrlEnter: false,
  },
  {
    name: 'linkedin comment (tiptap)',
    url: 'https://www.linkedin.com/feed/',
    editor: '[data-view-name="comment-box"] .ProseMirror',
    submit: '[data-view-name="comment-post"]',
    model: 'comment',
    ctrlEnter: false,
  },
  {
    name: 'linkedin messaging',
    url: 'https://www.linkedin.com/messaging/',
    editor: '.msg-form__contenteditable',
    submit: '.msg-form__send-button',
    model: 'message',
    ctrlEnter: false,
  },
];

export const BAD_DRAFT = 'Hey team, Project Kestrel beats Acme Rockets.';
export const WARN_DRAFT = 'Thanks team, we beat Acme Rockets today.';
export const CLEAN_DRAFT = 'Proud of the team for a great launch day.';

export async function openComposer(page: Page, c: ComposerCase, text: string): Promise<void> {
  if (c.open) await c.open(page);
  await page.click(c.editor);
  await page.keyboard.type(text);
}

export const modelText = (page: Page, c: ComposerCase) => page.evaluate((id) => window.__fixture.getModelText(id), c.model);
export const posts = (page: Page) => page.evaluate(() => window.__fixture.posts);
export const foreignMutations = (page: Page) => page.evaluate(() => window.__fixture.foreignMutations);

/** Client rect of the first occurrence of `words` inside the editor, measured by the test itself. */
export function wordsRect(page: Page, c: ComposerCase, words: string) {
  return page.locator(c.editor).evaluate((editor, words) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    }
    return null;
  }, words);
}

export function underlineRect(page: Page, ruleId: string) {
  return page.locator(`postcoach-overlay .pc-underline[data-rule="${ruleId}"]`).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  });
}
