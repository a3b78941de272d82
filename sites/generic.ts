/**
 * The fallback when a site's selectors break: any multi-line textbox or contenteditable still
 * gets coaching (no Post interception unless its form has a submit button).
 */
import type { ComposerInfo } from './types.ts';

const GENERIC_LIMIT = 3000;

export function recogniseGeneric(editor: HTMLElement): ComposerInfo | null {
  const textbox = editor.getAttribute('role') === 'textbox' || editor.isContentEditable;
  if (!textbox || editor.getAttribute('aria-multiline') === 'false') return null;
  return {
    kind: 'generic',
    surface: 'post',
    fallback: true,
    limit: GENERIC_LIMIT,
    weighted: false,
    findSubmit: () => editor.closest('form')?.querySelector<HTMLElement>('button[type="submit"]') ?? null,
  };
}
