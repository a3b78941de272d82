/**
 * "Before you post": lists block/warn findings with their fixes. Esc or "Back to editing" returns
 * to the editor. Posting past a `block` needs an explicit acknowledgment (confirm mode) or is not
 * possible (strict mode). Focus is trapped inside while it is open.
 */
import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../rules/engine/types.ts';
import type { Mode } from '../lib/contracts.ts';
import { t } from '../lib/i18n.ts';

export interface DialogView {
  composerId: string;
  findings: Finding[];
  mode: Mode;
}

export interface DialogActions {
  back(): void;
  postAnyway(): void;
  fix(finding: Finding, replacement: string): void;
}

export function PrePostDialog({ view, actions }: { view: DialogView; actions: DialogActions }) {
  const ref = useRef<HTMLDivElement>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const hasBlock = view.findings.some((f) => f.severity === 'block');
  const canPost = !hasBlock || (view.mode === 'confirm' && acknowledged);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('.pc-back')?.focus();
  }, []);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      actions.back();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), a[href]')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = (ref.current.getRootNode() as ShadowRoot).activeElement;
    if (e.shiftKey && active === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first?.focus();
    }
  };
  return (
    <div className="pc-backdrop">
      <div ref={ref} role="alertdialog" aria-modal="true" aria-labelledby="pc-dialog-title" aria-describedby="pc-dialog-intro" className="pc-dialog" onKeyDown={onKeyDown}>
        <h2 id="pc-dialog-title">{t('dialog.title')}</h2>
        <p id="pc-dialog-intro">{hasBlock && view.mode === 'strict' ? t('dialog.strict') : t('dialog.intro')}</p>
        <ul className="pc-findings">
          {view.findings.map((f, i) => (
            <li key={`${f.ruleId}:${f.start}:${i}`} className={`pc-${f.severity}`}>
              <span className={`pc-badge pc-${f.severity}`}>{t(`severity.${f.severity}`)}</span>
              <span className="pc-excerpt">“{f.excerpt}”</span> {f.message}
              {f.fixes?.[0] && (
                <button type="button" className="pc-fix" onClick={() => actions.fix(f, f.fixes![0]!.replacement)}>
                  {f.fixes[0].label}
                </button>
              )}
            </li>
          ))}
        </ul>
        {hasBlock && view.mode === 'confirm' && (
          <label className="pc-ack">
            <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} />
            {t('dialog.acknowledge')}
          </label>
        )}
        <div className="pc-actions">
          <button type="button" className="pc-back" onClick={actions.back}>
            {t('dialog.back')}
          </button>
          {!(hasBlock && view.mode === 'strict') && (
            <button type="button" className="pc-post-anyway" disabled={!canPost} onClick={actions.postAnyway}>
              {t('dialog.postAnyway')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
