/**
 * X (x.com, twitter.com): Draft.js composers. Every selector for X lives here (composers.md).
 * The inline and modal composers can coexist, so the Post button is looked up in the composer's
 * own toolbar: the nearest ancestor that holds both the editor and a Post button.
 */
import type { ComposerInfo, SiteAdapter } from './types.ts';
import { closestAcrossShadow } from './dom.ts';

const EDITOR = '[data-testid^="tweetTextarea_"][role="textbox"]';
const POST_BUTTON = 'button[data-testid="tweetButton"], button[data-testid="tweetButtonInline"]';
const MODAL = '[role="dialog"][aria-modal="true"]';
export const X_TWEET_LIMIT = 280;

function nearestWithButton(editor: HTMLElement): HTMLElement | null {
  for (let el = editor.parentElement; el; el = el.parentElement) {
    const button = el.querySelector<HTMLElement>(POST_BUTTON);
    if (button) return button;
  }
  return null;
}

export const xAdapter: SiteAdapter = {
  site: 'x',
  recognise(editor): ComposerInfo | null {
    if (!editor.matches(EDITOR)) return null;
    const modal = closestAcrossShadow(editor, MODAL) !== null;
    const reply = /\/status\//.test(location.pathname) && !modal;
    return {
      kind: modal ? 'x.modal' : reply ? 'x.reply' : 'x.inline',
      surface: 'post',
      fallback: false,
      limit: X_TWEET_LIMIT,
      weighted: true,
      findSubmit: () => nearestWithButton(editor),
    };
  },
};
