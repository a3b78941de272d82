/** Presentation mode's header: where we are in the playlist, and how to move without a mouse. */
import { progress, type Position } from './playlist.ts';
import { t } from '../lib/i18n.ts';

interface PresentationBarProps {
  position: Position;
  stepCounts: readonly number[];
  title: string;
  onLeave(): void;
}

export function PresentationBar({ position, stepCounts, title, onLeave }: PresentationBarProps) {
  const percent = Math.round(progress(position, stepCounts) * 100);
  const where = t('demo.presentation.where', {
    scenario: position.scenario + 1,
    scenarios: stepCounts.length,
    step: position.step + 1,
    steps: stepCounts[position.scenario] ?? 1,
  });
  return (
    <div className="presentation-bar">
      <div className="presentation-where" aria-live="polite">
        <span>{where}</span> <span className="presentation-title">{title}</span>
      </div>
      <div className="progress" role="progressbar" aria-label={t('demo.presentation.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={where}>
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="presentation-keys">
        {t('demo.presentation.keys')}{' '}
        <button type="button" className="link-button" onClick={onLeave}>
          {t('demo.presentation.leave')}
        </button>
      </p>
    </div>
  );
}
