/** Everything Postcoach draws, rendered into its own shadow root on document.body. */
import { useEffect, useRef, type RefObject } from 'react';
import type { Mark } from './types.ts';
import { Underlines } from './Underlines.tsx';
import { Pill, type PillView } from './Pill.tsx';
import { TipCard, type CardActions, type CardView } from './TipCard.tsx';
import { PrePostDialog, type DialogActions, type DialogView } from './PrePostDialog.tsx';

export interface OverlayView {
  theme: 'light' | 'dark';
  marks: Mark[];
  pills: PillView[];
  card: CardView | null;
  dialog: DialogView | null;
}

export interface OverlayActions {
  openPill(composerId: string): void;
  card: CardActions;
  dialog: DialogActions;
}

/**
 * While the pre-post dialog is up, focus that something else took out of it goes back to where it
 * was in the dialog: draft-js refocuses itself when an IME composition the Post click ended
 * resolves, and a fix from the dialog edits through the editor. Two frames later, so the dialog's
 * own closing (which returns focus to the editor) has removed it by then.
 */
function useDialogKeepsFocus(root: RefObject<HTMLDivElement | null>, open: boolean): void {
  useEffect(() => {
    const overlay = root.current;
    const host = overlay && (overlay.getRootNode() as ShadowRoot).host;
    if (!open || !overlay || !host) return;
    const active = (overlay.getRootNode() as ShadowRoot).activeElement;
    let last = active instanceof HTMLElement && active.closest('[role="alertdialog"]') ? active : null;
    let frame = 0;
    const onFocusIn = (e: FocusEvent) => {
      const dialog = overlay.querySelector('[role="alertdialog"]');
      const target = e.composedPath()[0];
      if (dialog && target instanceof HTMLElement && dialog.contains(target)) {
        last = target;
        return;
      }
      if (e.composedPath().includes(host)) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          const still = overlay.querySelector<HTMLElement>('[role="alertdialog"]');
          if (!still || still.contains((overlay.getRootNode() as ShadowRoot).activeElement)) return;
          (last?.isConnected ? last : still.querySelector<HTMLElement>('button:not([disabled])'))?.focus();
        });
      });
    };
    document.addEventListener('focusin', onFocusIn, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', onFocusIn, true);
    };
  }, [root, open]);
}

export function Overlay({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  const root = useRef<HTMLDivElement>(null);
  useDialogKeepsFocus(root, view.dialog !== null);
  const card = view.card;
  const cardUnderline = (card && view.marks.find((mark) => mark.finding === card.finding)?.boxes) ?? [];
  return (
    <div ref={root} className="pc-root" data-theme={view.theme}>
      <Underlines marks={view.marks} />
      {view.pills.map((pill) => (
        <Pill key={pill.composerId} view={pill} onOpen={actions.openPill} />
      ))}
      {card && <TipCard view={card} underline={cardUnderline} actions={actions.card} />}
      {view.dialog && <PrePostDialog key={view.dialog.composerId} view={view.dialog} actions={actions.dialog} />}
    </div>
  );
}
