/**
 * Look-alike X and LinkedIn composers, clearly marked as simulations. The editor is a plain
 * contenteditable; the coach attaches to it exactly as it does to a site's editor.
 */
import { useEffect, type RefObject } from 'react';
import type { Platform } from '../rules/engine/index.ts';
import { t } from '../lib/i18n.ts';
import { onPlainPaste } from './sim-editor.ts';

export interface SimComposerProps {
  platform: Platform;
  editorRef: RefObject<HTMLDivElement>;
  active: boolean;
  onPost(): void;
}

export function SimComposer({ platform, editorRef, active, onPost }: SimComposerProps) {
  useEffect(() => {
    const el = editorRef.current;
    el?.addEventListener('paste', onPlainPaste);
    return () => el?.removeEventListener('paste', onPlainPaste);
  }, [editorRef]);
  const headingId = `sim-${platform}-title`;
  return (
    <section className={`sim sim-${platform}${active ? ' sim-active' : ''}`} aria-labelledby={headingId} data-platform={platform}>
      <header className="sim-head">
        <h2 id={headingId} className="sim-title">
          {t(`demo.composer.${platform}`)}
        </h2>
        <span className="sim-badge">{t('demo.simulation')}</span>
      </header>
      <div className="sim-body">
        <div className="sim-avatar" aria-hidden="true">
          {t('demo.composer.initials')}
        </div>
        <div className="sim-main">
          {platform === 'linkedin' && (
            <p className="sim-author">
              <strong>{t('demo.composer.author')}</strong> <span>{t('demo.composer.audience')}</span>
            </p>
          )}
          <div
            ref={editorRef}
            className="sim-editor"
            contentEditable
            suppressContentEditableWarning
            role="textbox"
            aria-multiline="true"
            aria-label={t(`demo.composer.${platform}.label`)}
            data-placeholder={t(`demo.composer.${platform}.placeholder`)}
            spellCheck={false}
          />
        </div>
      </div>
      <footer className="sim-foot">
        <button type="button" className="sim-post" onClick={onPost}>
          {t('demo.composer.post')}
        </button>
      </footer>
    </section>
  );
}
