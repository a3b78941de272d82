/**
 * The check before posting: clicks on a composer's own Post button and Ctrl/Cmd+Enter inside it
 * are caught in the capture phase. Clean drafts pass untouched; otherwise the original action is
 * held, and replayed once if the employee posts anyway. Any internal failure lets the post
 * through (fail open) unless the organisation asked to fail closed.
 */
export interface InterceptTarget {
  id: string;
  editor: HTMLElement;
  findSubmit(): HTMLElement | null;
}

export interface InterceptHooks {
  targets(): Iterable<InterceptTarget>;
  holds(id: string): boolean;
  confirm(id: string): Promise<boolean>;
  posted(id: string): void;
  failClosed(): boolean;
  onError(where: string, error: unknown): void;
}

function isDisabled(button: HTMLElement): boolean {
  return button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true';
}

export function interceptPosts(hooks: InterceptHooks): () => void {
  let replaying = false;

  const replay = (target: InterceptTarget, action: () => void) => {
    replaying = true;
    try {
      action();
    } finally {
      replaying = false;
    }
    hooks.posted(target.id);
  };

  /** Decides synchronously whether to stop the event; `action` replays it after "Post anyway". */
  const gate = (event: Event, target: InterceptTarget, action: () => void) => {
    let hold: boolean;
    try {
      hold = hooks.holds(target.id);
    } catch (error) {
      hooks.onError('pre-post check', error);
      hold = hooks.failClosed();
      if (hold) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      return;
    }
    if (!hold) {
      hooks.posted(target.id);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    hooks.confirm(target.id).then(
      (post) => {
        if (post) replay(target, action);
      },
      (error: unknown) => hooks.onError('pre-post dialog', error),
    );
  };

  const onClick = (event: MouseEvent) => {
    if (replaying) return;
    const path = event.composedPath();
    for (const target of hooks.targets()) {
      const submit = target.findSubmit();
      if (!submit || !path.includes(submit) || isDisabled(submit)) continue;
      gate(event, target, () => submit.click());
      return;
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (replaying || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
    const path = event.composedPath();
    for (const target of hooks.targets()) {
      if (!path.includes(target.editor)) continue;
      const init: KeyboardEventInit = {
        key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: event.ctrlKey, metaKey: event.metaKey,
        bubbles: true, cancelable: true, composed: true,
      } as KeyboardEventInit;
      gate(event, target, () => target.editor.dispatchEvent(new KeyboardEvent('keydown', init)));
      return;
    }
  };

  window.addEventListener('click', onClick, true);
  window.addEventListener('keydown', onKeyDown, true);
  return () => {
    window.removeEventListener('click', onClick, true);
    window.removeEventListener('keydown', onKeyDown, true);
  };
}
