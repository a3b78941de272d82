/**
 * The tip card: message, why, policy link, the fix as a button, "ignore in this post" and
 * "this is wrong". Keyboard: arrows move between findings, Esc returns to the editor.
 */
import { useEffect, useRef } from 'react';
import type { Finding, PolicyRef } from '../rules/engine/types.ts';
import type { Box } from './types.ts';
import { t } from '../lib/i18n.ts';

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
}

export interface CardActions {
  fix(card: CardView, replacement: string): void;
  copyFixed(card: CardView, replacement: string): void;
  ignore(card: CardView): void;
  reportWrong(card: CardView): void;
  move(card: CardView, delta: number): void;
  close(returnFocus: boolean): void;
}

export function TipCard({ view, actions }: { view: CardView; actions: CardActions }) {
  const ref = useRef<HTMLDivElement>(null);
  const { finding } = view;
  const fix = finding.fixes?.[0];
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
