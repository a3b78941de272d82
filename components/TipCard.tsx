/**
 * The tip card: message, why, policy link, the fix as a button, "ignore in this post" and
 * "this is wrong". Keyboard: arrows move between findings, Esc returns to the editor.
 * A card opened by hover behaves like a tooltip (WAI-ARIA): it closes shortly after the pointer
 * has left both its underline and the card, never while focus is inside it. A card opened by a
 * click or the keyboard stays until Esc, an outside click, or its finding goes away.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { Finding, PolicyRef } from '../rules/engine/types.ts';
import type { Box } from './types.ts';
import { contains } from './geometry.ts';
import { t } from '../lib/i18n.ts';

/** Time to cross the gap between underline and card, or to come back after overshooting. */
export const HOVER_GRACE_MS = 300;

export type CardStatus = 'idle' | 'refused' | 'copied';

export interface CardView {
  composerId: string;
  finding: Finding;
  index: number;
  total: number;
  anchor: Box;
  status: CardStatus;
  /** Focus moves into the card when it was opened from the keyboard. */
  focus: boolean;
  /** Opened by the pointer resting on the underline: closes again once the pointer leaves. */
  hover: boolean;
}

export interface CardActions {
  fix(card: CardView, replacement: string): void;
  copyFixed(card: CardView, replacement: string): void;
  ignore(card: CardView): void;
  reportWrong(card: CardView): void;
  move(card: CardView, delta: number): void;
  close(returnFocus: boolean): void;
}

/**
 * While `enabled`, closes the card HOVER_GRACE_MS after the pointer has left both `underline` and
 * the card (or the window), unless focus is inside the card; coming back in time keeps it open.
 */
function useHoverGrace(card: RefObject<HTMLDivElement | null>, underline: Box[], enabled: boolean, close: () => void): void {
  const latest = useRef({ underline, close });
  latest.current = { underline, close };
  useEffect(() => {
    const element = card.current;
    if (!enabled || !element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pointerOutside = false;
    const stay = () => {
      clearTimeout(timer);
      timer = undefined;
    };
    const leave = () => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (!element.matches(':focus-within')) latest.current.close();
      }, HOVER_GRACE_MS);
    };
    const onMove = (e: MouseEvent) => {
      const { clientX: x, clientY: y } = e;
      pointerOutside = !contains(element.getBoundingClientRect(), x, y) && !latest.current.underline.some((box) => contains(box, x, y));
      if (pointerOutside) leave();
      else stay();
    };
    const onWindowExit = (e: MouseEvent) => {
      if (e.relatedTarget !== null) return;
      pointerOutside = true;
      leave();
    };
    const onFocusOut = (e: FocusEvent) => {
      if (pointerOutside && !element.contains(e.relatedTarget as Node | null)) leave();
    };
    window.addEventListener('mousemove', onMove, { passive: true });
    document.addEventListener('mouseout', onWindowExit, { passive: true });
    element.addEventListener('focusout', onFocusOut);
    return () => {
      stay();
      window.removeEventListener('mousemove', onMove);
      document.removeEventListener('mouseout', onWindowExit);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [card, enabled]);
}

export function TipCard({ view, underline, actions }: { view: CardView; underline: Box[]; actions: CardActions }) {
  const ref = useRef<HTMLDivElement>(null);
  const { finding } = view;
  const fix = finding.fixes?.[0];
  useHoverGrace(ref, underline, view.hover, () => actions.close(false));
  useEffect(() => {
    if (view.focus) (ref.current?.querySelector<HTMLElement>('.pc-fix') ?? ref.current?.querySelector<HTMLElement>('button'))?.focus();
  }, [view.focus, view.finding, view.status]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') actions.close(true);
    else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') actions.move(view, 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') actions.move(view, -1);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const titleId = 'pc-card-title';
  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={titleId}
      className={`pc-card pc-${finding.severity}`}
      style={{ left: view.anchor.left, top: view.anchor.top + view.anchor.height + 6 }}
      onKeyDown={onKeyDown}
      onMouseDown={(e) => e.stopPropagation()}
    >
      <div className="pc-card-head">
        <span className={`pc-badge pc-${finding.severity}`}>{t(`severity.${finding.severity}`)}</span>
        {view.total > 1 && <span className="pc-position">{t('card.position', { index: view.index + 1, total: view.total })}</span>}
        <button type="button" className="pc-close" aria-label={t('card.close')} onClick={() => actions.close(true)}>
          ×
        </button>
      </div>
      <p id={titleId} className="pc-message">
        {finding.message}
      </p>
      {finding.why && <p className="pc-why">{finding.why}</p>}
      {finding.policy && <PolicyLine policy={finding.policy} />}
      {view.status === 'refused' && fix && (
        <p className="pc-refused" role="status">
          {t('card.refused')}
        </p>
      )}
      <div className="pc-actions">
        {fix && view.status === 'idle' && (
          <button type="button" className="pc-fix" onClick={() => actions.fix(view, fix.replacement)}>
            {fix.label}
          </button>
        )}
        {fix && view.status !== 'idle' && (
          <button type="button" className="pc-fix" onClick={() => actions.copyFixed(view, fix.replacement)}>
            {view.status === 'copied' ? t('card.copied') : t('card.copy')}
          </button>
        )}
        <button type="button" onClick={() => actions.ignore(view)}>
          {t('card.ignore')}
        </button>
        <button type="button" className="pc-wrong" onClick={() => actions.reportWrong(view)}>
          {t('card.wrong')}
        </button>
      </div>
    </div>
  );
}

function PolicyLine({ policy }: { policy: PolicyRef }) {
  const label = policy.section ? t('card.policySection', { title: policy.title, section: policy.section }) : t('card.policy', { title: policy.title });
  return (
    <p className="pc-policy">
      {policy.url ? (
        <a href={policy.url} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
    </p>
  );
}
