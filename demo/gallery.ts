/**
 * The scenario gallery, built from the active packs' own rule examples: per category, each bad
 * example that really triggers its rule, paired with a better version — the quick fixes' result
 * when that is clean, otherwise one of the rule's good examples. Only pairs whose better version
 * has no problems are shown, so every scenario ends clean; so are fixes that loop.
 */
import { CATEGORY_IDS, localize, type Category, type Checker, type Platform, type RuleInfo } from '../rules/engine/index.ts';
import { MAX_QUICK_FIXES, planFixes, problems } from './fix-plan.ts';
import type { Scenario } from './scenario.ts';

export interface GallerySection {
  category: Category;
  scenarios: Scenario[];
}

const X_LENGTH = 280;

/** The rule's own platform when it has one; otherwise alternate, so both composers get scenarios. */
function platformFor(rule: RuleInfo, text: string, index: number): Platform {
  return rule.examplePlatform ?? rule.platforms?.[0] ?? (text.length <= X_LENGTH && index % 2 === 1 ? 'x' : 'linkedin');
}

function scenariosOf(rule: RuleInfo, checker: Checker, locale: string): Scenario[] {
  const scenarios: Scenario[] = [];
  rule.examples.bad.forEach((bad, index) => {
    const platform = platformFor(rule, bad, index);
    const check = (text: string) => checker.check(text, { platform, surface: 'post', locale });
    if (!problems(check(bad)).some((f) => f.ruleId === rule.id)) return;
    const quickFixes = planFixes(bad, null, check);
    // A fix that keeps re-triggering its own rule would make a poor demonstration.
    if (quickFixes.length >= MAX_QUICK_FIXES) return;
    const candidates = [quickFixes.at(-1)?.text, rule.examples.good[index % rule.examples.good.length], ...rule.examples.good];
    const good = candidates.find((text): text is string => !!text && text !== bad && problems(check(text)).length === 0);
    if (!good) return;
    scenarios.push({
      id: `${rule.id}#${index + 1}`,
      title: localize(rule.message, locale),
      platform,
      bad,
      good,
      category: rule.category,
      ruleId: rule.id,
      source: 'pack',
    });
  });
  return scenarios;
}

export function buildGallery(checker: Checker, locale: string): GallerySection[] {
  const byCategory = new Map<Category, Scenario[]>();
  for (const rule of checker.rules) {
    if (rule.severity === 'praise') continue;
    const list = byCategory.get(rule.category) ?? [];
    list.push(...scenariosOf(rule, checker, locale));
    byCategory.set(rule.category, list);
  }
  return CATEGORY_IDS.map((category) => ({ category, scenarios: byCategory.get(category) ?? [] })).filter((s) => s.scenarios.length > 0);
}
