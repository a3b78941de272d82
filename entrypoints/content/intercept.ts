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

  const replay = (action: () => void) => {
    replaying = true;
    try {
      action();
    } finally {
      replaying = false;
    }
  };

  /**
   * Decides synchronously whether to stop the event. A thread's boxes share one Post button, so
   * the first of `targets` that would be held speaks for all; `action` replays the event after
   * "Post anyway".
   */
  const gate = (event: Event, targets: InterceptTarget[], action: () => void) => {
    const done = () => {
      for (const target of targets) hooks.posted(target.id);
    };
    let held: InterceptTarget | undefined;
    try {
      held = targets.find((target) => hooks.holds(target.id));
    } catch (error) {
      hooks.onError('pre-post check', error);
      if (hooks.failClosed()) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      return;
    }
    if (!held) {
      done();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    hooks.confirm(held.id).then(
      (post) => {
        if (!post) return;
        replay(action);
        done();
      },
      (error: unknown) => hooks.onError('pre-post dialog', error),
    );
  };

  const onClick = (event: MouseEvent) => {
    if (replaying) return;
    const path = event.composedPath();
    let submit: HTMLElement | null = null;
    const sharing: InterceptTarget[] = [];
    for (const target of hooks.targets()) {
      const button = target.findSubmit();
      if (!button || !path.includes(button) || isDisabled(button) || (submit && button !== submit)) continue;
      submit = button;
      sharing.push(target);
    }
    const button = submit;
    if (button) gate(event, sharing, () => button.click());
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
      gate(event, [target], () => target.editor.dispatchEvent(new KeyboardEvent('keydown', init)));
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
