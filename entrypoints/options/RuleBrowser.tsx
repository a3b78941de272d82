import { memo, useId, useMemo, useState } from 'react';
import { t } from '../../lib/i18n.ts';
import { CATEGORY_IDS, compilePacks, localize, SEVERITIES, type Checker, type Pack, type RuleInfo } from '../../rules/engine/index.ts';
import { highlight } from './highlight.ts';
import { filterRules, type RuleFilter } from './rule-filter.ts';

function compile(packs: readonly Pack[]): { checker?: Checker; error?: string } {
  try {
    return { checker: compilePacks(packs) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** An example as the employee would see it: the words the rule flags are marked. */
function Example({ text, rule, checker }: { text: string; rule: RuleInfo; checker: Checker }) {
  const platform = rule.examplePlatform ?? rule.platforms?.[0];
  const now = rule.active?.from ? new Date(`${rule.active.from.slice(0, 10)}T12:00:00Z`) : undefined;
  const findings = checker.check(text, { platform, now }).filter((f) => f.ruleId === rule.id);
  return (
    <li>
      {highlight(text, findings).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </li>
  );
}

/** Memoised: typing in the search box re-renders the list, not every example's check. */
const RuleCard = memo(function RuleCard({ rule, checker, locale }: { rule: RuleInfo; checker: Checker; locale: string }) {
  const headingId = useId();
  return (
    <article className="rule" aria-labelledby={headingId} data-rule-id={rule.id}>
      <header>
        <h3 id={headingId}>{localize(rule.message, locale)}</h3>
        <span className={`severity severity-${rule.severity}`}>{t(`severity.${rule.severity}`)}</span>
        <span className="muted">{t(`options.category.${rule.category}`)}</span>
        <code className="muted">{rule.id}</code>
      </header>
      <p>
        <strong>{t('options.rules.why')}:</strong> {localize(rule.why, locale)}
      </p>
      {rule.policy && (
        <p>
          <strong>{t('options.rules.policy')}:</strong>{' '}
          {rule.policy.url ? (
            <a href={rule.policy.url} target="_blank" rel="noreferrer">
              {[rule.policy.title, rule.policy.section].filter(Boolean).join(' — ')}
            </a>
          ) : (
            [rule.policy.title, rule.policy.section].filter(Boolean).join(' — ')
          )}
        </p>
      )}
      <div className="examples">
        {(['bad', 'good'] as const).map((kind) => (
          <div key={kind}>
            <h4>{t(`options.rules.${kind}`)}</h4>
            <ul>
              {rule.examples[kind].map((text) => (
                <Example key={text} text={text} rule={rule} checker={checker} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </article>
  );
});

export function RuleBrowser({ packs, locale }: { packs: readonly Pack[]; locale: string }) {
  const [filter, setFilter] = useState<RuleFilter>({ query: '', category: 'all', severity: 'all' });
  const compiled = useMemo(() => compile(packs), [packs]);
  const rules = compiled.checker ? filterRules(compiled.checker.rules, filter, locale) : [];
  return (
    <section id="rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('options.rules.heading')}</h2>
      {compiled.error && <p role="alert" className="error">{t('options.rules.compileError', { reason: compiled.error })}</p>}
      <div className="filters" role="search">
        <label>
          {t('options.rules.search')}
          <input type="search" value={filter.query} onChange={(e) => setFilter({ ...filter, query: e.target.value })} />
        </label>
        <label>
          {t('options.rules.category')}
          <select value={filter.category} onChange={(e) => setFilter({ ...filter, category: e.target.value as RuleFilter['category'] })}>
            <option value="all">{t('options.rules.all')}</option>
            {CATEGORY_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`options.category.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('options.rules.severity')}
          <select value={filter.severity} onChange={(e) => setFilter({ ...filter, severity: e.target.value as RuleFilter['severity'] })}>
            <option value="all">{t('options.rules.all')}</option>
            {SEVERITIES.map((id) => (
              <option key={id} value={id}>
                {t(`severity.${id}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" data-testid="rule-count">{rules.length > 0 ? t('options.rules.count', { count: rules.length }) : t('options.rules.none')}</p>
      {compiled.checker && rules.map((rule) => <RuleCard key={rule.id} rule={rule} checker={compiled.checker!} locale={locale} />)}
    </section>
  );
}
