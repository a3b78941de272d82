/** The rule browser's search and filters. */
import { localize, type Category, type RuleInfo, type Severity } from '../../rules/engine/index.ts';

export interface RuleFilter {
  query: string;
  category: Category | 'all';
  severity: Severity | 'all';
}

function searchable(rule: RuleInfo, locale: string): string {
  return [rule.id, localize(rule.message, locale), localize(rule.why, locale), rule.policy?.section ?? ''].join('\n').toLowerCase();
}

export function filterRules(rules: readonly RuleInfo[], filter: RuleFilter, locale: string): RuleInfo[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return rules.filter(
    (rule) =>
      (filter.category === 'all' || rule.category === filter.category) &&
      (filter.severity === 'all' || rule.severity === filter.severity) &&
      words.every((word) => searchable(rule, locale).includes(word)),
  );
}
