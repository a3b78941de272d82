/**
 * The look-alike composers' editing: plain contenteditables driven only through the browser's
 * editing commands, so every change — typed, loaded, animated or a quick fix — is on the undo
 * stack (Ctrl+Z) and fires the same input events a real editor would.
 */

/** Inserts text at the selection; line breaks become real line breaks. */
export function insertPlain(text: string): void {
  text.split('\n').forEach((line, index) => {
    if (index > 0) document.execCommand('insertLineBreak');
    if (line) document.execCommand('insertText', false, line);
  });
}

/** Pastes as plain text — the editor's own paste pipeline, which sites/edit.ts uses for multi-line fixes. */
export function onPlainPaste(event: ClipboardEvent): void {
  event.preventDefault();
  insertPlain(event.clipboardData?.getData('text/plain') ?? '');
}

function clear(editor: HTMLElement): void {
  editor.focus();
  document.getSelection()?.selectAllChildren(editor);
  if (editor.textContent) document.execCommand('delete');
}

export function setEditorText(editor: HTMLElement, text: string): void {
  clear(editor);
  insertPlain(text);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types `text` a character at a time; stops early when `signal` aborts. */
export async function typeEditorText(editor: HTMLElement, text: string, signal: AbortSignal, msPerChar: number): Promise<void> {
  clear(editor);
  for (const char of Array.from(text)) {
    if (signal.aborted) return;
    if (document.activeElement !== editor) {
      editor.focus();
      document.getSelection()?.selectAllChildren(editor);
      document.getSelection()?.collapseToEnd();
    }
    insertPlain(char);
    await sleep(char === ' ' ? msPerChar * 2 : msPerChar);
  }
}
