/**
 * What employees will notice between two versions of the rules: rules that appear or disappear,
 * a different severity, different wording (any language), category, policy link or platforms.
 * Compares compiled rules, so an override of a core rule counts as a change of that rule.
 */
import type { RuleInfo } from '../../rules/engine/index.ts';
import { canonicalJson } from './canonical.ts';

const NOTICEABLE = ['severity', 'message', 'why', 'category', 'policy', 'platforms'] as const;
export type NoticeableField = (typeof NOTICEABLE)[number];

export interface FieldChange {
  field: NoticeableField;
  from: unknown;
  to: unknown;
}

export interface RuleDiff {
  added: RuleInfo[];
  removed: RuleInfo[];
  changed: { rule: RuleInfo; changes: FieldChange[] }[];
}

export function diffRules(before: readonly RuleInfo[], after: readonly RuleInfo[]): RuleDiff {
  const old = new Map(before.map((rule) => [rule.id, rule]));
  const next = new Map(after.map((rule) => [rule.id, rule]));
  const diff: RuleDiff = { added: [], removed: [], changed: [] };
  for (const rule of after) if (!old.has(rule.id)) diff.added.push(rule);
  for (const rule of before) if (!next.has(rule.id)) diff.removed.push(rule);
  for (const rule of after) {
    const previous = old.get(rule.id);
    if (!previous) continue;
    const changes = NOTICEABLE.filter((field) => canonicalJson(previous[field] ?? null) !== canonicalJson(rule[field] ?? null)).map(
      (field) => ({ field, from: previous[field], to: rule[field] }),
    );
    if (changes.length > 0) diff.changed.push({ rule, changes });
  }
  return diff;
}

export function isEmptyDiff(diff: RuleDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}
