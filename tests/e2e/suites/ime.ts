/**
 * A real IME composition, driven through the DevTools protocol the way the browser's own input
 * method does it (no synthetic DOM events): Input.imeSetComposition shows uncommitted text in the
 * focused editor, Input.insertText commits it. A recorder in the page notes what our overlay did
 * while a composition was open, so a test can prove the coach stayed still until the commit.
 */
import type { CDPSession, Page } from 'playwright-core';

/** What one keystroke-by-keystroke composition looks like, and what it commits. */
export interface Composition {
  name: string;
  /** The composition text after each keystroke (including the IME's conversion step). */
  steps: string[];
  committed: string;
}

/**
 * Typed on a Japanese keyboard as kana, then converted to the Latin word: the uncommitted text
 * only becomes the flagged word at the last step, as with a real IME's candidate choice.
 */
export const JAPANESE_KESTREL: Composition = {
  name: 'Japanese kana converted to Latin',
  steps: ['k', 'け', 'けs', 'けす', 'けすt', 'けすと', 'けすとr', 'けすとれ', 'けすとれr', 'けすとれる', 'Kestrel'],
  committed: 'Kestrel',
};

/** Spelled letter by letter inside one composition (a phonetic layout), the word complete before the commit. */
export const LETTER_BY_LETTER_KESTREL: Composition = {
  name: 'letter by letter',
  steps: ['K', 'Ke', 'Kes', 'Kest', 'Kestr', 'Kestre', 'Kestrel'],
  committed: 'Kestrel',
};

/** Chinese pinyin: Latin letters while composing, one character committed. */
export const PINYIN_HAO: Composition = {
  name: 'Chinese pinyin',
  steps: ['h', 'ha', 'hao', '好'],
  committed: '好',
};

/** Longer than the coach's debounce, so a check that fired on a composition update would show. */
export const STEP_PAUSE_MS = 150;

/**
 * How long a person holds the button in a click. The press (mousedown) is what ends an open
 * composition; draft-js commits it 20 ms later and takes focus back to itself, before the release.
 */
export const PRESS_MS = 80;

export class Ime {
  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<Ime> {
    return new Ime(await page.context().newCDPSession(page));
  }

  /** Shows `text` as the open composition, caret at its end. */
  async update(text: string): Promise<void> {
    await this.cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }

  /** Every step of `composition`, pausing after each, and leaves it open (uncommitted). */
  async compose(page: Page, composition: Composition): Promise<void> {
    for (const step of composition.steps) {
      await this.update(step);
      await page.waitForTimeout(STEP_PAUSE_MS);
    }
  }

  async commit(text: string): Promise<void> {
    await this.cdp.send('Input.insertText', { text });
  }

  async detach(): Promise<void> {
    await this.cdp.detach();
  }
}

export interface CompositionLog {
  /** compositionstart / compositionend (with its data) as the page saw them. */
  events: string[];
  /** Every change in our overlay's shadow root made while a composition was open. */
  overlayChanges: string[];
}

declare global {
  interface Window {
    __imeLog?: CompositionLog;
  }
}

/** Starts recording composition events and overlay changes during compositions (the overlay must exist). */
export async function recordCompositions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector('postcoach-overlay')?.shadowRoot;
    if (!root) throw new Error('recordCompositions: the overlay is not on the page yet');
    const log: CompositionLog = { events: [], overlayChanges: [] };
    let composing = false;
    document.addEventListener('compositionstart', () => {
      composing = true;
      log.events.push('start');
    }, true);
    document.addEventListener('compositionend', (e) => {
      composing = false;
      log.events.push(`end:${e.data}`);
    }, true);
    new MutationObserver((records) => {
      if (!composing) return;
      for (const r of records) {
        const target = r.target instanceof Element ? r.target : r.target.parentElement;
        log.overlayChanges.push(`${r.type} ${r.attributeName ?? ''} on ${target?.className ?? '#text'}`.trim());
      }
    }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    window.__imeLog = log;
  });
}

export const compositionLog = (page: Page) => page.evaluate(() => window.__imeLog ?? { events: [], overlayChanges: [] });
