/**
 * Writes into a host editor only through its own input pipeline: select the range, then
 * execCommand('insertText') (or a synthetic paste for multi-line text), so the edit lands in the
 * editor's model and on its undo stack. The result is read back; an edit that did not take
 * exactly is undone, so nothing half-applied is left behind.
 */
import { readText } from './text.ts';

export type EditOutcome = 'applied' | 'refused';

const SETTLE_TIMEOUT_MS = 400;

function selectionFor(editor: HTMLElement): Selection | null {
  const root = editor.getRootNode() as (ShadowRoot & { getSelection?(): Selection | null }) | Document;
  if (root instanceof ShadowRoot && typeof root.getSelection === 'function') return root.getSelection();
  return document.getSelection();
}

function insert(replacement: string): void {
  if (!replacement.includes('\n')) {
    document.execCommand('insertText', false, replacement);
    return;
  }
  const data = new DataTransfer();
  data.setData('text/plain', replacement);
  const target = document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;
  target?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

async function settled(editor: HTMLElement, expected: string): Promise<string> {
  const deadline = performance.now() + SETTLE_TIMEOUT_MS;
  let text = readText(editor).text;
  while (text !== expected && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 16));
    text = readText(editor).text;
  }
  return text;
}

/** Replaces [start, end) of the editor's current text, which must still equal `before`. */
export async function replaceText(editor: HTMLElement, before: string, start: number, end: number, replacement: string): Promise<EditOutcome> {
  const snapshot = readText(editor);
  if (snapshot.text !== before) return 'refused';
  const range = snapshot.rangeFor(start, end);
  const selection = selectionFor(editor);
  if (!range || !selection) return 'refused';
  editor.focus();
  selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  insert(replacement);
  const expected = before.slice(0, start) + replacement + before.slice(end);
  const after = await settled(editor, expected);
  if (after === expected) return 'applied';
  if (after !== before) {
    document.execCommand('undo');
    await settled(editor, before);
  }
  return 'refused';
}
