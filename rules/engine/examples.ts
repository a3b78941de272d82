import type { Checker } from './check.ts';
import type { RuleInfo } from './compile.ts';
import type { Pack } from './schema.ts';
import type { CheckContext } from './types.ts';

export interface ExampleFailure {
  ruleId: string;
  kind: 'bad' | 'good';
  text: string;
  reason: string;
}

/**
 * Runs every example of a pack's rules (ESLint RuleTester-style): each `bad` must trigger its rule,
 * no `good` may. Rules switched off by an override are skipped.
 */
export function runPackExamples(checker: Checker, pack: Pack): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  for (const rule of checker.rules.filter((r) => r.packId === pack.id)) {
    const context = exampleContext(rule);
    for (const kind of ['bad', 'good'] as const) {
      for (const text of rule.examples[kind]) {
        const reported = checker.check(text, context).filter((f) => f.ruleId === rule.id);
        if (kind === 'bad' && reported.length === 0) {
          failures.push({ ruleId: rule.id, kind, text, reason: 'bad example did not trigger the rule' });
        } else if (kind === 'good' && reported.length > 0) {
          const excerpts = reported.map((f) => `“${f.excerpt}”`).join(', ');
          failures.push({ ruleId: rule.id, kind, text, reason: `good example triggered the rule at ${excerpts}` });
        }
      }
    }
  }
  return failures;
}

/** Examples of windowed rules are checked on the window's first day, platform-limited ones on their platform. */
function exampleContext(rule: RuleInfo): CheckContext {
  return {
    platform: rule.examplePlatform ?? rule.platforms?.[0],
    now: rule.active?.from ? new Date(`${rule.active.from.slice(0, 10)}T12:00:00Z`) : undefined,
  };
}
