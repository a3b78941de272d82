/** The open scenario: trainer's notes, "Fix it" step by step, praise when clean, post health, share link. */
import type { Finding } from '../rules/engine/index.ts';
import type { PlannedStep } from './fix-plan.ts';
import type { HealthRow } from './health.ts';
import type { Scenario } from './scenario.ts';
import { HealthChart } from './HealthChart.tsx';
import { categoryName, platformName } from './labels.ts';
import { t } from '../lib/i18n.ts';

interface ScenarioPanelProps {
  scenario: Scenario;
  text: string;
  plan: PlannedStep[];
  fixesDone: number;
  problemsLeft: number;
  praise: Finding[];
  rows: HealthRow[];
  shareUrl: string;
  presenting: boolean;
  onFix(): void;
  onReplay(): void;
  onShowGood(): void;
  onShare(): void;
}

function stepLabel(step: PlannedStep['step']): string {
  return step.kind === 'fix' ? t('demo.step.fix', { label: step.label }) : t('demo.step.rewrite');
}

export function ScenarioPanel(props: ScenarioPanelProps) {
  const { scenario, text, plan, fixesDone, problemsLeft, praise, rows, presenting } = props;
  const isGood = text === scenario.good;
  const isBad = text === scenario.bad;
  const done = isGood && problemsLeft === 0;
  const praiseMessages = [...new Set(praise.map((f) => f.message))];
  const copy = () => {
    props.onShare();
    void navigator.clipboard?.writeText(props.shareUrl).catch(() => undefined);
  };
  return (
    <section className="scenario" aria-labelledby="scenario-title">
      <div className="scenario-text">
        <p className="scenario-meta">
          <span className={`chip chip-${scenario.platform}`}>{platformName(scenario.platform)}</span>
          {scenario.category && <span className="chip">{categoryName(scenario.category)}</span>}
        </p>
        <h2 id="scenario-title">{scenario.title}</h2>
        {scenario.notes && !presenting && (
          <p className="scenario-notes">
            <strong>{t('demo.scenario.notes')}</strong> {scenario.notes}
          </p>
        )}
        <ol className="scenario-steps" aria-label={t('demo.scenario.steps')}>
          <li className={isBad ? 'step-now' : 'step-done'}>{t('demo.step.bad')}</li>
          {plan.map((p, i) => (
            <li key={i} className={i < fixesDone ? 'step-done' : i === fixesDone ? 'step-next' : ''}>
              {stepLabel(p.step)}
            </li>
          ))}
        </ol>
        <div className={done ? 'verdict verdict-good' : problemsLeft > 0 ? 'verdict verdict-bad' : 'verdict'} role="status">
          {done ? t('demo.verdict.good') : problemsLeft > 0 ? t('demo.verdict.problems', { count: problemsLeft }) : t('demo.verdict.clean')}
          {praiseMessages.length > 0 && (
            <ul className="praise">
              {praiseMessages.map((message) => (
                <li key={message}>★ {message}</li>
              ))}
            </ul>
          )}
        </div>
        {!presenting && (
          <div className="scenario-actions">
            <button type="button" className="primary" onClick={props.onFix} disabled={fixesDone >= plan.length || isGood}>
              {t('demo.fixIt')}
            </button>
            <button type="button" onClick={props.onReplay}>
              {t('demo.replay')}
            </button>
            <button type="button" onClick={props.onShowGood} disabled={isGood}>
              {t('demo.showGood')}
            </button>
          </div>
        )}
        {!presenting && (
          <div className="share">
            <label htmlFor="share-url">{t('demo.share.label')}</label>
            <div className="share-row">
              <input id="share-url" readOnly value={props.shareUrl} onFocus={(e) => e.currentTarget.select()} />
              <button type="button" onClick={copy}>
                {t('demo.share.copy')}
              </button>
            </div>
          </div>
        )}
      </div>
      <HealthChart rows={rows} idPrefix="scenario" />
    </section>
  );
}
